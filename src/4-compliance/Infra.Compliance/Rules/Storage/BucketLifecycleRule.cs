using Infra.Compliance.Engine;
using Infra.Compliance.Graph;
using Infra.Core.Diagnostics;
using Infra.Core.Resources;

namespace Infra.Compliance.Rules.Storage;

/// <summary>
/// MLC-BKT-006 (warning): a bucket has at least one enabled lifecycle rule (S3: a
/// BucketLifecycleConfiguration; OSS: inline <c>lifecycleRules</c>, the only form the provider has).
/// </summary>
public sealed class BucketLifecycleRule : TypedResourceRule
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

    public override IReadOnlySet<string> Types => Buckets.Types;

    protected override IEnumerable<string> Problems(Resource resource, ComplianceContext context)
    {
        var enabled = Buckets.IsS3(resource)
            ? Buckets.Settings(context, resource, ResourceTypes.S3Lifecycle)
                .SelectMany(settings => PropertyValues.Items(settings["rules"]))
                .Any(rule => PropertyValues.Text(PropertyValues.At(rule, "status")) == "Enabled")
            : PropertyValues.Items(resource.Properties["lifecycleRules"])
                .Any(rule => PropertyValues.Flag(PropertyValues.At(rule, "enabled")) == true);
        if (!enabled)
        {
            yield return "has no enabled lifecycle rule";
        }
    }
}
