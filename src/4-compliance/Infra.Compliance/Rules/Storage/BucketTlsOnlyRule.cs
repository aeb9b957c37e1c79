namespace Infra.Compliance.Rules.Storage;

/// <summary>
/// MLC-BKT-004: a bucket policy denies every request not made over TLS: a Deny statement for
/// anyone on all of the service's actions with <c>Bool {aws|acs:SecureTransport: "false"}</c>.
/// </summary>
public sealed class BucketTlsOnlyRule() : TypedResourceRule(ComplianceCatalog.BucketTlsOnly)
{
    private static readonly string[] SecureTransportKeys = ["aws:SecureTransport", "acs:SecureTransport"];
    private static readonly string[] AllActions = ["*", "s3:*", "oss:*"];

    public override IReadOnlySet<string> Types => Buckets.Types;

    protected override IEnumerable<string> Problems(Resource resource, ComplianceContext context)
    {
        var policies = Buckets.Attached(context, resource, Buckets.Of(resource).Policy)
            .Select(policy => policy.Properties["policy"])
            .Append(resource.Properties["policy"])
            .OfType<Value>()
            .ToList();
        if (policies.Count == 0)
        {
            return ["has no bucket policy, so nothing denies requests without TLS"];
        }

        return policies.SelectMany(context.Policies.Statements).Any(DeniesInsecureTransport)
            ? []
            : ["no bucket policy statement denies requests without TLS (Deny, Principal *, all actions, Bool SecureTransport = false)"];
    }

    private static bool DeniesInsecureTransport(MapValue statement) =>
        PropertyValues.Text(statement["Effect"]) == "Deny"
        && PolicyDocuments.IsAnyone(statement["Principal"])
        && PolicyDocuments.Strings(statement, "Action").Any(action => AllActions.Contains(action))
        && SecureTransportKeys.Any(key =>
            PropertyValues.At(statement, "Condition.Bool") is MapValue condition
            && PropertyValues.Texts(condition[key]).Contains("false"));
}
