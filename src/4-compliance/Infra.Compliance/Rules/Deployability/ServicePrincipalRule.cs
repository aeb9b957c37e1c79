using Infra.Platform.Facts;

namespace Infra.Compliance.Rules.Deployability;

/// <summary>
/// MLD-IAM-001: every service principal an IAM role trusts is a known principal of the role's
/// partition. <c>eks.amazonaws.com.cn</c> is refused (IAM: "Invalid principal"); in aws-cn EKS
/// requires <c>ec2.amazonaws.com.cn</c> in the node role.
/// </summary>
public sealed class ServicePrincipalRule() : TypedResourceRule(DeployabilityCatalog.ServicePrincipal)
{
    public override IReadOnlySet<string> Types { get; } = ResourceTypes.Set(ResourceTypes.IamRole);

    protected override IEnumerable<string> Problems(Resource resource, ComplianceContext context)
    {
        if (AwsPartitions.Of(resource, context) is not { } partition)
        {
            yield break;
        }

        var known = AwsServicePrincipals.For(partition).Select(principal => principal.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var statement in context.Policies.Statements(resource.Properties["assumeRolePolicy"]))
        {
            foreach (var service in PropertyValues.Texts(PropertyValues.At(statement["Principal"], "Service")).Where(service => !known.Contains(service)))
            {
                yield return $"assumeRolePolicy trusts service principal '{service}', which is not a principal of partition {partition.Name} (known: {string.Join(", ", known.Order(StringComparer.Ordinal))})";
            }
        }
    }
}
