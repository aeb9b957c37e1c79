namespace Infra.Compliance.Engine;

public enum FindingStatus
{
    /// <summary>An error no suppression covers: the synthesis fails.</summary>
    Failed,

    /// <summary>A warning no suppression covers: reported, the program is still written.</summary>
    Warned,

    /// <summary>Accepted in the stack spec, with a reason.</summary>
    Suppressed,
}

/// <summary>A rule that a resource breaks, and the suppression that accepts it, if any.</summary>
public sealed record Finding(ComplianceRule Rule, string Resource, string Message, Suppression? Suppression)
{
    public FindingStatus Status => Suppression is not null
        ? FindingStatus.Suppressed
        : Rule.Severity == Severity.Error ? FindingStatus.Failed : FindingStatus.Warned;

    /// <summary>The diagnostic an unsuppressed finding prints: rule ID, resource, why, and how to accept it.</summary>
    public Diagnostic? ToDiagnostic() => Suppression is not null
        ? null
        : new Diagnostic(Rule.Severity, Rule.Id, Resource,
            $"{Message}. {Rule.Title}: {Rule.Rationale} To accept it, add {{rule: {Rule.Id}, resource: {Resource}, reason: <why>}} to ml-platform:suppressions.");
}
