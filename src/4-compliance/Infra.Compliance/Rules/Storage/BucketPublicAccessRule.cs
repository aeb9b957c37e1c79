namespace Infra.Compliance.Rules.Storage;

/// <summary>
/// MLC-BKT-003: every public-access path of a bucket is closed: S3's four block-public-access
/// settings all true, OSS's block-public-access on, and no ACL other than <c>private</c>.
/// </summary>
public sealed class BucketPublicAccessRule() : TypedResourceRule(ComplianceCatalog.BucketPublicAccess)
{
    private static readonly string[] S3Settings = ["blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets"];

    /// <summary>Per bucket token: what is still open when its public access blocks are attached (null when closed).</summary>
    private static readonly Dictionary<string, Func<IReadOnlyList<Resource>, string?>> StillOpen = new(StringComparer.Ordinal)
    {
        [ResourceTypes.S3Bucket] = blocks => blocks.Any(block => S3Settings.All(setting => PropertyValues.Flag(block.Properties[setting]) == true))
            ? null
            : $"public access block leaves {string.Join(", ", S3Settings.Where(setting => blocks.All(block => PropertyValues.Flag(block.Properties[setting]) != true)))} off",
        [ResourceTypes.OssBucket] = blocks => blocks.Any(block => PropertyValues.Flag(block.Properties["blockPublicAccess"]) == true)
            ? null
            : "public access block has blockPublicAccess off",
    };

    public override IReadOnlySet<string> Types => Buckets.Types;

    protected override IEnumerable<string> Problems(Resource resource, ComplianceContext context)
    {
        var tokens = Buckets.Of(resource);
        var blocks = Buckets.Attached(context, resource, tokens.PublicAccessBlock);
        if (blocks.Count == 0)
        {
            yield return $"has no public access block ({tokens.PublicAccessBlock})";
        }
        else if (StillOpen[resource.Type](blocks) is { } open)
        {
            yield return open;
        }

        var acls = Buckets.Attached(context, resource, tokens.Acl).Select(acl => acl.Properties["acl"])
            .Append(resource.Properties["acl"]).OfType<Value>();
        foreach (var acl in acls.Where(acl => PropertyValues.Text(acl) != "private"))
        {
            yield return $"has ACL {PropertyValues.Describe(acl)}; only 'private' keeps it closed";
        }
    }
}
