using Infra.Platform.Kubernetes;

namespace Infra.Components.Monitoring;

/// <summary>
/// The platform's Grafana dashboards: GPU health per pool, GPU capacity per pool and team, node
/// pool scaling, and SLOs. Queries read DCGM exporter and kube-state-metrics series (see
/// <see cref="KnownMetrics"/>) joined to the pool and team inventory of <see cref="PlatformRules"/>.
/// </summary>
public static class PlatformDashboards
{
    private static readonly string Gpu = KnownMetrics.KsmResource(PlatformLabels.GpuResource);
    private const string PoolFilter = "{pool=~\"$pool\"}";

    /// <summary>Joins a per-node series to its pool, keeping only the pools selected.</summary>
    private static string ByPool(string series) => $"{series} * on (node) group_left (pool) {PlatformRules.NodePoolInfo}{PoolFilter}";

    /// <summary>Joins a per-namespace series to the team that owns the namespace.</summary>
    private static string ByTeam(string series) => $"{series} * on (namespace) group_left (team) {PlatformRules.NamespaceTeamInfo}";

    private static string GpuRequests(string nodeFilter, string phase) =>
        $"(kube_pod_container_resource_requests{{resource=\"{Gpu}\"{nodeFilter}}} and on (namespace, pod) (kube_pod_status_phase{{phase=~\"{phase}\"}} == 1))";

    public static ImmutableArray<Dashboard> All { get; } = [GpuHealth(), GpuCapacity(), NodePools(), Slos(), UsageDashboard.Build()];

    private static Dashboard GpuHealth() => new("ml-platform-gpu-health", "ML platform / GPU health by pool",
    [
        new("GPU utilization", "percent", [new($"avg by (pool) ({ByPool("DCGM_FI_DEV_GPU_UTIL")})", "{{pool}}")]),
        new("GPU memory used", "percentunit",
        [
            new($"sum by (pool) ({ByPool("DCGM_FI_DEV_FB_USED")})\n/\nsum by (pool) ({ByPool("(DCGM_FI_DEV_FB_USED + DCGM_FI_DEV_FB_FREE)")})", "{{pool}}"),
        ]),
        new("GPU temperature (hottest GPU)", "celsius",
        [
            new($"max by (pool) ({ByPool("DCGM_FI_DEV_GPU_TEMP")})", "{{pool}} core"),
            new($"max by (pool) ({ByPool("DCGM_FI_DEV_MEMORY_TEMP")})", "{{pool}} memory"),
        ]),
        new("GPU power draw", "watt", [new($"sum by (pool) ({ByPool("DCGM_FI_DEV_POWER_USAGE")})", "{{pool}}")]),
        new("GPUs whose last XID needs attention", "none",
            [new($"max by (pool, node, gpu) ({ByPool("DCGM_FI_DEV_XID_ERRORS")}) > 0", "{{pool}} {{node}} GPU {{gpu}}")])
        {
            Type = "table",
            Description = "The last XID each GPU reported, where it is not zero. See the NVIDIA Xid catalog; 48, 63, 64, 74, 79, 92, 94 and 95 raise GpuXidError.",
        },
        new("Memory rows remapped (uncorrectable ECC)", "none",
            [new($"max by (pool, node, gpu) ({ByPool("DCGM_FI_DEV_UNCORRECTABLE_REMAPPED_ROWS")}) > 0", "{{pool}} {{node}} GPU {{gpu}}")])
        {
            Type = "table",
        },
    ])
    {
        PoolVariable = true,
        Description = "Utilization, memory, temperature, power and errors of GPUs, per GPU node pool (DCGM exporter).",
    };

