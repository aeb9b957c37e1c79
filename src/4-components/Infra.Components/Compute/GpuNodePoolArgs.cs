using Infra.Platform.Catalog;

namespace Infra.Components.Compute;

/// <summary>How a GPU pool buys its nodes.</summary>
public enum CapacityType
{
    /// <summary>On-demand: never reclaimed; the price of certainty.</summary>
    OnDemand,

    /// <summary>Spot / preemptible: far cheaper, reclaimed at short notice.</summary>
    Spot,

    /// <summary>Spot first; on-demand when spot capacity cannot be had.</summary>
    SpotWithFallback,
}

/// <summary>What a pool is for; it decides its priority class, disk size and labels.</summary>
public enum WorkloadClass
{
    Training,
    Inference,
    Notebook,
}

/// <summary>The config spellings of <see cref="CapacityType"/> and <see cref="WorkloadClass"/>.</summary>
public static class ComputeNames
{
    public static IReadOnlyList<CapacityType> Capacities { get; } = [CapacityType.OnDemand, CapacityType.Spot, CapacityType.SpotWithFallback];

    public static IReadOnlyList<WorkloadClass> Workloads { get; } = [WorkloadClass.Training, WorkloadClass.Inference, WorkloadClass.Notebook];

    public static string Of(CapacityType capacity) => capacity switch
    {
        CapacityType.OnDemand => "on-demand",
        CapacityType.Spot => "spot",
        CapacityType.SpotWithFallback => "spot-with-fallback",
        _ => throw new ArgumentOutOfRangeException(nameof(capacity), capacity, null),
    };

    public static string Of(WorkloadClass workload) => workload switch
    {
        WorkloadClass.Training => "training",
        WorkloadClass.Inference => "inference",
        WorkloadClass.Notebook => "notebook",
        _ => throw new ArgumentOutOfRangeException(nameof(workload), workload, null),
    };
}

/// <summary>A GPU node pool in workload terms; the pool finds the instance types in the catalog.</summary>
public sealed record GpuNodePoolArgs
{
    /// <summary>The catalog's model key, e.g. <c>h100</c>.</summary>
    public required string Gpu { get; init; }

    public int GpusPerNode { get; init; } = 1;

    /// <summary>0 lets the pool scale to zero when no GPU pod waits.</summary>
    public int MinNodes { get; init; }

    public int MaxNodes { get; init; } = 1;

    /// <summary>The size at creation (default: <see cref="MinNodes"/>); the autoscaler owns it afterwards.</summary>
    public int? DesiredNodes { get; init; }

    public CapacityType Capacity { get; init; } = CapacityType.OnDemand;

    public WorkloadClass Workload { get; init; } = WorkloadClass.Inference;

    /// <summary>Instance types to use instead of the catalog's choice (each must carry the model and GPU count).</summary>
    public ImmutableArray<string> InstanceTypes { get; init; } = [];

    /// <summary>Attach EFA (AWS) network interfaces for multi-node collective traffic.</summary>
    public bool Efa { get; init; }

    /// <summary>Root / system disk, GiB: CUDA and framework images are large.</summary>
    public int DiskSizeGiB { get; init; } = 200;

    /// <summary>The team the pool's cost goes to (tag and label <c>team</c>); <c>shared</c> when unset.</summary>
    public string? Team { get; init; }

    /// <summary>Extra node labels (platform keys win on a clash).</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    /// <summary>The catalog to choose from (tests give their own).</summary>
    public GpuCatalog? Catalog { get; init; }
}
