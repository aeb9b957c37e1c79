using Infra.Compliance.Engine;
using Infra.Compliance.Graph;
using Infra.Core.Resources;
using Infra.Core.Values;

namespace Infra.Compliance.Rules.Storage;

/// <summary>What the storage rules share: which resources are buckets and what is attached to them.</summary>
internal static class Buckets
{
    /// <summary>The tag StorageBucket puts on every bucket with its data class (datasets, checkpoints, artifacts, logs, custom).</summary>
    public const string DataClassTag = "data-class";

    public static IReadOnlySet<string> Types { get; } = ResourceTypes.Set(ResourceTypes.S3Bucket, ResourceTypes.OssBucket);

    public static bool IsS3(Resource bucket) => bucket.Type == ResourceTypes.S3Bucket;

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