    private static Dashboard GpuCapacity() => new("ml-platform-gpu-capacity", "ML platform / GPU capacity",
    [
        new("GPUs per pool: capacity, allocatable, allocated, pool maximum", "none",
        [
            new($"sum by (pool) ({ByPool($"kube_node_status_capacity{{resource=\"{Gpu}\"}}")})", "{{pool}} capacity"),
            new($"sum by (pool) ({ByPool($"kube_node_status_allocatable{{resource=\"{Gpu}\"}}")})", "{{pool}} allocatable"),
            new($"sum by (pool) ({ByPool(GpuRequests(",node!=\"\"", "Running"))})", "{{pool}} allocated"),
            new($"sum by (pool) ({PlatformRules.PoolMaxGpus}{PoolFilter})", "{{pool}} maximum"),
        ])
        {
            Description = "Capacity: GPUs on the pool's nodes. Allocated: GPUs requested by running pods on them. Maximum: GPUs at the pool's maximum node count.",
        },
        new("GPUs requested per team (running and pending)", "none",
            [new($"sum by (team) ({ByTeam(GpuRequests("", "Pending|Running"))})", "{{team}}")]),
        new("GPUs allocated per team and pool", "none",
            [new($"sum by (team, pool) ({ByPool($"({ByTeam(GpuRequests(",node!=\"\"", "Running"))})")})", "{{team}} on {{pool}}")]),
        new("GPUs requested by pods waiting for a node", "none",
        [
            new($"sum by (team) ({ByTeam($"(kube_pod_container_resource_requests{{resource=\"{Gpu}\"}} and on (namespace, pod) (kube_pod_status_unschedulable == 1))")})", "{{team}}"),
        ]),
        new("GPU utilization per team", "percent",
            [new($"avg by (team) ({ByTeam("DCGM_FI_DEV_GPU_UTIL")})", "{{team}}")])
        {
            Description = "Average utilization of the GPUs a team's pods hold (the DCGM exporter labels each GPU with the pod using it).",
        },
    ])
    {
        PoolVariable = true,
        Description = "GPU capacity against what is requested and allocated, per pool and per team (kube-state-metrics).",
    };

    private static Dashboard NodePools() => new("ml-platform-node-pools", "ML platform / GPU node pool scaling",
    [
        new("Nodes per pool and pool maximum", "none",
        [
            new($"{PlatformRules.PoolNodes}{PoolFilter}", "{{pool}} nodes"),
            new($"{PlatformRules.PoolMaxNodes}{PoolFilter}", "{{pool}} maximum"),
        ]),
        new("Ready nodes per pool", "none",
            [new($"sum by (pool) ({ByPool("kube_node_status_condition{condition=\"Ready\",status=\"true\"}")})", "{{pool}}")]),
        new("Cordoned nodes per pool", "none",
            [new($"sum by (pool) ({ByPool("kube_node_spec_unschedulable")})", "{{pool}}")]),
        new("GPU pods waiting for a node", "none",
        [
            new(PlatformRules.GpuPodsUnschedulable, "unschedulable"),
            new(PlatformRules.GpuPodsWaiting, $"waiting over {PromDuration.Format(PlatformRules.SchedulingThreshold)}"),
        ]),
    ])
    {
        PoolVariable = true,
        Description = "How GPU node pools scale: node counts against their maximum, readiness, and the GPU pods that wait for nodes.",
    };

    private static Dashboard Slos() => new("ml-platform-slos", "ML platform / SLOs",
    [
        new("Error budget remaining", "percentunit", [new(SloRules.BudgetRemainingRecord, "{{slo}}")])
        {
            Description = "1 = untouched, 0 = spent over the SLO's window.",
        },
        new("Burn rate over 1h and 6h", "none",
        [
            new($"{SloRules.ErrorRatioRecord(TimeSpan.FromHours(1))} / on (slo) {SloRules.ErrorBudgetRecord}", "{{slo}} 1h"),
            new($"{SloRules.ErrorRatioRecord(TimeSpan.FromHours(6))} / on (slo) {SloRules.ErrorBudgetRecord}", "{{slo}} 6h"),
        ])
        {
            Description = "1 = spending the budget exactly over the window. Pages above 14.4 (1h) and 6 (6h).",
        },
        new("SLI over the last 5 minutes", "percentunit",
            [new($"1 - {SloRules.ErrorRatioRecord(TimeSpan.FromMinutes(5))}", "{{slo}}")]),
        new("Burn rate over 1d and 3d", "none",
        [
            new($"{SloRules.ErrorRatioRecord(TimeSpan.FromDays(1))} / on (slo) {SloRules.ErrorBudgetRecord}", "{{slo}} 1d"),
            new($"{SloRules.ErrorRatioRecord(TimeSpan.FromDays(3))} / on (slo) {SloRules.ErrorBudgetRecord}", "{{slo}} 3d"),
        ])
        {
            Description = "Opens a ticket above 3 (1d) and 1 (3d).",
        },
    ])
    {
        Description = "Error budgets and burn rates of the platform's SLOs (docs/slo.md).",
    };
}
