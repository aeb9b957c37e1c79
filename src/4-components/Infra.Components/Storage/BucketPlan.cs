namespace Infra.Components.Storage;

/// <summary>
/// What <see cref="StorageBucket"/> decided for its bucket, handed to the cloud's realization:
/// versioning, retention, lifecycle and where access logs go. The realization adds only the
/// cloud's translation (and the cloud's own exceptions, such as OSS's unlocked replicas).
/// </summary>
public sealed record BucketPlan
{
    public required bool Versioned { get; init; }

    /// <summary>Days every new object version is locked (prod model artifacts), or null.</summary>
    public required int? RetentionDays { get; init; }

    public required IReadOnlyList<LifecycleRule> Lifecycle { get; init; }

    /// <summary>Where this bucket's access logs go, or null (the log bucket itself, replicas).</summary>
    public required BucketLogTarget? AccessLogs { get; init; }

    /// <summary>This bucket receives other buckets' access logs.</summary>
    public required bool IsAccessLogTarget { get; init; }

    /// <summary>This bucket is the replica of another.</summary>
    public required bool IsReplica { get; init; }

    /// <summary>Whether <c>pulumi destroy</c> may empty the bucket (<see cref="BucketDestruction"/>).</summary>
    public required bool ForceDestroy { get; init; }
}

/// <summary>The bucket that receives a bucket's access logs, and the prefix they land under.</summary>
public sealed record BucketLogTarget(Output<string> Bucket, string Prefix);

/// <summary>What a realization hands back: the bucket as the cloud knows it, and what access policies grant on.</summary>
public sealed record BuiltBucket(Output<string> Id, ImmutableArray<Input<string>> ResourceArns);
