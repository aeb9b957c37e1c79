using System.Globalization;
using Infra.Platform;
using Infra.Platform.Catalog;

namespace Infra.Components.Compute;

/// <summary>A pool's choices checked against the catalog: the GPU model and the instance types it will use.</summary>
public sealed record ResolvedGpuPool(GpuModel Model, ImmutableArray<GpuInstanceType> InstanceTypes)
{
    /// <summary>EFA interfaces every chosen type can attach (the launch template asks for this many).</summary>
    public int EfaInterfaces => InstanceTypes.Min(type => type.EfaInterfaces);

    public bool Equals(ResolvedGpuPool? other) =>
        other is not null && Model == other.Model && InstanceTypes.SequenceEqual(other.InstanceTypes);

    public override int GetHashCode() => HashCode.Combine(Model, InstanceTypes.Length);
}

/// <summary>
/// Checks a GPU pool against the catalog and the stack's region and picks its instance types.
/// Used by the stack's spec reader (subjects are config paths such as
/// <c>ml-platform:gpuPools[1]</c>) and by <see cref="KubernetesCluster.AddGpuPool(string, GpuNodePoolArgs)"/>
/// (the pool's component path), so a pool built in C# gets the same messages as one read from config.
/// The cloud's own checks (<see cref="Clouds.IGpuPoolRealization.Check"/>) are part of it.
/// </summary>
public static class GpuPoolRules
{
    /// <summary>How many instance types a pool spreads over (spot diversity, on-demand fallback).</summary>
    public const int MaxInstanceTypes = 3;

    /// <returns>The resolved pool, or null when an error was reported.</returns>
    public static ResolvedGpuPool? Resolve(
        GpuNodePoolArgs args, StackEnvironment environment, GpuCatalog catalog, RegionCatalog regions, string subject, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var errors = diagnostics.Count(diagnostic => diagnostic.IsError);
        CheckSizes(args, subject, diagnostics);
        CheckCapacity(args, environment, subject, diagnostics);
        environment.Realization().GpuPool.Check(args, subject, diagnostics);

        var model = catalog.FindModel(args.Gpu);
        if (model is null)
        {
            diagnostics.Error(ComputeCodes.UnknownGpuModel, $"{subject}.gpu",
                $"'{args.Gpu}' is not a GPU model of the catalog; allowed: {string.Join(", ", catalog.Models.Select(known => known.Key))}");
            return null;
        }

        var region = environment.Region.Code;
        var offered = catalog.Offered(environment.Cloud, model.Key, region);
        if (offered.Count == 0)
        {
            diagnostics.Error(ComputeCodes.GpuNotInRegion, $"{subject}.gpu",
                $"'{model.Key}' ({model.Name}) is not offered in {region} ({EnvironmentNames.Of(environment.Cloud)}); {WhereOffered(model, catalog, regions)}");
            return null;
        }

        var types = args.InstanceTypes.IsDefaultOrEmpty
            ? Choose(args, offered, region, subject, diagnostics)
            : Given(args, environment, catalog, offered, subject, diagnostics);
        return diagnostics.Count(diagnostic => diagnostic.IsError) > errors || types.IsEmpty ? null : new ResolvedGpuPool(model, types);
    }

