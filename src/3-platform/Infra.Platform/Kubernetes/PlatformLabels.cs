namespace Infra.Platform.Kubernetes;

/// <summary>
/// Kubernetes label and taint keys of the platform: GPU node pools put them on their nodes, team
/// namespaces on themselves, and dashboards, alerts and quotas select by them. One place, so a
/// node pool and the panel that charts it cannot disagree on a key.
/// </summary>
public static class PlatformLabels
{
    /// <summary>The prefix of the platform's own keys.</summary>
    public const string Prefix = "ml-platform.io/";

    /// <summary>The node pool a node belongs to (the pool's name, e.g. <c>gpu-train</c>).</summary>
    public const string Pool = Prefix + "pool";

    /// <summary>The GPU model of a node (the catalog's model key, e.g. <c>h100</c>).</summary>
    public const string GpuModel = Prefix + "gpu-model";

    /// <summary>What the pool is for: <c>training</c>, <c>inference</c> or <c>notebook</c>.</summary>
    public const string WorkloadClass = Prefix + "workload-class";

    /// <summary>The team that owns a namespace (and whose GPU quota it carries).</summary>
    public const string Team = Prefix + "team";

    /// <summary>
    /// The taint every GPU node carries (effect NoSchedule), so only pods that tolerate it — GPU
    /// workloads — land there. The key is the one the NVIDIA device plugin's resource uses.
    /// </summary>
    public const string GpuTaintKey = "nvidia.com/gpu";

    /// <summary>The extended resource GPU pods request and quotas count.</summary>
    public const string GpuResource = "nvidia.com/gpu";
}
