namespace Infra.Compliance.Rules.Storage;

/// <summary>
/// MLC-BKT-005: every bucket's server access logs go to a log bucket. A bucket that itself
/// receives access logs is not judged: logging it into itself loops, and both S3 and OSS advise
/// against it (Amazon S3 User Guide, "Enabling Amazon S3 server access logging").
/// </summary>
public sealed class BucketAccessLoggingRule : ResourceRule
{
    public override RuleMetadata Metadata { get; } = RuleMetadata.Compliance(
        "MLC-BKT-005",
        Severity.Error,
        "Buckets log access to a log bucket",
        "Access logs are the record of who read or changed ML data; without them an incident cannot be traced.",
        Rules.Governance.Accountability,
        [
            ControlReference.Fsbp("S3.9", "S3 general purpose buckets should have server access logging enabled"),
            ControlReference.CisAlibaba("5.3", "Ensure that logging is enabled for OSS buckets"),
        ]);

    protected override bool AppliesTo(Resource resource, ComplianceContext context) =>
        Buckets.Types.Contains(resource.Type) && !Buckets.ReceivesAccessLogs(context, resource);

    protected override IEnumerable<string> Problems(Resource resource, ComplianceContext context)
    {
        var tokens = Buckets.Of(resource);
        var logging = Buckets.Settings(context, resource, tokens.Logging, tokens.InlineLogging)
            .Where(settings => settings["targetBucket"] is not null);
        if (!logging.Any())
        {
            yield return $"has no access logging ({tokens.Logging})";
        }
    }
}
