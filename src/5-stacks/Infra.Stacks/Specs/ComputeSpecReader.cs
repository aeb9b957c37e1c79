using System.Collections.Immutable;
using System.Text.Json;
using Infra.Components.Compute;
using Infra.Platform;
using Infra.Platform.Catalog;
using Infra.Platform.Environment;
using Infra.Stacks.Config;

namespace Infra.Stacks.Specs;

/// <summary>
/// Reads the compute part of a stack's spec: the cluster (<c>ml-platform:cluster</c>), its GPU
/// pools (<c>ml-platform:gpuPools</c>) and teams (<c>ml-platform:teams</c>), with tier defaults.
/// The schema has already checked shapes and types; this checks what needs the catalog and the
/// stack's region, reporting each problem under its key path (<c>ml-platform:gpuPools[1].gpu</c>).
/// </summary>
public sealed class ComputeSpecReader(RegionCatalog regions, GpuCatalog gpus)
{
    /// <summary>Names the stack's own components use, so a pool cannot take them.</summary>
    public static IReadOnlyList<string> ReservedPoolNames { get; } = ["cluster", "data", "monitoring", "network", "platform-key", "system", "teams"];

    public ComputeSpec? Read(ConfigReader reader, StackEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(environment);
        var errors = ErrorCount(reader);
        var cluster = ReadCluster(reader, environment);
        var teams = ReadTeams(reader);
        var pools = ReadPools(reader, environment, teams);
        return ErrorCount(reader) > errors ? null : new ComputeSpec { Cluster = cluster, GpuPools = pools, Teams = teams };
    }

    private static int ErrorCount(ConfigReader reader) => reader.Diagnostics.Count(diagnostic => diagnostic.IsError);

    private static KubernetesClusterArgs ReadCluster(ConfigReader reader, StackEnvironment environment)
    {
        var tier = environment.Tier;
        var args = new KubernetesClusterArgs
        {
            KubernetesVersion = TierDefaults.KubernetesVersion(environment.Cloud),
            SystemNodes = TierDefaults.SystemNodes(tier),
            LogRetentionDays = TierDefaults.ControlPlaneLogRetentionDays(tier),
            DeletionProtection = TierDefaults.ClusterDeletionProtection(tier),
            ExtendedSupport = TierDefaults.ExtendedSupport(tier),
            NodeAutoRepair = TierDefaults.NodeAutoRepair(tier),
        };
        if (reader.OptionalText(ConfigKeys.Cluster) is not { } text)
        {
            return args;
        }

        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;
        if (root.TryGetProperty("kubernetesVersion", out var version))
        {
            args = args with { KubernetesVersion = version.GetString() };
        }

        if (root.TryGetProperty("publicAccessCidrs", out var cidrs))
        {
            args = args with { PublicAccessCidrs = [.. cidrs.EnumerateArray().Select(item => item.GetString()!)] };
        }

        if (root.TryGetProperty("adminRoleArns", out var admins))
        {
            args = args with { AdminPrincipalArns = [.. admins.EnumerateArray().Select(item => item.GetString()!)] };
        }

        if (root.TryGetProperty("systemNodes", out var nodes))
        {
            var min = Int(nodes, "min") ?? args.SystemNodes.MinNodes;
            var max = Int(nodes, "max") ?? Math.Max(args.SystemNodes.MaxNodes, min);
            var desired = Int(nodes, "desired") ?? Math.Clamp(args.SystemNodes.DesiredNodes, min, Math.Max(min, max));
            args = args with { SystemNodes = args.SystemNodes with { MinNodes = min, DesiredNodes = desired, MaxNodes = max } };
        }

        ClusterArgsRules.Check(args, environment, reader.FullKey(ConfigKeys.Cluster), reader.Diagnostics);
        return args;
    }

    private static ImmutableArray<TeamSpec> ReadTeams(ConfigReader reader)
    {
        if (reader.OptionalText(ConfigKeys.Teams) is not { } text)
        {
            return [];
        }

        using var document = JsonDocument.Parse(text);
        ImmutableArray<TeamSpec> teams = [.. document.RootElement.EnumerateArray().Select(item => new TeamSpec(
            item.GetProperty("name").GetString()!,
            item.GetProperty("gpuQuota").GetInt32(),
            item.TryGetProperty("costCenter", out var costCenter) ? costCenter.GetString() : null))];
        TeamRules.Check(teams, reader.FullKey(ConfigKeys.Teams), reader.Diagnostics);
        return teams;
    }

