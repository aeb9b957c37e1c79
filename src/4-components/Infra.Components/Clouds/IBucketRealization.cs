using Infra.Components.Storage;

namespace Infra.Components.Clouds;

/// <summary>How a cloud realizes the bucket decisions of <see cref="StorageBucket"/>.</summary>
public interface IBucketRealization
{
    /// <summary>
    /// Whether a bucket that receives other buckets' access logs may be encrypted with a KMS key of
    /// its own (S3: no, it delivers server access logs only to SSE-S3 buckets). Without, the
    /// component gives such a bucket no key.
    /// </summary>
    bool AccessLogTargetTakesKms { get; }

    /// <summary>The object actions of the cloud's policy language that data access grants.</summary>
    BucketActions Actions { get; }

    /// <summary>The cloud's own naming rules that <paramref name="name"/> breaks, in words (the shared ones are <see cref="BucketNames"/>').</summary>
    IEnumerable<string> NameViolations(string name);

    /// <summary>Adds the bucket's resources as the component planned them.</summary>
    BuiltBucket Build(StorageBucket bucket, StackEnvironment environment, BucketPlan plan);
}

/// <summary>The cloud's names for listing a bucket and reading, writing and deleting its objects.</summary>
public sealed record BucketActions(string List, string Read, string Write, string Delete);
