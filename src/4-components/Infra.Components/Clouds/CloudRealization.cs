namespace Infra.Components.Clouds;

/// <summary>
/// How one cloud realizes every neutral component: the neutral component decides (sizes, lifecycle,
/// encryption, log target) and hands its decisions to the cloud's realization, which adds the
/// cloud's resources. One record per cloud (in <c>Clouds/&lt;cloud&gt;/</c>), picked once by
/// <see cref="CloudRealizations.For"/>, so a cloud is added by writing one folder and one case.
/// </summary>
public sealed record CloudRealization
{
    // Compute: the stack's provider, the network, the cluster and its GPU pools, the monitoring volumes.
    public required IProviderRealization Provider { get; init; }

    public required INetworkRealization Network { get; init; }

    public required IClusterRealization Cluster { get; init; }

    public required IGpuPoolRealization GpuPool { get; init; }

    public required IMonitoringStorageRealization MonitoringStorage { get; init; }

    // Operations: the cluster's log collector and the stores it ships to.
    public required ILoggingRealization Logging { get; init; }

    // Storage: buckets, their keys, who may read them, and their replicas.
    public required IBucketRealization Bucket { get; init; }

    public required IKeyRealization Key { get; init; }

    public required IWorkloadIdentityRealization WorkloadIdentity { get; init; }

    public required IReplicationRealization Replication { get; init; }

    // Delivery: GitHub Actions' federated roles (the foundation program).
    public required ICiIdentityRealization CiIdentity { get; init; }
}
