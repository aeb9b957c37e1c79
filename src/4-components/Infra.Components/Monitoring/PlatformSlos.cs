using Infra.Platform;

namespace Infra.Components.Monitoring;

/// <summary>
/// The SLOs of the platform itself, and which ones each tier gets. Objectives are the platform
/// team's promises to ML engineers (docs/slo.md explains the choice).
/// </summary>
public static class PlatformSlos
{
    /// <summary>The Kubernetes API answers without a server error (5xx).</summary>
    public static ServiceLevelObjective ApiServerAvailability(decimal objective) => new()
    {
        Name = "apiserver-availability",
        Objective = objective,
        Description = "Kubernetes API requests succeed (no 5xx)",
        Sli = ServiceLevelIndicator.BadOverTotal(
            "sum(rate(apiserver_request_total{job=\"apiserver\",code=~\"5..\"}[{{window}}]))",
            "sum(rate(apiserver_request_total{job=\"apiserver\"}[{{window}}]))"),
    };

    /// <summary>GPU nodes are Ready: good and total events are node samples of pool nodes.</summary>
    public static ServiceLevelObjective GpuNodeAvailability(decimal objective) => new()
    {
        Name = "gpu-node-availability",
        Objective = objective,
        Description = "GPU pool nodes are Ready",
        Sli = ServiceLevelIndicator.GoodOverTotal(
            $"sum(sum_over_time(kube_node_status_condition{{condition=\"Ready\",status=\"true\"}}[{{{{window}}}}]) and on (node) {PlatformRules.NodePoolInfo})",
            $"sum(count_over_time(kube_node_status_condition{{condition=\"Ready\",status=\"true\"}}[{{{{window}}}}]) and on (node) {PlatformRules.NodePoolInfo})"),
    };

    /// <summary>
    /// GPU pods get a node within <see cref="PlatformRules.SchedulingThreshold"/>: bad events are
    /// samples of GPU pods that have waited longer, total events are samples of GPU pods.
    /// </summary>
    public static ServiceLevelObjective GpuPodScheduling(decimal objective) => new()
    {
        Name = "gpu-pod-scheduling",
        Objective = objective,
        Description = $"GPU pods are scheduled within {PromDuration.Format(PlatformRules.SchedulingThreshold)}",
        Sli = ServiceLevelIndicator.BadOverTotal(
            $"sum_over_time({PlatformRules.GpuPodsWaiting}[{{{{window}}}}])",
            $"sum_over_time({PlatformRules.GpuPods}[{{{{window}}}}])"),
    };

    /// <summary>
    /// Dev watches the API and its GPU nodes loosely; staging adds scheduling; prod holds all three
    /// to the objectives the platform promises.
    /// </summary>
    public static ImmutableArray<ServiceLevelObjective> For(Tier tier) => tier switch
    {
        Tier.Dev => [ApiServerAvailability(99m), GpuNodeAvailability(99m)],
        Tier.Staging => [ApiServerAvailability(99.5m), GpuNodeAvailability(99m), GpuPodScheduling(95m)],
        _ => [ApiServerAvailability(99.9m), GpuNodeAvailability(99.5m), GpuPodScheduling(99m)],
    };
}
