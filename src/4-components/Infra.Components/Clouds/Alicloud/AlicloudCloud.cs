namespace Infra.Components.Clouds.Alicloud;

/// <summary>The Alicloud realizations of every neutral component.</summary>
internal static class AlicloudCloud
{
    public static CloudRealization Realization { get; } = new()
    {
        // Compute
        Provider = new AlicloudProvider(),
        Network = new AlicloudNetwork(),
        Cluster = new AckCluster(),
        GpuPool = new AckGpuNodePool(),
        Logging = new SlsLogging(),
        MonitoringStorage = new EssdMonitoringStorage(),

        // Storage
        Bucket = new OssBucket(),
        Key = new AlicloudKmsKey(),
        WorkloadIdentity = new Rrsa(),
        Replication = new OssReplication(),

        // Delivery: how CI gets in
        CiIdentity = new GithubOidcRam(),
    };
}
