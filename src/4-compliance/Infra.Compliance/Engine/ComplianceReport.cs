namespace Infra.Compliance.Engine;

/// <summary>
/// Every rule's result for one stack, plus what was wrong with the stack's suppressions. The
/// diagnostics are what a synthesis prints: an error fails it, with nothing on stdout.
/// </summary>
public sealed record ComplianceReport(IReadOnlyList<RuleResult> Results, IReadOnlyList<Diagnostic> SuppressionProblems)
{
    public IEnumerable<Finding> Findings => Results.SelectMany(result => result.Findings);

    /// <summary>Suppression problems first, then unsuppressed findings in rule order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics =>
        [.. SuppressionProblems, .. Findings.Select(finding => finding.ToDiagnostic()).OfType<Diagnostic>()];

    public bool HasErrors => Diagnostics.Any(diagnostic => diagnostic.IsError);

    public int Count(RuleStatus status) => Results.Count(result => result.Status == status);
}
