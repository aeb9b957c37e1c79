using System.Collections.Immutable;
using System.Net;
using System.Text.RegularExpressions;
using Infra.Components.Networking;
using Infra.Core.Diagnostics;
using Infra.Core.Graph;
using Infra.Platform;
using Infra.Platform.Catalog;
using Infra.Platform.Environment;
using Infra.Platform.State;
using Infra.Stacks.Config;

namespace Infra.Stacks.Specs;

/// <summary>
/// Turns a stack name and its config into an <see cref="EnvironmentSpec"/>, reporting every bad or
/// missing value at once (as an <see cref="InfraException"/>).
/// </summary>
public sealed partial class EnvironmentSpecReader(RegionCatalog regions, GpuCatalog gpus)
{
    public EnvironmentSpecReader(RegionCatalog regions)
        : this(regions, GpuCatalog.Default)
    {
    }

    [GeneratedRegex("^[a-z][a-z0-9]{1,11}$", RegexOptions.CultureInvariant)]
    private static partial Regex OrgPrefixShape();

    /// <param name="stackName">The stack being read.</param>
    /// <param name="project">The project whose keys (<c>project:key</c>) are read.</param>
    /// <param name="config">The stack's config.</param>
    /// <param name="otherStacks">The project's other stacks, whose address ranges this one must not overlap (none when unknown).</param>
    public EnvironmentSpec Read(string stackName, string project, StackConfig config, IReadOnlyList<ExistingStack>? otherStacks = null)
    {
        var diagnostics = new DiagnosticBag();
        var schemaCheck = ConfigSchema.Default.Validate(config, project);
        diagnostics.AddRange(schemaCheck.Diagnostics);
        var reader = new ConfigReader(config, project, diagnostics, schemaCheck.FailedKeys);
        if (!LogicalNames.IsValid(stackName))
        {
            diagnostics.Error(ConfigCodes.InvalidStackName, "stack", $"{LogicalNames.Describe(stackName)}; stack names become part of resource names");
        }

        var tier = reader.RequiredChoice(ConfigKeys.Tier, EnvironmentNames.Tiers, EnvironmentNames.Of);
        var cloud = reader.RequiredChoice(ConfigKeys.Cloud, EnvironmentNames.Clouds, EnvironmentNames.Of);
        var region = ReadRegion(reader, cloud);
        var zones = region is null || tier is null ? null : ReadZones(reader, region, tier.Value);
        var owner = reader.RequiredText(ConfigKeys.Owner, "the owning team's name, e.g. ml-platform-team");
        var costCenter = reader.RequiredText(ConfigKeys.CostCenter, "the cost centre the bill goes to, e.g. cc-1234");
        var orgPrefix = reader.RequiredText(ConfigKeys.OrgPrefix, "2-12 lowercase letters or digits, starting with a letter");
        if (orgPrefix is not null && !OrgPrefixShape().IsMatch(orgPrefix))
        {
            diagnostics.Error(ConfigCodes.InvalidValue, reader.FullKey(ConfigKeys.OrgPrefix),
                $"'{orgPrefix}' is not allowed; allowed: 2-12 lowercase letters or digits, starting with a letter (it starts every bucket name)");
        }

        var kmsInstanceId = reader.OptionalText(ConfigKeys.KmsInstanceId);
        if (kmsInstanceId is not null && cloud is not null && !Clouds.TraitsOf(cloud.Value).KmsInstances)
        {
            var withInstances = Clouds.All.Where(known => Clouds.TraitsOf(known).KmsInstances).Select(EnvironmentNames.Of);
            diagnostics.Error(ConfigCodes.InvalidValue, reader.FullKey(ConfigKeys.KmsInstanceId),
                $"'{kmsInstanceId}' is not allowed on {EnvironmentNames.Of(cloud.Value)}; allowed: only on {string.Join(", ", withInstances)} stacks (a KMS instance of Alibaba Cloud)");
        }

        diagnostics.ThrowIfErrors();
        var environment = new StackEnvironment
        {
            StackName = stackName,
            Tier = tier!.Value,
            Cloud = cloud!.Value,
            Region = region!,
            Zones = zones!.Value,
            Tags = new StandardTags(owner!, costCenter!, tier.Value, stackName),
            OrgPrefix = orgPrefix!,
            KmsInstance = kmsInstanceId is null ? null : new KmsInstance(kmsInstanceId, region!.Code),
            State = new StackState(reader.OptionalText(ConfigKeys.StateBackend), config.SecretsProvider),
        };
        var images = RegistryMirrorSpecReader.Read(reader, environment, regions);
        environment = environment with { Images = images ?? environment.Images };
        var network = NetworkSpecReader.Read(reader, environment, OtherRanges(otherStacks ?? [], stackName, project));
        var storage = new StorageSpecReader(regions).Read(reader, environment);
        var monitoring = MonitoringSpecReader.Read(reader, environment);
        var compute = new ComputeSpecReader(regions, gpus).Read(reader, environment);
        var suppressions = SuppressionSpecReader.Read(reader);
        var ci = CiSpecReader.Read(reader, environment);
        diagnostics.ThrowIfErrors();
        return new EnvironmentSpec
        {
            Project = project,
            ConfigKeys = [.. config.Keys],
            Environment = environment,
            Network = network!,
            Storage = storage!,
            Monitoring = monitoring!,
            Compute = compute!,
            Warnings = [.. diagnostics.Where(diagnostic => !diagnostic.IsError)],
            Suppressions = suppressions,
            Ci = ci,
        };
    }

