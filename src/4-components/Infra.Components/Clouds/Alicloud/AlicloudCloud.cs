namespace Infra.Components.Clouds.Alicloud;

/// <summary>The Alicloud realizations of every neutral component.</summary>
internal static class AlicloudCloud
{
    public static CloudRealization Realization { get; } = new()
    {
        // Compute
        Network = null!,
        Cluster = null!,
        GpuPool = null!,
        MonitoringStorage = null!,

        // Storage
        Bucket = new OssBucket(),
        Key = new AlicloudKmsKey(),
        WorkloadIdentity = new Rrsa(),
        Replication = new OssReplication(),
    };
}