    private ImmutableArray<GpuPoolSpec> ReadPools(ConfigReader reader, StackEnvironment environment, ImmutableArray<TeamSpec> teams)
    {
        if (reader.OptionalText(ConfigKeys.GpuPools) is not { } text)
        {
            return [];
        }

        using var document = JsonDocument.Parse(text);
        var pools = ImmutableArray.CreateBuilder<GpuPoolSpec>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var item in document.RootElement.EnumerateArray())
        {
            var key = $"{reader.FullKey(ConfigKeys.GpuPools)}[{index++}]";
            var name = item.GetProperty("name").GetString()!;
            if (ReservedPoolNames.Contains(name))
            {
                reader.Diagnostics.Error(ComputeCodes.InvalidName, $"{key}.name",
                    $"'{name}' is a name the stack's own components use; allowed: any other, not {string.Join(", ", ReservedPoolNames)}");
            }
            else if (!names.Add(name))
            {
                reader.Diagnostics.Error(ComputeCodes.DuplicateName, $"{key}.name", $"'{name}' names two pools; each pool name once");
            }

            var args = ReadPool(item, environment.Tier);
            if (args.Team is { } team && teams.All(known => known.Name != team))
            {
                reader.Diagnostics.Error(ComputeCodes.UnknownTeam, $"{key}.team",
                    $"'{team}' is not a team of {reader.FullKey(ConfigKeys.Teams)}; allowed: {(teams.IsEmpty ? "none are set" : string.Join(", ", teams.Select(known => known.Name)))}");
            }

            if (GpuPoolRules.Resolve(args, environment, gpus, regions, key, reader.Diagnostics) is { } resolved)
            {
                pools.Add(new GpuPoolSpec(name, args, resolved));
            }
        }

        return pools.ToImmutable();
    }

    private static GpuNodePoolArgs ReadPool(JsonElement item, Tier tier)
    {
        var workload = Choice(item, "workload", ComputeNames.Workloads, ComputeNames.Of) ?? WorkloadClass.Inference;
        return new GpuNodePoolArgs
        {
            Gpu = item.GetProperty("gpu").GetString()!,
            GpusPerNode = Int(item, "gpusPerNode") ?? 1,
            MinNodes = Int(item, "minNodes") ?? 0,
            MaxNodes = item.GetProperty("maxNodes").GetInt32(),
            DesiredNodes = Int(item, "desiredNodes"),
            Capacity = Choice(item, "capacity", ComputeNames.Capacities, ComputeNames.Of) ?? TierDefaults.GpuCapacity(tier, workload),
            Workload = workload,
            InstanceTypes = item.TryGetProperty("instanceTypes", out var types) ? [.. types.EnumerateArray().Select(type => type.GetString()!)] : [],
            Efa = item.TryGetProperty("efa", out var efa) && efa.GetBoolean(),
            DiskSizeGiB = Int(item, "diskSizeGiB") ?? TierDefaults.GpuDiskSizeGiB(workload),
            Team = item.TryGetProperty("team", out var team) ? team.GetString() : null,
            Labels = item.TryGetProperty("labels", out var labels)
                ? labels.EnumerateObject().ToImmutableSortedDictionary(label => label.Name, label => label.Value.GetString()!, StringComparer.Ordinal)
                : ImmutableSortedDictionary<string, string>.Empty,
        };
    }

    private static int? Int(JsonElement item, string name) => item.TryGetProperty(name, out var value) ? value.GetInt32() : null;

    /// <summary>An enum by its config spelling; the schema has already refused any other.</summary>
    private static T? Choice<T>(JsonElement item, string name, IReadOnlyList<T> values, Func<T, string> spelling)
        where T : struct =>
        item.TryGetProperty(name, out var value) ? values.First(candidate => spelling(candidate) == value.GetString()) : null;
}
