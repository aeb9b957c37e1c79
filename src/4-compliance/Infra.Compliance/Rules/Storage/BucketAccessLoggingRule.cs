namespace Infra.Compliance.Rules.Storage;

/// <summary>
/// MLC-BKT-005: every bucket's server access logs go to a log bucket. A bucket that itself
/// receives access logs is not judged: logging it into itself loops, and both S3 and OSS advise
/// against it (Amazon S3 User Guide, "Enabling Amazon S3 server access logging").
/// </summary>
public sealed class BucketAccessLoggingRule() : ResourceRule(ComplianceCatalog.BucketAccessLogging)
{
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
