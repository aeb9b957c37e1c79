using System.Collections.Immutable;
using Infra.Components.Compute;
using Infra.Components.Monitoring;

namespace Infra.Stacks.Specs;

/// <summary>
/// The monitoring part of a stack's spec: sizes and SLOs from the tier (with config overrides) and
/// alert receivers from config. It has no cluster yet: <see cref="ArgsFor"/> makes the args of
/// one cluster's <see cref="MonitoringStack"/> once the cluster and its GPU pools exist.
/// </summary>
public sealed record MonitoringSpec
{
    public required TimeSpan Retention { get; init; }

    public required int PrometheusStorageGi { get; init; }

    public required int PrometheusReplicas { get; init; }

    public required int AlertmanagerReplicas { get; init; }

    public required ImmutableArray<ServiceLevelObjective> Slos { get; init; }

    public required ImmutableArray<AlertReceiver> Receivers { get; init; }

    /// <summary>The args of the monitoring stack of one cluster.</summary>
    public MonitoringStackArgs ArgsFor(string clusterName, IEnumerable<GpuPoolInfo> gpuPools) => new()
    {
        ClusterName = clusterName,
        GpuPools = [.. gpuPools],
        Slos = Slos,
        Receivers = Receivers,
        Retention = Retention,
        PrometheusStorageGi = PrometheusStorageGi,
        PrometheusReplicas = PrometheusReplicas,
        AlertmanagerReplicas = AlertmanagerReplicas,
    };
}
