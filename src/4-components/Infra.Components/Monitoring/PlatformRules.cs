using System.Globalization;
using Infra.Components.Compute;
using Infra.Platform.Kubernetes;

namespace Infra.Components.Monitoring;

/// <summary>
/// The platform's own rules: an inventory of GPU pools and teams that dashboards and SLOs join on,
/// and the alerts on GPU health, nodes, capacity and volumes. None of these pages: only SLO burn
/// wakes someone (docs/slo.md); hardware and capacity problems open tickets.
/// </summary>
public static class PlatformRules
{
    public const string NodePoolInfo = "ml_platform:node_pool:info";
    public const string NamespaceTeamInfo = "ml_platform:namespace_team:info";
    public const string PoolNodes = "ml_platform:gpu_pool:nodes";
    public const string PoolMaxNodes = PlatformMetrics.PoolMaxNodes;
    public const string PoolMaxGpus = "ml_platform:gpu_pool:max_gpus";
    public const string GpuPods = "ml_platform:gpu_pods:count";
    public const string GpuPodsUnschedulable = "ml_platform:gpu_pods_unschedulable:count";
    public const string GpuPodsWaiting = "ml_platform:gpu_pods_waiting:count";

    /// <summary>How long a GPU pod may wait for a node before it counts against the scheduling SLO (GPU nodes take minutes to boot and load drivers).</summary>
    public static readonly TimeSpan SchedulingThreshold = TimeSpan.FromMinutes(15);

    /// <summary>GPU core temperature (°C) above which a GPU is investigated; NVIDIA data-centre GPUs throttle in the high 80s. [platform choice]</summary>
    public const int GpuTemperatureLimit = 85;

    /// <summary>
    /// XIDs that mean the GPU itself needs attention (drain, reset or replace), from NVIDIA's Xid
    /// catalog: 48 double-bit ECC, 63/64 row remapping, 74 NVLink, 79 fallen off the bus,
    /// 92 high single-bit ECC rate, 94/95 contained/uncontained ECC. Application faults (13, 31, 43…)
    /// are the workload's business and do not alert.
    /// </summary>
    public static ImmutableArray<int> HardwareXids { get; } = [48, 63, 64, 74, 79, 92, 94, 95];

    private static readonly string Pool = KnownMetrics.KsmLabel(PlatformLabels.Pool);
    private static readonly string GpuModel = KnownMetrics.KsmLabel(PlatformLabels.GpuModel);
    private static readonly string Team = KnownMetrics.KsmLabel(PlatformLabels.Team);
    private static readonly string Gpu = KnownMetrics.KsmResource(PlatformLabels.GpuResource);

    /// <summary>GPU pods (bound or not) by namespace and pod: requests of at least one GPU.</summary>
    private static string GpuPodSelector => $"(max by (namespace, pod) (kube_pod_container_resource_requests{{resource=\"{Gpu}\"}}) > 0)";

    /// <summary>The inventory: which pool and GPU model each node has, which team owns each namespace, pool sizes.</summary>
    public static RuleGroup Inventory(IEnumerable<GpuPoolInfo> pools)
    {
        var rules = ImmutableArray.CreateBuilder<PrometheusRule>();
        rules.Add(new RecordingRule
        {
            Record = NodePoolInfo,
            Expr = $"max by (node, pool, gpu_model) (\n  label_replace(\n    label_replace(kube_node_labels{{{Pool}!=\"\"}}, \"pool\", \"$1\", \"{Pool}\", \"(.+)\"),\n    \"gpu_model\", \"$1\", \"{GpuModel}\", \"(.*)\"\n  )\n)",
        });
        rules.Add(new RecordingRule
        {
            Record = NamespaceTeamInfo,
            Expr = $"max by (namespace, team) (\n  label_replace(kube_namespace_labels{{{Team}!=\"\"}}, \"team\", \"$1\", \"{Team}\", \"(.+)\")\n)",
        });
        rules.Add(new RecordingRule { Record = PoolNodes, Expr = $"count by (pool) ({NodePoolInfo})" });
        foreach (var pool in pools)
        {
            var labels = Labels.Of(("pool", pool.Name), ("gpu_model", pool.GpuModel));
            rules.Add(new RecordingRule { Record = PoolMaxNodes, Expr = $"vector({pool.MaxNodes.ToString(CultureInfo.InvariantCulture)})", Labels = labels });
            rules.Add(new RecordingRule { Record = PoolMaxGpus, Expr = $"vector({pool.MaxGpus.ToString(CultureInfo.InvariantCulture)})", Labels = labels });
        }

        rules.Add(new RecordingRule
        {
            Record = GpuPods,
            Expr = $"count(\n  {GpuPodSelector}\n  and on (namespace, pod) (kube_pod_status_phase{{phase=~\"Pending|Running\"}} == 1)\n) or vector(0)",
        });
        rules.Add(new RecordingRule
        {
            Record = GpuPodsUnschedulable,
            Expr = $"count(\n  {GpuPodSelector}\n  and on (namespace, pod) (kube_pod_status_unschedulable == 1)\n) or vector(0)",
        });
        rules.Add(new RecordingRule
        {
            Record = GpuPodsWaiting,
            Expr = $"count(\n  {GpuPodSelector}\n  and on (namespace, pod) (kube_pod_status_unschedulable == 1)\n  and on (namespace, pod) (time() - kube_pod_created > {SchedulingThreshold.TotalSeconds.ToString(CultureInfo.InvariantCulture)})\n) or vector(0)",
        });
        return new RuleGroup("ml-platform-inventory", rules.ToImmutable());
    }

