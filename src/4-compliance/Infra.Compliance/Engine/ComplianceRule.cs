namespace Infra.Compliance.Engine;

/// <summary>
/// One rule of the pack: its <see cref="Metadata"/> (ID, severity, title, rationale, governance,
/// controls or fact source), and how it judges a composed graph: for every resource it looked at,
/// what is wrong.
/// </summary>
/// <param name="metadata">What the rule is: its row of the family's catalog (<c>Rules/ComplianceCatalog</c>, <c>Rules/Deployability/DeployabilityCatalog</c>).</param>
public abstract class ComplianceRule(RuleMetadata metadata)
{
    /// <summary>What the rule is, declared once for each rule in its family's catalog.</summary>
    public RuleMetadata Metadata { get; } = metadata;

    public string Id => Metadata.Id;

    public Infra.Core.Diagnostics.Severity Severity => Metadata.Severity;

    public string Title => Metadata.Title;

    public string Rationale => Metadata.Rationale;

    public string Governance => Metadata.Governance;

    public IReadOnlyList<ControlReference> Controls => Metadata.Controls;

    public RuleFamily Family => Metadata.Family;

    public string? FactSource => Metadata.FactSource;

    public abstract RuleOutcome Evaluate(ComplianceContext context);

    /// <summary>Settings of the stack (not resources) the rule's findings name, so a suppression may name them too.</summary>
    public virtual IReadOnlyList<string> SettingSubjects => [];
}

/// <summary>One resource (or variable, or output) that breaks a rule, and why.</summary>
public sealed record Violation(string Subject, string Message);

/// <summary>How many subjects a rule judged and which of them break it.</summary>
public sealed record RuleOutcome(int Checked, IReadOnlyList<Violation> Violations);
