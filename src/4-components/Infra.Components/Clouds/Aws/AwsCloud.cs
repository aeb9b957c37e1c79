namespace Infra.Components.Clouds.Aws;

/// <summary>The Aws realizations of every neutral component.</summary>
internal static class AwsCloud
{
    public static CloudRealization Realization { get; } = new()
    {
        // Compute
        Network = null!,
        Cluster = null!,
        GpuPool = null!,
        MonitoringStorage = null!,

        // Storage
        Bucket = S3Bucket.Instance,
        Key = AwsKmsKey.Instance,
        WorkloadIdentity = Irsa.Instance,
        Replication = S3Replication.Instance,
    };
}
