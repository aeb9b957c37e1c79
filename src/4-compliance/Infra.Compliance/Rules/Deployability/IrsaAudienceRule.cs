using Infra.Platform.Facts;

namespace Infra.Compliance.Rules.Deployability;

/// <summary>
/// MLD-IAM-002: an OIDC provider's <c>clientIdLists</c> is exactly the audience its tokens carry, and
/// every <c>…:aud</c> condition of a role's trust policy says it. The audience depends on the issuer:
/// IRSA tokens carry <see cref="AwsPartitionFacts.IrsaAudience"/> (<c>sts.amazonaws.com</c> in every
/// partition); GitHub Actions' tokens carry what the job asks for, which AWS China's STS accepts only as
/// <c>sts.amazonaws.com.cn</c> (<see cref="GithubOidcFacts.AwsAudienceFor"/>).
/// </summary>
public sealed class IrsaAudienceRule() : TypedResourceRule(DeployabilityCatalog.IrsaAudience)
{
    public override IReadOnlySet<string> Types { get; } = ResourceTypes.Set(ResourceTypes.IamOidcProvider, ResourceTypes.IamRole);

    protected override IEnumerable<string> Problems(Resource resource, ComplianceContext context)
    {
        if (AwsPartitions.Of(resource, context) is not { } partition)
        {
            yield break;
        }

        if (resource.Type == ResourceTypes.IamOidcProvider)
        {
            var github = PropertyValues.Text(resource.Properties["url"]) == GithubOidcFacts.IssuerUrl.Value;
            var audience = github ? GithubOidcFacts.AwsAudienceFor(partition).Value : partition.IrsaAudience.Value;
            var clients = PropertyValues.Texts(resource.Properties["clientIdLists"]);
            if (clients is not [var only] || only != audience)
            {
                yield return $"clientIdLists is [{string.Join(", ", clients)}], not [{audience}] (the audience of {(github ? "GitHub Actions" : "IRSA")} tokens in partition {partition.Name})";
            }

            yield break;
        }

        foreach (var statement in context.Policies.Statements(resource.Properties["assumeRolePolicy"]))
        {
            foreach (var (condition, values) in AudienceConditions(statement))
            {
                var audience = condition == $"{GithubOidcFacts.IssuerHost}:aud" ? GithubOidcFacts.AwsAudienceFor(partition).Value : partition.IrsaAudience.Value;
                var wrong = values.Where(value => value != audience).ToList();
                if (wrong.Count > 0)
                {
                    yield return $"assumeRolePolicy condition {condition} is {string.Join(", ", wrong.Select(value => $"'{value}'"))}, not '{audience}'";
                }
            }
        }
    }

    /// <summary>Every condition whose key ends in <c>:aud</c>, with its literal values.</summary>
    private static IEnumerable<(string Key, IReadOnlyList<string> Values)> AudienceConditions(MapValue statement) =>
        (statement["Condition"] as MapValue)?.Entries
            .Select(entry => entry.Value).OfType<MapValue>()
            .SelectMany(test => test.Entries)
            .Where(entry => entry.Key.EndsWith(":aud", StringComparison.Ordinal))
            .Select(entry => (entry.Key, PropertyValues.Texts(entry.Value)))
        ?? [];
}
