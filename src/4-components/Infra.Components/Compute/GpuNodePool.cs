using Infra.Platform.Catalog;
using Infra.Platform.Kubernetes;

namespace Infra.Components.Compute;

/// <summary>
/// A pool of GPU nodes for one kind of work: the GPU model and count per node pick the instance
/// types from the catalog (several for spot diversity), the pool scales between its minimum
/// (zero allowed) and maximum, its nodes carry the <c>nvidia.com/gpu</c> taint so only GPU pods
/// land there, and labels and tags for pool, GPU model, workload class and team make them
/// selectable, observable and accountable. Added with <see cref="KubernetesCluster.AddGpuPool(string, GpuNodePoolArgs)"/>. The cluster's cloud realizes it (<see cref="IGpuPoolRealization"/>:
/// EKS managed node groups, an ACK node pool).
/// </summary>
public sealed class GpuNodePool : Component
{
    /// <summary>The value of the GPU taint (effect NoSchedule).</summary>
    public const string TaintValue = "true";

    /// <summary>The team a pool's cost goes to when none is named.</summary>
    public const string SharedTeam = "shared";

    internal GpuNodePool(Scope parent, string name, StackEnvironment environment, KubernetesCluster cluster, GpuNodePoolArgs args, ResolvedGpuPool resolved)
        : base(parent, name)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(resolved);
        Args = args;
        Model = resolved.Model;
        InstanceTypes = [.. resolved.InstanceTypes];
        Team = args.Team ?? SharedTeam;
        Info = new GpuPoolInfo(name, Model.Key, args.GpusPerNode, args.MinNodes, args.MaxNodes, args.Workload, args.Capacity,
            [.. InstanceTypes.Select(type => type.Name)]);

        cluster.Environment.Realization().GpuPool.Build(this, environment, cluster, resolved);
    }

    public override string Kind => "GpuNodePool";

    public GpuModel Model { get; }

    /// <summary>The instance types the pool launches, in order of preference.</summary>
    public IReadOnlyList<GpuInstanceType> InstanceTypes { get; }

    public string Team { get; }

    public GpuPoolInfo Info { get; }

    internal GpuNodePoolArgs Args { get; }

    /// <summary>
    /// The pool's Kubernetes labels: the caller's extra labels, then the platform's (which win),
    /// so dashboards, quotas and node selectors can rely on them.
    /// </summary>
    internal ImmutableSortedDictionary<string, string> NodeLabels() =>
        ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, Args.Labels)
            .SetItem(PlatformLabels.Pool, Name)
            .SetItem(PlatformLabels.GpuModel, Model.Key)
            .SetItem(PlatformLabels.WorkloadClass, ComputeNames.Of(Args.Workload))
            .SetItem(PlatformLabels.Team, Team);

    /// <summary>Cost-allocation tags of the pool and everything it launches.</summary>
    internal ImmutableSortedDictionary<string, string> CostTags(StackEnvironment environment) => environment.Tags.For(Path,
    [
        KeyValuePair.Create("pool", Name),
        KeyValuePair.Create("team", Team),
        KeyValuePair.Create("gpu-model", Model.Key),
        KeyValuePair.Create("workload-class", ComputeNames.Of(Args.Workload)),
    ]);
}
