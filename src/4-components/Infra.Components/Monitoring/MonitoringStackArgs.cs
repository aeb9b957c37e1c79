using Infra.Components.Compute;
using Infra.Platform;

namespace Infra.Components.Monitoring;

/// <summary>
/// What a <see cref="MonitoringStack"/> needs, in plain terms: the cluster it watches, its GPU
/// pools, the SLOs, where alerts go, and how much Prometheus keeps. <see cref="MonitoringDefaults"/>
/// gives the sizes per tier.
/// </summary>
public sealed record MonitoringStackArgs
{
    /// <summary>The cluster's name; every series gets the external label <c>cluster</c>.</summary>
    public required string ClusterName { get; init; }

    public ImmutableArray<GpuPoolInfo> GpuPools { get; init; } = [];

    public ImmutableArray<ServiceLevelObjective> Slos { get; init; } = [];

    public ImmutableArray<AlertReceiver> Receivers { get; init; } = [];

    /// <summary>How long Prometheus keeps samples; at least the longest SLO window, so budgets are measured over all of it.</summary>
    public required TimeSpan Retention { get; init; }

    /// <summary>The size of each Prometheus volume, in GiB.</summary>
    public required int PrometheusStorageGi { get; init; }

    public int PrometheusReplicas { get; init; } = 1;

    public int AlertmanagerReplicas { get; init; } = 1;

    /// <summary>An existing StorageClass for the volumes; null: the component creates one for the cloud.</summary>
    public string? StorageClassName { get; init; }

    /// <summary>
    /// What the release waits for before it installs: the cluster's nodes (<c>ReadyForWorkloads</c>). Its
    /// pre-install hook Job and its pods need a node, and the release waits for them within its timeout.
    /// </summary>
    public ImmutableArray<Resource> WaitFor { get; init; } = [];

    /// <summary>The namespace the stack is installed into.</summary>
    public string Namespace { get; init; } = "monitoring";

    /// <summary>The args a tier gets by default (sizes and SLOs), for a cluster and its pools.</summary>
    public static MonitoringStackArgs Defaults(Tier tier, string clusterName, IEnumerable<GpuPoolInfo> pools) =>
        MonitoringDefaults.For(tier) with { ClusterName = clusterName, GpuPools = [.. pools] };
}

/// <summary>What each tier gets unless its config says otherwise.</summary>
public static class MonitoringDefaults
{
    /// <summary>
    /// Dev keeps 30 days on 50 GiB with one replica; staging 30 days on 100 GiB; prod 45 days on
    /// 200 GiB with two Prometheus and two Alertmanager replicas, so losing a zone loses no alerts.
    /// Retention covers the 30-day SLO window in every tier.
    /// </summary>
    public static MonitoringStackArgs For(Tier tier) => tier switch
    {
        Tier.Dev => new()
        {
            ClusterName = "",
            Retention = TimeSpan.FromDays(30),
            PrometheusStorageGi = 50,
            Slos = PlatformSlos.For(tier),
        },
        Tier.Staging => new()
        {
            ClusterName = "",
            Retention = TimeSpan.FromDays(30),
            PrometheusStorageGi = 100,
            Slos = PlatformSlos.For(tier),
        },
        _ => new()
        {
            ClusterName = "",
            Retention = TimeSpan.FromDays(45),
            PrometheusStorageGi = 200,
            PrometheusReplicas = 2,
            AlertmanagerReplicas = 2,
            Slos = PlatformSlos.For(tier),
        },
    };
}