    /// <summary>Where a model is offered, by cloud: <c>h100 is offered on aws in us-east-1, us-west-2 [unverified]</c>.</summary>
    public static string WhereOffered(GpuModel model, GpuCatalog catalog, RegionCatalog regions)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(catalog);
        var places = EnvironmentNames.Clouds
            .Select(cloud => (Cloud: cloud, Regions: catalog.RegionsOffering(cloud, model.Key, regions)))
            .Where(entry => entry.Regions.Count > 0)
            .Select(entry => $"on {EnvironmentNames.Of(entry.Cloud)} in {string.Join(", ", entry.Regions)}")
            .ToList();
        return places.Count == 0
            ? $"the catalog lists no instance type of {model.Key} in any region{(model.Note is null ? "" : $" ({model.Note})")}"
            : $"{model.Key} is offered {string.Join("; ", places)}";
    }

    private static void CheckSizes(GpuNodePoolArgs args, string subject, DiagnosticBag diagnostics)
    {
        if (args.MinNodes < 0)
        {
            diagnostics.Error(ComputeCodes.MinAboveMax, $"{subject}.minNodes", $"{args.MinNodes} is negative; allowed: 0 (scale to zero) or more");
        }

        if (args.MaxNodes < 1)
        {
            diagnostics.Error(ComputeCodes.MinAboveMax, $"{subject}.maxNodes", $"{args.MaxNodes} leaves the pool no node; allowed: 1 or more");
        }
        else if (args.MinNodes > args.MaxNodes)
        {
            diagnostics.Error(ComputeCodes.MinAboveMax, $"{subject}.minNodes",
                $"{args.MinNodes} is above maxNodes {args.MaxNodes}; allowed: 0 to {args.MaxNodes}");
        }

        if (args.DesiredNodes is { } desired && (desired < args.MinNodes || desired > args.MaxNodes))
        {
            diagnostics.Error(ComputeCodes.DesiredOutOfRange, $"{subject}.desiredNodes",
                $"{desired} is outside the pool's range; allowed: minNodes {args.MinNodes} to maxNodes {args.MaxNodes}");
        }

        if (args.GpusPerNode < 1)
        {
            diagnostics.Error(ComputeCodes.GpusPerNodeNotOffered, $"{subject}.gpusPerNode", $"{args.GpusPerNode} is not a GPU count; allowed: 1 or more");
        }
    }

    private static void CheckCapacity(GpuNodePoolArgs args, StackEnvironment environment, string subject, DiagnosticBag diagnostics)
    {
        if (environment.IsProd && args.Workload == WorkloadClass.Training && args.Capacity == CapacityType.Spot)
        {
            diagnostics.Warning(ComputeCodes.SpotTrainingWithoutFallback, $"{subject}.capacity",
                "'spot' for a prod training pool has no on-demand fallback: when spot capacity is reclaimed or short, training stalls; " +
                "allowed but risky; consider 'spot-with-fallback' or 'on-demand'");
        }
    }

    private static ImmutableArray<GpuInstanceType> Choose(
        GpuNodePoolArgs args, IReadOnlyList<GpuInstanceType> offered, string region, string subject, DiagnosticBag diagnostics)
    {
        var sized = offered.Where(type => type.Gpus == args.GpusPerNode).ToList();
        if (sized.Count == 0)
        {
            diagnostics.Error(ComputeCodes.GpusPerNodeNotOffered, $"{subject}.gpusPerNode",
                $"{args.GpusPerNode} × {args.Gpu} per node is not offered in {region}; allowed: {Counts(offered)}");
            return [];
        }

        if (args.Efa)
        {
            var withEfa = sized.Where(type => type.SupportsEfa).ToList();
            if (withEfa.Count == 0)
            {
                diagnostics.Error(ComputeCodes.EfaNotSupported, $"{subject}.efa",
                    $"true, but no instance type with {args.GpusPerNode} × {args.Gpu} in {region} has EFA ({string.Join(", ", sized.Select(type => type.Name))}); " +
                    $"allowed: false{EfaAlternatives(offered)}");
                return [];
            }

            sized = withEfa;
        }

        return [.. sized.Take(MaxInstanceTypes)];
    }

    private static ImmutableArray<GpuInstanceType> Given(
        GpuNodePoolArgs args, StackEnvironment environment, GpuCatalog catalog, IReadOnlyList<GpuInstanceType> offered, string subject, DiagnosticBag diagnostics)
    {
        var allowed = offered.Where(type => type.Gpus == args.GpusPerNode && (!args.Efa || type.SupportsEfa)).Select(type => type.Name).ToList();
        var allowedText = allowed.Count == 0 ? Counts(offered) : string.Join(", ", allowed);
        var chosen = ImmutableArray.CreateBuilder<GpuInstanceType>();
        for (var i = 0; i < args.InstanceTypes.Length; i++)
        {
            var name = args.InstanceTypes[i];
            var key = $"{subject}.instanceTypes[{i}]";
            var type = catalog.FindInstanceType(environment.Cloud, name);
            if (type is null)
            {
                diagnostics.Error(ComputeCodes.InstanceTypeWithoutGpu, key,
                    $"'{name}' is not an instance type with GPUs in the catalog; a GPU pool needs one; allowed: {allowedText}");
            }
            else if (type.Gpu != args.Gpu || type.Gpus != args.GpusPerNode)
            {
                diagnostics.Error(ComputeCodes.InstanceTypeMismatch, key,
                    $"'{name}' carries {type.Gpus} × {type.Gpu}, but the pool asks for {args.GpusPerNode} × {args.Gpu}; allowed: {allowedText}");
            }
            else if (type.OfferIn(environment.Region.Code) is null)
            {
                diagnostics.Error(ComputeCodes.InstanceTypeMismatch, key,
                    $"'{name}' is not offered in {environment.Region.Code}; allowed: {allowedText}");
            }
            else if (args.Efa && !type.SupportsEfa)
            {
                diagnostics.Error(ComputeCodes.EfaNotSupported, key,
                    $"'{name}' has no EFA, but the pool asks for EFA; allowed: {allowedText}");
            }
            else
            {
                chosen.Add(type);
            }
        }

        return chosen.ToImmutable();
    }

    private static string Counts(IReadOnlyList<GpuInstanceType> offered) =>
        string.Join(", ", offered.Select(type => type.Gpus).Distinct().Order().Select(count => count.ToString(CultureInfo.InvariantCulture))) + " per node";

    private static string EfaAlternatives(IReadOnlyList<GpuInstanceType> offered)
    {
        var counts = offered.Where(type => type.SupportsEfa).Select(type => type.Gpus).Distinct().Order().ToList();
        return counts.Count == 0
            ? ""
            : $", or gpusPerNode {string.Join(" or ", counts.Select(count => count.ToString(CultureInfo.InvariantCulture)))} with EFA";
    }
}
