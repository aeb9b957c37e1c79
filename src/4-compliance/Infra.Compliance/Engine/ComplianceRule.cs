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

    /// <summary>Compliance (<c>MLC-…</c>: what must hold for governance) or deployability (<c>MLD-…</c>: what must hold for the stack to work once deployed).</summary>
    public virtual RuleFamily Family => RuleFamily.Compliance;

    /// <summary>
    /// Where the cloud or host fact a deployability rule checks was read (provider documentation, a
    /// provider's or the host's source, an upstream issue); null for compliance rules, whose
    /// <see cref="Controls"/> say where they come from.
    /// </summary>
    public virtual string? FactSource => null;

    public abstract RuleOutcome Evaluate(ComplianceContext context);
}

/// <summary>The two rule families the pack runs on every synthesis.</summary>
public enum RuleFamily
{
    /// <summary><c>MLC-…</c>: governance (residency, encryption, access, tags); docs/compliance.md.</summary>
    Compliance,

    /// <summary><c>MLD-…</c>: the stack works once deployed (drivers, minimums, prerequisites the clouds check late); docs/deployability.md.</summary>
    Deployability,
}

/// <summary>One resource (or variable, or output) that breaks a rule, and why.</summary>
public sealed record Violation(string Subject, string Message);

/// <summary>How many subjects a rule judged and which of them break it.</summary>
public sealed record RuleOutcome(int Checked, IReadOnlyList<Violation> Violations);
