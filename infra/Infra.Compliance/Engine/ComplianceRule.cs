using Infra.Core.Diagnostics;

namespace Infra.Compliance.Engine;

/// <summary>
/// One rule of the compliance pack: an ID of its own (<c>MLC-BKT-001</c>), a severity, a one-line
/// rationale, the public controls it corresponds to and the data-governance reason it exists.
/// A rule judges a composed graph and says, for every resource it looked at, what is wrong.
/// </summary>
public abstract class ComplianceRule
{
    /// <summary><c>MLC-&lt;area&gt;-&lt;number&gt;</c>; never reused for another meaning.</summary>
    public abstract string Id { get; }

    /// <summary>An unsuppressed error fails the synthesis; a warning is reported and the program is written.</summary>
    public abstract Severity Severity { get; }

    /// <summary>What must hold, as a short sentence.</summary>
    public abstract string Title { get; }

    /// <summary>Why it must hold, in one line.</summary>
    public abstract string Rationale { get; }

    /// <summary>The data-governance reason (residency, confidentiality, accountability, …).</summary>
    public abstract string Governance { get; }

    public abstract IReadOnlyList<ControlReference> Controls { get; }

    public abstract RuleOutcome Evaluate(ComplianceContext context);
}

/// <summary>One resource (or variable, or output) that breaks a rule, and why.</summary>
public sealed record Violation(string Subject, string Message);

/// <summary>How many subjects a rule judged and which of them break it.</summary>
public sealed record RuleOutcome(int Checked, IReadOnlyList<Violation> Violations);
