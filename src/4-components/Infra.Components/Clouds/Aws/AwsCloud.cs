namespace Infra.Components.Clouds.Aws;

/// <summary>The Aws realizations of every neutral component.</summary>
internal static class AwsCloud
{
    public static CloudRealization Realization { get; } = new()
    {
        // Compute
        Provider = new AwsProvider(),
        Network = new AwsNetwork(),
        Cluster = new EksCluster(),
        GpuPool = new EksGpuNodePool(),
        Logging = new CloudWatchLogging(),
        MonitoringStorage = new EbsMonitoringStorage(),

        // Storage
        Bucket = new S3Bucket(),
        Key = new AwsKmsKey(),
        WorkloadIdentity = new Irsa(),
        Replication = new S3Replication(),

        // Delivery: how CI gets in
        CiIdentity = new GithubOidcIam(),
    };
}
