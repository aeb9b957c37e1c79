using Infra.Compliance.Engine;

namespace Infra.Compliance.Rules.Deployability;

/// <summary>
/// A rule of the deployability family (<c>MLD-&lt;area&gt;-&lt;nnn&gt;</c>): a fact of a cloud or of the
/// Pulumi YAML host that the provider SDK types cannot see (a driver, a minimum, a prerequisite
/// checked only when the cloud acts). It names the fact's source; it maps to no public control.
/// </summary>
public abstract class DeployabilityRule : ComplianceRule
{
    public sealed override RuleFamily Family => RuleFamily.Deployability;

    public sealed override string Governance => Rules.Governance.Deployability;

    public sealed override IReadOnlyList<ControlReference> Controls => [];

    public abstract override string FactSource { get; }
}

/// <summary>A <see cref="DeployabilityRule"/> judged resource by resource, like <see cref="TypedResourceRule"/>.</summary>
public abstract class DeployabilityResourceRule : DeployabilityRule
{
    /// <summary>The type tokens this rule judges.</summary>
    public abstract IReadOnlySet<string> Types { get; }

    public override RuleOutcome Evaluate(ComplianceContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var subjects = context.Resources.Where(resource => Types.Contains(resource.Type) && AppliesTo(resource, context)).ToList();
        var violations = subjects
            .Select(resource => (resource.LogicalName, Problems: Problems(resource, context).Distinct(StringComparer.Ordinal).ToList()))
            .Where(entry => entry.Problems.Count > 0)
            .Select(entry => new Violation(entry.LogicalName, string.Join("; ", entry.Problems)))
            .ToList();
        return new RuleOutcome(subjects.Count, violations);
    }

    protected virtual bool AppliesTo(Core.Resources.Resource resource, ComplianceContext context) => true;

    /// <summary>Everything wrong with <paramref name="resource"/>; empty when it works.</summary>
    protected abstract IEnumerable<string> Problems(Core.Resources.Resource resource, ComplianceContext context);
}
