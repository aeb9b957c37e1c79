using Infra.Core.Expressions;

namespace Infra.Compliance.Rules.Deployability;

/// <summary>
/// MLD-CFG-001: a config key the program declares secret reaches resources, variables and
/// outputs only inside <c>fn::secret</c>. The host takes the stack's value as the stack set it: the
/// program's <c>config: {secret: true}</c> does not make a plain value secret, so outside
/// <c>fn::secret</c> it lands in state and in the CLI's output in clear text.
/// </summary>
public sealed class SecretConfigRule() : ComplianceRule(DeployabilityCatalog.SecretConfig)
{
    public override RuleOutcome Evaluate(ComplianceContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var stack = context.Stack;
        var secrets = stack.ConfigDeclarations.Values.Where(declaration => declaration.Secret)
            .SelectMany(declaration => new[] { declaration.Key, stack.FullConfigKey(declaration.Key) })
            .ToHashSet(StringComparer.Ordinal);
        var subjects = context.Resources.Select(resource => (resource.LogicalName, Value: (Value)resource.Properties, Path: "properties"))
            .Concat(stack.Variables.Select(variable => (LogicalName: variable.Name, variable.Value, Path: "value")))
            .Concat(stack.Outputs.Select(output => (LogicalName: "outputs." + output.Key, output.Value, Path: "value")))
            .ToList();
        var violations = new List<Violation>();
        foreach (var (subject, value, root) in subjects)
        {
            var problems = ValueWalk.Nodes(value, root)
                .Where(node => node.Value is ExprValue { Expression: ConfigRef reference } && secrets.Contains(reference.Key)
                    && !node.Path.Contains("fn::secret", StringComparison.Ordinal))
                .Select(node => $"{node.Path} refers to secret config {((ConfigRef)((ExprValue)node.Value).Expression).Key} outside fn::secret")
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (problems.Count > 0)
            {
                violations.Add(new Violation(subject, string.Join("; ", problems)));
            }
        }

        return new RuleOutcome(secrets.Count == 0 ? 0 : subjects.Count, violations);
    }
}
