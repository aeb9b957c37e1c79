namespace Infra.Compliance.Rules.Storage;

/// <summary>
/// How one cloud's bucket token spells a bucket's settings: the type tokens of the resources that
/// attach them (through their <c>bucket</c> input), the inline blocks the bucket itself may carry
/// instead (OSS), and where the versioning status sits.
/// </summary>
internal sealed record BucketTokens(
    string Versioning,
    string VersioningStatus,
    string Encryption,
    string PublicAccessBlock,
    string Acl,
    string Policy,
    string Logging,
    string? InlineVersioning = null,
    string? InlineEncryption = null,
    string? InlineLogging = null);

/// <summary>What the storage rules share: which resources are buckets and what is attached to them.</summary>
internal static class Buckets
{
    /// <summary>The tag StorageBucket puts on every bucket with its data class (datasets, checkpoints, artifacts, logs, custom).</summary>
    public const string DataClassTag = "data-class";

    /// <summary>Each bucket token and how it spells its settings.</summary>
    public static IReadOnlyDictionary<string, BucketTokens> ByToken { get; } = new Dictionary<string, BucketTokens>(StringComparer.Ordinal)
    {
        [ResourceTypes.S3Bucket] = new(ResourceTypes.S3Versioning, "versioningConfiguration.status", ResourceTypes.S3Encryption,
            ResourceTypes.S3PublicAccessBlock, ResourceTypes.S3Acl, ResourceTypes.S3Policy, ResourceTypes.S3Logging),
        [ResourceTypes.OssBucket] = new(ResourceTypes.OssVersioning, "status", ResourceTypes.OssEncryption,
            ResourceTypes.OssPublicAccessBlock, ResourceTypes.OssAcl, ResourceTypes.OssPolicy, ResourceTypes.OssLogging,
            InlineVersioning: "versioning", InlineEncryption: "serverSideEncryptionRule", InlineLogging: "logging"),
    };

    public static IReadOnlySet<string> Types { get; } = ResourceTypes.Set([.. ByToken.Keys]);

    /// <summary>How <paramref name="bucket"/>'s token spells its settings.</summary>
    public static BucketTokens Of(Resource bucket) => ByToken[bucket.Type];

    /// <summary>The versioning statuses set on the bucket (attached resources and inline block).</summary>
    public static IReadOnlyList<Value?> VersioningStatuses(ComplianceContext context, Resource bucket)
    {
        var tokens = Of(bucket);
        return [.. Settings(context, bucket, tokens.Versioning, tokens.InlineVersioning).Select(settings => PropertyValues.At(settings, tokens.VersioningStatus))];
    }

    /// <summary>Some versioning setting of the bucket says <c>Enabled</c>.</summary>
    public static bool IsVersioned(ComplianceContext context, Resource bucket) =>
        VersioningStatuses(context, bucket).Any(status => PropertyValues.Text(status) == "Enabled");

    /// <summary>The bucket's data class tag, if it has one.</summary>
    public static string? DataClass(Resource bucket) => PropertyValues.Text(PropertyValues.At(bucket.Properties["tags"], DataClassTag));

    /// <summary>Resources of <paramref name="type"/> whose <c>bucket</c> input is this bucket.</summary>
    public static IReadOnlyList<Resource> Attached(ComplianceContext context, Resource bucket, string type, string property = "bucket") =>
        [.. context.Attached(bucket, ResourceTypes.Set(type), property)];

    /// <summary>Another bucket's server access logs are delivered to this one.</summary>
    public static bool ReceivesAccessLogs(ComplianceContext context, Resource bucket) =>
        context.OfType(ResourceTypes.Set(ResourceTypes.S3Logging, ResourceTypes.OssLogging))
            .Any(logging => ComplianceContext.RefersTo(logging.Properties["targetBucket"], bucket))
        || context.OfType(ResourceTypes.Set(ResourceTypes.OssBucket))
            .Any(other => ComplianceContext.RefersTo(PropertyValues.At(other.Properties, "logging.targetBucket"), bucket));

    /// <summary>The named settings resources, plus the inline block of an OSS bucket (<paramref name="inline"/>), as property maps.</summary>
    public static IEnumerable<MapValue> Settings(ComplianceContext context, Resource bucket, string type, string? inline = null)
    {
        foreach (var resource in Attached(context, bucket, type))
        {
            yield return resource.Properties;
        }

        if (inline is not null && bucket.Properties[inline] is MapValue block)
        {
            yield return block;
        }
    }
}
