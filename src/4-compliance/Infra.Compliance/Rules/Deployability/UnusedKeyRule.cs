using Infra.Core.Expressions;

namespace Infra.Compliance.Rules.Deployability;

/// <summary>
/// MLD-KMS-001: every KMS key protects something: a resource, variable or output other than the
/// key's own aliases refers to it. A key nothing uses costs a monthly fee, widens what the key
/// policy must be reviewed for, and usually means a component meant to use it does not.
/// </summary>
public sealed class UnusedKeyRule() : TypedResourceRule(DeployabilityCatalog.UnusedKey)
{
    private static readonly IReadOnlySet<string> Aliases = ResourceTypes.Set(ResourceTypes.AwsKmsAlias, ResourceTypes.AlicloudKmsAlias);

    public override IReadOnlySet<string> Types { get; } = ResourceTypes.Set(ResourceTypes.AwsKmsKey, ResourceTypes.AlicloudKmsKey);

    protected override IEnumerable<string> Problems(Resource resource, ComplianceContext context)
    {
        var users = context.Resources.Where(other => !ReferenceEquals(other, resource) && !Aliases.Contains(other.Type))
            .Select(other => other.Properties)
            .Concat(context.Stack.Variables.Select(variable => variable.Value))
            .Concat(context.Stack.Outputs.Values);
        if (!users.Any(value => RefersTo(value, resource)))
        {
            yield return "no resource, variable or output refers to it (only its aliases, if any): it protects nothing";
        }
    }

    private static bool RefersTo(Value value, Resource key) =>
        value.Expressions().Any(expression => expression switch
        {
            OutputRef output => ReferenceEquals(output.Resource, key),
            ResourceRef reference => ReferenceEquals(reference.Resource, key),
            _ => false,
        });
}
