using Infra.Platform.Catalog;

namespace Infra.Components.Storage;

/// <summary>What a <see cref="StorageBucket"/> holds and where its logs and replica go.</summary>
public sealed record StorageBucketArgs
{
    public required DataClass Class { get; init; }

    /// <summary>The word in the bucket's name (default: the class's, e.g. <c>datasets</c>).</summary>
    public string? Purpose { get; init; }

    /// <summary>The bucket that receives this bucket's access logs (null only for the log bucket itself and replicas).</summary>
    public StorageBucket? AccessLogs { get; init; }

    /// <summary>
    /// This bucket receives other buckets' access logs. On S3 such a bucket must use SSE-S3: S3
    /// cannot deliver server access logs to a bucket encrypted with SSE-KMS.
    /// </summary>
    public bool IsAccessLogTarget { get; init; }

    /// <summary>A region of the same cloud and jurisdiction to replicate every object to.</summary>
    public RegionInfo? Replica { get; init; }

    /// <summary>Set on a replica: the bucket it copies.</summary>
    public string? ReplicaOf { get; init; }
}
