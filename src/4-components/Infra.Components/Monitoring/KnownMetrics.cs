namespace Infra.Components.Monitoring;

/// <summary>
/// The metric names dashboards and alerts may query, by the exporter that produces them. Tests
/// check every generated expression against this list (plus the series our own rules record), so
/// a panel cannot chart a metric nothing exports.
/// </summary>
public static class KnownMetrics
{
    /// <summary>
    /// NVIDIA dcgm-exporter with its default field list: github.com/NVIDIA/dcgm-exporter
    /// <c>etc/default-counters.csv</c> (main, May 2026). ECC volatile/aggregate counters are
    /// commented out there, so ECC health is watched through the remapped-rows fields, which are on.
    /// </summary>
    public static ImmutableSortedSet<string> Dcgm { get; } = ImmutableSortedSet.Create(StringComparer.Ordinal,
        "DCGM_FI_DEV_GPU_UTIL",
        "DCGM_FI_DEV_FB_USED",
        "DCGM_FI_DEV_FB_FREE",
        "DCGM_FI_DEV_GPU_TEMP",
        "DCGM_FI_DEV_MEMORY_TEMP",
        "DCGM_FI_DEV_POWER_USAGE",
        "DCGM_FI_DEV_XID_ERRORS",
        "DCGM_FI_DEV_UNCORRECTABLE_REMAPPED_ROWS",
        "DCGM_FI_DEV_CORRECTABLE_REMAPPED_ROWS",
        "DCGM_FI_DEV_ROW_REMAP_FAILURE",
        "DCGM_FI_PROF_GR_ENGINE_ACTIVE");

    /// <summary>
    /// kube-state-metrics v2.20 (the kube-state-metrics 8.4.0 chart kube-prometheus-stack 88.5.3
    /// depends on): docs/metrics/cluster/node-metrics.md, cluster/namespace-metrics.md,
    /// workload/pod-metrics.md. Extended resources are sanitized: <c>nvidia.com/gpu</c> →
    /// <c>resource="nvidia_com_gpu"</c>; allow-listed labels appear as <c>label_&lt;sanitized key&gt;</c>.
    /// </summary>
    public static ImmutableSortedSet<string> KubeStateMetrics { get; } = ImmutableSortedSet.Create(StringComparer.Ordinal,
        "kube_node_labels",
        "kube_node_status_condition",
        "kube_node_status_capacity",
        "kube_node_status_allocatable",
        "kube_node_spec_unschedulable",
        "kube_namespace_labels",
        "kube_pod_container_resource_requests",
        "kube_pod_status_phase",
        "kube_pod_status_unschedulable",
        "kube_pod_created");

    /// <summary>kube-apiserver (the series kube-prometheus-stack's own apiserver SLO rules read).</summary>
    public static ImmutableSortedSet<string> ApiServer { get; } = ImmutableSortedSet.Create(StringComparer.Ordinal,
        "apiserver_request_total",
        "apiserver_request_duration_seconds_bucket",
        "apiserver_request_duration_seconds_count");

    /// <summary>kubelet volume stats (the series kube-prometheus-stack's KubePersistentVolumeFillingUp reads).</summary>
    public static ImmutableSortedSet<string> Kubelet { get; } = ImmutableSortedSet.Create(StringComparer.Ordinal,
        "kubelet_volume_stats_available_bytes",
        "kubelet_volume_stats_capacity_bytes",
        "kubelet_volume_stats_used_bytes");

    public static ImmutableSortedSet<string> All { get; } = Dcgm.Union(KubeStateMetrics).Union(ApiServer).Union(Kubelet);

    /// <summary>The label kube-state-metrics gives an allow-listed Kubernetes label key.</summary>
    public static string KsmLabel(string kubernetesLabelKey) =>
        "label_" + string.Concat(kubernetesLabelKey.Select(c => char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_'));

    /// <summary>The <c>resource</c> label value kube-state-metrics gives an extended resource.</summary>
    public static string KsmResource(string resourceName) =>
        string.Concat(resourceName.Select(c => char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_'));
}