    /// <summary>Alerts on GPU health: hardware XIDs, temperature, memory row remapping, memory nearly full.</summary>
    public static RuleGroup GpuAlerts() => new("ml-platform-gpu", [
        Alert("GpuXidError",
            string.Join(" or ", HardwareXids.Select(xid => $"DCGM_FI_DEV_XID_ERRORS == {xid.ToString(CultureInfo.InvariantCulture)}")),
            null, "ticket",
            "GPU {{ $labels.gpu }} on node {{ $labels.node }} reported hardware XID {{ $value }}",
            "The last XID of this GPU is one that needs the GPU drained and reset or replaced (NVIDIA Xid catalog). Cordon the node, drain it, and follow the XID's resolution."),
        Alert("GpuTemperatureHigh",
            $"DCGM_FI_DEV_GPU_TEMP > {GpuTemperatureLimit.ToString(CultureInfo.InvariantCulture)}",
            TimeSpan.FromMinutes(10), "ticket",
            "GPU {{ $labels.gpu }} on node {{ $labels.node }} is at {{ $value }}°C",
            $"The GPU has been above {GpuTemperatureLimit}°C for 10 minutes and will throttle. Check the node's cooling and the instance's health."),
        Alert("GpuRowRemapFailure",
            "DCGM_FI_DEV_ROW_REMAP_FAILURE > 0",
            null, "ticket",
            "GPU {{ $labels.gpu }} on node {{ $labels.node }} failed to remap a memory row",
            "Row remapping failed: the GPU's memory has more uncorrectable errors than spare rows. The GPU must be replaced; drain the node."),
        Alert("GpuUncorrectableMemoryErrors",
            "increase(DCGM_FI_DEV_UNCORRECTABLE_REMAPPED_ROWS[1h]) > 0",
            null, "ticket",
            "GPU {{ $labels.gpu }} on node {{ $labels.node }} remapped rows for uncorrectable ECC errors",
            "Uncorrectable ECC errors were remapped in the last hour. The remap takes effect after a GPU reset: drain the node and reset the GPU."),
        Alert("GpuMemoryNearlyFull",
            "DCGM_FI_DEV_FB_USED / (DCGM_FI_DEV_FB_USED + DCGM_FI_DEV_FB_FREE) > 0.95",
            TimeSpan.FromMinutes(15), "warning",
            "GPU {{ $labels.gpu }} on node {{ $labels.node }} has {{ $value | humanizePercentage }} of its memory in use",
            "The GPU's framebuffer has been over 95% full for 15 minutes; the workload on it ({{ $labels.namespace }}/{{ $labels.pod }}) is close to out-of-memory."),
    ]);

    /// <summary>Alerts on nodes, GPU capacity and volumes.</summary>
    public static RuleGroup ClusterAlerts() => new("ml-platform-cluster", [
        Alert("NodeNotReady",
            "kube_node_status_condition{condition=\"Ready\",status=\"true\"} == 0",
            TimeSpan.FromMinutes(10), "ticket",
            "Node {{ $labels.node }} has not been Ready for 10 minutes",
            "The node is NotReady or Unknown; its pods are being evicted. Check the instance and the kubelet."),
        Alert("GpuPodsPendingPoolAtMaxSize",
            $"({PoolNodes} >= on (pool) {PoolMaxNodes})\nand on ()\n({GpuPodsUnschedulable} > 0)",
            TimeSpan.FromMinutes(15), "ticket",
            "GPU pods are pending and pool {{ $labels.pool }} is at its maximum size",
            "GPU pods have been unschedulable for 15 minutes while pool {{ $labels.pool }} has reached its maximum node count, so the autoscaler cannot add capacity. Raise the pool's maximum, or move work elsewhere."),
        Alert("PersistentVolumeFillingUp",
            "kubelet_volume_stats_available_bytes / kubelet_volume_stats_capacity_bytes < 0.10",
            TimeSpan.FromMinutes(5), "ticket",
            "Volume {{ $labels.namespace }}/{{ $labels.persistentvolumeclaim }} has {{ $value | humanizePercentage }} free",
            "The persistent volume is over 90% full. Expand the claim or free space."),
        Alert("PersistentVolumeFullInFourDays",
            "(kubelet_volume_stats_available_bytes / kubelet_volume_stats_capacity_bytes < 0.25)\nand\npredict_linear(kubelet_volume_stats_available_bytes[6h], 4 * 24 * 3600) < 0",
            TimeSpan.FromHours(1), "warning",
            "Volume {{ $labels.namespace }}/{{ $labels.persistentvolumeclaim }} will be full within four days",
            "At the growth of the last 6 hours the persistent volume fills up within four days."),
    ]);

    private static AlertingRule Alert(string name, string expr, TimeSpan? wait, string severity, string summary, string description) => new()
    {
        Alert = name,
        Expr = expr,
        For = wait,
        Labels = Labels.Of(("severity", severity)),
        Annotations = Labels.Of(("summary", summary), ("description", description)),
    };
}
