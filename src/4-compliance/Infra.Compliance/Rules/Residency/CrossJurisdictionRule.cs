using Infra.Core.Expressions;

namespace Infra.Compliance.Rules.Residency;

/// <summary>
/// MLC-RES-002: nothing in the program points outside the stack's jurisdiction — no region code,
/// ARN partition or endpoint in any property, no reference to a resource managed in another
/// jurisdiction (a replication destination), and no invoke through a provider there. Resources,
/// variables (invokes) and outputs are all judged.
/// </summary>
public sealed class CrossJurisdictionRule() : ComplianceRule(ComplianceCatalog.CrossJurisdiction)
{
    public override RuleOutcome Evaluate(ComplianceContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // A provider's own region is MLC-RES-001's; judging it here too would report it twice.
        var subjects = context.Resources
            .Select(resource => (resource.LogicalName, Value: (Value)(resource is ProviderResource
                ? resource.Properties with { Entries = resource.Properties.Entries.Remove("region") }
                : resource.Properties), Root: "properties"))
            .Concat(context.Stack.Variables.Select(variable => (LogicalName: variable.Name, variable.Value, Root: "value")))
            .Concat(context.Stack.Outputs.Select(output => (LogicalName: "outputs." + output.Key, output.Value, Root: "value")))
            .ToList();
        var violations = new List<Violation>();
        foreach (var (name, value, root) in subjects)
        {
            var problems = ValueWalk.Nodes(value, root).SelectMany(node => Problems(node.Path, node.Value, context))
                .Distinct(StringComparer.Ordinal).ToList();
            if (problems.Count > 0)
            {
                violations.Add(new Violation(name, string.Join("; ", problems)));
            }
        }

        return new RuleOutcome(subjects.Count, violations);
    }

    private static IEnumerable<string> Problems(string path, Value value, ComplianceContext context)
    {
        switch (value)
        {
            case StringValue { Text: var text }:
                foreach (var problem in context.Residency.TextProblems(text))
                {
                    yield return $"{path} {problem}";
                }

                break;
            case ExprValue { Expression: Invoke invoke }:
                if (Outside(invoke.Provider, context) is { } where)
                {
                    yield return $"{path} invokes {invoke.Function} through provider {invoke.Provider.LogicalName}, {where}";
                }

                break;
            case ExprValue when ComplianceContext.Referenced(value) is { } target && Outside(target, context) is { } why:
                yield return $"{path} refers to {target.LogicalName}, {why}";
                break;
        }
    }

    /// <summary>Why the resource (through its provider) lives outside the stack's jurisdiction; null when inside or unknown.</summary>
    private static string? Outside(Resource target, ComplianceContext context) =>
        ComplianceContext.RegionOf(target) is { } region && context.Residency.RegionProblem(region) is { } problem
            ? $"which lives in {region}: {problem}"
            : null;
}