    /// <summary>The parsable address ranges of the other stacks (a broken one is its own synthesis' problem).</summary>
    private static List<(string Stack, IPNetwork2 Range)> OtherRanges(IReadOnlyList<ExistingStack> stacks, string stackName, string project) =>
    [
        .. stacks.Where(stack => stack.Name != stackName)
            .Select(stack => (stack.Name, Text: stack.Config[$"{project}:{ConfigKeys.VpcCidr}"]?.Text))
            .Where(entry => entry.Text is not null && CidrPlanner.TryParseExact(entry.Text, out _))
            .Select(entry => (entry.Name, IPNetwork2.Parse(entry.Text!))),
    ];

    private RegionInfo? ReadRegion(ConfigReader reader, Cloud? cloud)
    {
        var allowed = cloud is { } known ? string.Join(", ", regions.CodesFor(known)) : "a region of the stack's cloud";
        var code = reader.RequiredText(ConfigKeys.Region, allowed);
        if (code is null || cloud is null)
        {
            return null;
        }

        var region = regions.Find(cloud.Value, code);
        if (region is null)
        {
            reader.Diagnostics.Error(ConfigCodes.InvalidValue, reader.FullKey(ConfigKeys.Region),
                $"'{code}' is not a known {EnvironmentNames.Of(cloud.Value)} region; allowed: {allowed}");
        }

        return region;
    }

    private static ImmutableArray<string>? ReadZones(ConfigReader reader, RegionInfo region, Tier tier)
    {
        var given = reader.OptionalStringList(ConfigKeys.Zones);
        if (given is null)
        {
            return reader.Has(ConfigKeys.Zones) ? null : [.. region.Zones.Take(TierDefaults.ZoneCount(tier))];
        }

        var unknown = given.Value.Where(zone => !region.Zones.Contains(zone)).ToList();
        foreach (var zone in unknown)
        {
            reader.Diagnostics.Error(ConfigCodes.NotInRegion, reader.FullKey(ConfigKeys.Zones),
                $"'{zone}' is not a zone of {region.Code}; allowed: {string.Join(", ", region.Zones)}");
        }

        if (given.Value.Length == 0 || given.Value.Distinct().Count() != given.Value.Length)
        {
            reader.Diagnostics.Error(ConfigCodes.InvalidValue, reader.FullKey(ConfigKeys.Zones),
                $"[{string.Join(", ", given.Value)}] must list at least one zone, each once");
        }

        return unknown.Count == 0 ? given : null;
    }
}
