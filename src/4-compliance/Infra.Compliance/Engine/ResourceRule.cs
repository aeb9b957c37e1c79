namespace Infra.Compliance.Engine;

/// <summary>
/// A rule judged resource by resource: it says which resources it applies to and what is wrong with
/// each; every problem of one resource becomes one finding, so a suppression names (rule, resource).
/// </summary>
public abstract class ResourceRule(RuleMetadata metadata) : ComplianceRule(metadata)
{
    public override RuleOutcome Evaluate(ComplianceContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var subjects = context.Resources.Where(resource => AppliesTo(resource, context)).ToList();
        var violations = subjects
            .Select(resource => (resource.LogicalName, Problems: Problems(resource, context).Distinct(StringComparer.Ordinal).ToList()))
            .Where(entry => entry.Problems.Count > 0)
            .Select(entry => new Violation(entry.LogicalName, string.Join("; ", entry.Problems)))
            .ToList();
        return new RuleOutcome(subjects.Count, violations);
    }

    protected abstract bool AppliesTo(Resource resource, ComplianceContext context);

    /// <summary>Everything wrong with <paramref name="resource"/>; empty when it complies.</summary>
    protected abstract IEnumerable<string> Problems(Resource resource, ComplianceContext context);
}

/// <summary>A <see cref="ResourceRule"/> for resources of given type tokens.</summary>
public abstract class TypedResourceRule(RuleMetadata metadata) : ResourceRule(metadata)
{
    /// <summary>The type tokens this rule judges (the providers' canonical tokens).</summary>
    public abstract IReadOnlySet<string> Types { get; }

    protected override bool AppliesTo(Resource resource, ComplianceContext context) => Types.Contains(resource.Type);
}
