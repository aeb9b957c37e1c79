namespace Infra.Compliance.Rules.Storage;

/// <summary>
/// MLC-BKT-001: a bucket's default encryption uses a customer-managed KMS key (S3: <c>aws:kms</c> or
/// <c>aws:kms:dsse</c> with <c>kmsMasterKeyId</c>; OSS: <c>KMS</c> with <c>kmsMasterKeyId</c>). The one
/// exception is an S3 bucket that receives server access logs: S3 delivers them only to a bucket
/// whose default encryption is SSE-S3 (Amazon S3 User Guide, "Enabling Amazon S3 server access
/// logging"), so such a bucket must use AES256 and passes with it.
/// </summary>
public sealed class BucketKmsEncryptionRule() : PerTokenRule(ComplianceCatalog.BucketKmsEncryption)
{
    private static readonly string[] S3KmsAlgorithms = ["aws:kms", "aws:kms:dsse"];

    protected override IReadOnlyDictionary<string, TokenCheck> Checks { get; } = Table(
        (ResourceTypes.S3Bucket, new(S3Problems)),
        (ResourceTypes.OssBucket, new(OssProblems)));

    private static IEnumerable<string> S3Problems(Resource resource, ComplianceContext context)
    {
        var rules = Buckets.Settings(context, resource, ResourceTypes.S3Encryption)
            .SelectMany(settings => PropertyValues.Items(settings["rules"]))
            .Select(rule => PropertyValues.At(rule, "applyServerSideEncryptionByDefault"))
            .ToList();
        if (rules.Count == 0)
        {
            return ["has no default encryption configuration (aws:s3/bucketServerSideEncryptionConfiguration)"];
        }

        if (rules.Any(rule => S3KmsAlgorithms.Contains(PropertyValues.Text(PropertyValues.At(rule, "sseAlgorithm")))
                              && PropertyValues.At(rule, "kmsMasterKeyId") is not null))
        {
            return [];
        }

        var algorithms = string.Join(", ", rules.Select(rule => PropertyValues.Describe(PropertyValues.At(rule, "sseAlgorithm"))));
        return rules.All(rule => PropertyValues.Text(PropertyValues.At(rule, "sseAlgorithm")) == "AES256") && Buckets.ReceivesAccessLogs(context, resource)
            ? []
            : [$"default encryption is {algorithms} without a customer-managed KMS key (kmsMasterKeyId)"];
    }

    private static IEnumerable<string> OssProblems(Resource resource, ComplianceContext context)
    {
        var oss = Buckets.Settings(context, resource, ResourceTypes.OssEncryption, inline: "serverSideEncryptionRule").ToList();
        if (oss.Count == 0)
        {
            return ["has no server-side encryption (alicloud:oss/bucketServerSideEncryption)"];
        }

        return oss.Any(settings => PropertyValues.Text(settings["sseAlgorithm"]) == "KMS" && settings["kmsMasterKeyId"] is not null)
            ? []
            : [$"server-side encryption is {string.Join(", ", oss.Select(settings => PropertyValues.Describe(settings["sseAlgorithm"])))} without a customer KMS key (kmsMasterKeyId)"];
    }
}
