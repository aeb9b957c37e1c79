namespace Infra.Compliance.Rules.Storage;

/// <summary>
/// MLC-BKT-006 (warning): a bucket has at least one enabled lifecycle rule (S3: a
/// BucketLifecycleConfiguration; OSS: inline <c>lifecycleRules</c>, the only form the provider has).
/// </summary>
public sealed class BucketLifecycleRule() : PerTokenRule(ComplianceCatalog.BucketLifecycle)
{
    /// <summary>S3: a BucketLifecycleConfiguration with an Enabled rule. OSS: an inline lifecycle rule with enabled true.</summary>
    protected override IReadOnlyDictionary<string, TokenCheck> Checks { get; } = Table(
        (ResourceTypes.S3Bucket, new(Unless((bucket, context) => Buckets.Settings(context, bucket, ResourceTypes.S3Lifecycle)
            .SelectMany(settings => PropertyValues.Items(settings["rules"]))
            .Any(rule => PropertyValues.Text(PropertyValues.At(rule, "status")) == "Enabled")))),
        (ResourceTypes.OssBucket, new(Unless((bucket, _) => PropertyValues.Items(bucket.Properties["lifecycleRules"])
            .Any(rule => PropertyValues.Flag(PropertyValues.At(rule, "enabled")) == true)))));

    private static Func<Resource, ComplianceContext, IEnumerable<string>> Unless(Func<Resource, ComplianceContext, bool> enabled) =>
        (bucket, context) => enabled(bucket, context) ? [] : ["has no enabled lifecycle rule"];
}
