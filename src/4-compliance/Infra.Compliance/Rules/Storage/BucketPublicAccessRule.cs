using Infra.Compliance.Engine;
using Infra.Compliance.Graph;
using Infra.Core.Diagnostics;
using Infra.Core.Resources;

namespace Infra.Compliance.Rules.Storage;

/// <summary>
/// MLC-BKT-003: every public-access path of a bucket is closed: S3's four block-public-access
/// settings all true, OSS's block-public-access on, and no ACL other than <c>private</c>.
/// </summary>
public sealed class BucketPublicAccessRule : TypedResourceRule
{
    private static readonly string[] S3Settings = ["blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets"];

    public override RuleMetadata Metadata { get; } = RuleMetadata.Compliance(
        "MLC-BKT-003",
        Severity.Error,
        "Buckets block all public access",
        "ML data is never meant for anonymous readers; one public ACL or policy would publish it.",
        Rules.Governance.Confidentiality,
        [
            ControlReference.Fsbp("S3.8", "S3 general purpose buckets should block public access"),
            ControlReference.Fsbp("S3.2", "S3 general purpose buckets should block public read access"),
            ControlReference.Fsbp("S3.3", "S3 general purpose buckets should block public write access"),
            ControlReference.CisAlibaba("5.1", "Ensure that OSS bucket is not anonymously or publicly accessible"),
        ]);

    public override IReadOnlySet<string> Types => Buckets.Types;

    protected override IEnumerable<string> Problems(Resource resource, ComplianceContext context)
    {
        var s3 = Buckets.IsS3(resource);
        var blocks = Buckets.Attached(context, resource, s3 ? ResourceTypes.S3PublicAccessBlock : ResourceTypes.OssPublicAccessBlock);
        if (blocks.Count == 0)
        {
            yield return $"has no public access block ({(s3 ? ResourceTypes.S3PublicAccessBlock : ResourceTypes.OssPublicAccessBlock)})";
        }
        else if (s3 && !blocks.Any(block => S3Settings.All(setting => PropertyValues.Flag(block.Properties[setting]) == true)))
        {
            var off = S3Settings.Where(setting => blocks.All(block => PropertyValues.Flag(block.Properties[setting]) != true));
            yield return $"public access block leaves {string.Join(", ", off)} off";
        }
        else if (!s3 && !blocks.Any(block => PropertyValues.Flag(block.Properties["blockPublicAccess"]) == true))
        {
            yield return "public access block has blockPublicAccess off";
        }

        var acls = Buckets.Attached(context, resource, s3 ? ResourceTypes.S3Acl : ResourceTypes.OssAcl).Select(acl => acl.Properties["acl"])
            .Append(resource.Properties["acl"]).OfType<Infra.Core.Values.Value>();
        foreach (var acl in acls.Where(acl => PropertyValues.Text(acl) != "private"))
        {
            yield return $"has ACL {PropertyValues.Describe(acl)}; only 'private' keeps it closed";
        }
    }
}
