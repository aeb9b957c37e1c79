namespace Infra.Compliance.Rules.Storage;

/// <summary>
/// MLC-BKT-006 (warning): a bucket has at least one enabled lifecycle rule (S3: a
/// BucketLifecycleConfiguration; OSS: inline <c>lifecycleRules</c>, the only form the provider has).
/// </summary>
public sealed class BucketLifecycleRule : PerTokenRule
{
    public override RuleMetadata Metadata { get; } = RuleMetadata.Compliance(
        "MLC-BKT-006",
        Severity.Warning,
        "Buckets have a lifecycle",
        "Without expiry and tiering, old versions, checkpoints and half-finished uploads are kept (and paid for) forever.",
        Rules.Governance.Retention,
        [
            ControlReference.Fsbp("S3.13", "S3 general purpose buckets should have Lifecycle configurations"),
            ControlReference.Fsbp("S3.10", "S3 general purpose buckets with versioning enabled should have Lifecycle configurations"),
        ]);

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
