namespace Infra.Compliance.Engine;

/// <summary>
/// What a rule is, as data (as cdk-nag's rule packs declare it): declared once per rule and read by
/// the engine (severity), the report (title, rationale) and the docs tests (controls, fact source).
/// </summary>
/// <param name="Id"><c>ML&lt;C|D&gt;-&lt;area&gt;-&lt;number&gt;</c>; never reused for another meaning.</param>
/// <param name="Severity">An unsuppressed error fails the synthesis; a warning is reported and the program is written.</param>
/// <param name="Title">What must hold, as a short sentence.</param>
/// <param name="Rationale">Why it must hold, in one line.</param>
/// <param name="Family">Compliance (governance) or deployability (the stack works once deployed).</param>
/// <param name="Governance">The data-governance reason (residency, confidentiality, accountability, …).</param>
/// <param name="Controls">The public controls a compliance rule corresponds to; none for a deployability rule.</param>
/// <param name="FactSource">
/// Where the cloud or host fact a deployability rule checks was read (provider documentation, a
/// provider's or the host's source, an upstream issue); null for compliance rules, whose
/// <paramref name="Controls"/> say where they come from.
/// </param>
public sealed record RuleMetadata(
    string Id,
    Severity Severity,
    string Title,
    string Rationale,
    RuleFamily Family,
    string Governance,
    IReadOnlyList<ControlReference> Controls,
    string? FactSource)
{
    /// <summary>The data-governance reason every deployability rule gives.</summary>
    public const string DeployabilityGovernance =
        "Deployability: the stack works once deployed, not only type-checks (a resource the cloud accepts but that cannot do its job is an outage found late)";

    /// <summary>A rule of the compliance family (<c>MLC-…</c>), with the controls it corresponds to.</summary>
    public static RuleMetadata Compliance(string id, Severity severity, string title, string rationale, string governance, IReadOnlyList<ControlReference> controls) =>
        new(id, severity, title, rationale, RuleFamily.Compliance, governance, controls, FactSource: null);

    /// <summary>A rule of the deployability family (<c>MLD-…</c>): it maps to no public control but names its fact's source.</summary>
    public static RuleMetadata Deployability(string id, Severity severity, string title, string rationale, string factSource) =>
        new(id, severity, title, rationale, RuleFamily.Deployability, DeployabilityGovernance, [], factSource);
}

/// <summary>The two rule families the pack runs on every synthesis.</summary>
public enum RuleFamily
{
    /// <summary><c>MLC-…</c>: governance (residency, encryption, access, tags); docs/compliance.md.</summary>
    Compliance,

    /// <summary><c>MLD-…</c>: the stack works once deployed (drivers, minimums, prerequisites the clouds check late); docs/deployability.md.</summary>
    Deployability,
}
