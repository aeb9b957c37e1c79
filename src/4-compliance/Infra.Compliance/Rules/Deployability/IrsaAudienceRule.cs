using Infra.Platform.Facts;

namespace Infra.Compliance.Rules.Deployability;

/// <summary>
/// MLD-IAM-002: the audience of IRSA tokens is the partition's (<see cref="AwsPartitionFacts.IrsaAudience"/>,
/// <c>sts.amazonaws.com</c> in every partition): an OIDC provider's <c>clientIdLists</c> is exactly
/// it, and every <c>…:aud</c> condition of a role's trust policy says it.
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

        var audience = partition.IrsaAudience.Value;
        if (resource.Type == ResourceTypes.IamOidcProvider)
        {
            var clients = PropertyValues.Texts(resource.Properties["clientIdLists"]);
            if (clients is not [var only] || only != audience)
            {
                yield return $"clientIdLists is [{string.Join(", ", clients)}], not [{audience}] (the audience of IRSA tokens in partition {partition.Name})";
            }

            yield break;
        }

        foreach (var statement in context.Policies.Statements(resource.Properties["assumeRolePolicy"]))
        {
            foreach (var (condition, values) in AudienceConditions(statement))
            {
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
