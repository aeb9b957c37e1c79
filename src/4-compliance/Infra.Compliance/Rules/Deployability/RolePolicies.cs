using System.Text.RegularExpressions;

namespace Infra.Compliance.Rules.Deployability;

/// <summary>
/// The Allow statements that reach an IAM or RAM role: inline policies, role policies and attached
/// customer policies in the stack (managed policies by ARN are not in the graph and are not seen).
/// </summary>
internal static class RolePolicies
{
    public static IReadOnlyList<MapValue> AllowStatements(ComplianceContext context, Resource role)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(role);
        var documents = new List<Value?>();
        if (role.Type == ResourceTypes.IamRole)
        {
            documents.AddRange(PropertyValues.Items(role.Properties["inlinePolicies"]).Select(policy => PropertyValues.At(policy, "policy")));
            documents.AddRange(context.Attached(role, ResourceTypes.Set(ResourceTypes.IamRolePolicy), "role").Select(policy => policy.Properties["policy"]));
            documents.AddRange(context.Attached(role, ResourceTypes.Set(ResourceTypes.IamRolePolicyAttachment), "role")
                .Select(attachment => ComplianceContext.Referenced(attachment.Properties["policyArn"]))
                .Where(policy => policy?.Type == ResourceTypes.IamPolicy)
                .Select(policy => policy!.Properties["policy"]));
        }
        else if (role.Type == ResourceTypes.RamRole)
        {
            documents.AddRange(context.Attached(role, ResourceTypes.Set(ResourceTypes.RamRolePolicyAttachment), "roleName")
                .Select(attachment => ComplianceContext.Referenced(attachment.Properties["policyName"]))
                .Where(policy => policy?.Type == ResourceTypes.RamPolicy)
                .Select(policy => policy!.Properties["policyDocument"]));
        }

        return [.. documents.SelectMany(context.Policies.Statements)
            .Where(statement => PropertyValues.Text(statement["Effect"]) == "Allow")];
    }

    /// <summary>
    /// Some statement allows <paramref name="action"/> (wildcards in the statement's actions count) on
    /// a resource <paramref name="resource"/> accepts, or on <c>*</c>.
    /// </summary>
    public static bool Allows(IEnumerable<MapValue> statements, string action, Func<Value, bool> resource) =>
        statements.Any(statement =>
            PolicyDocuments.Strings(statement, "Action").Any(pattern => Matches(pattern, action))
            && PropertyValues.Items(statement["Resource"]).Any(item => item is StringValue { Text: "*" } || resource(item)));

    /// <summary>An IAM action pattern (<c>s3:GetObject*</c>, <c>kms:*</c>) matches an action, ignoring case as IAM does.</summary>
    public static bool Matches(string pattern, string action)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(action);
        var regex = "^" + string.Join(".*", pattern.Split('*').Select(Regex.Escape)) + "$";
        return Regex.IsMatch(action, regex, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }
}
