using Infra.Compliance.Engine;
using Infra.Core.Diagnostics;

namespace Infra.Cli.Views;

/// <summary>One rule's line in <c>infra plan</c>: its result, how many resources it judged and what it found.</summary>
public sealed record RuleLine(string Id, string Severity, string Result, int Checked, string Title, IReadOnlyList<FindingLine> Findings);

/// <summary>A finding as plan shows it; <see cref="Reason"/> is set when a suppression accepts it.</summary>
public sealed record FindingLine(string Resource, string Status, string Message, string? Reason);

/// <summary>What <c>infra plan</c> shows of a compliance report: every rule run and its result.</summary>
public static class ComplianceView
{
    public static IReadOnlyList<RuleLine> From(ComplianceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return [.. report.Results.Select(result => new RuleLine(
            result.Rule.Id,
            result.Rule.Severity == Severity.Error ? "error" : "warning",
            Describe(result.Status),
            result.Checked,
            result.Rule.Title,
            [.. result.Findings.Select(finding => new FindingLine(finding.Resource, Describe(finding.Status), finding.Message, finding.Suppression?.Reason))]))];
    }

    public static string Describe(RuleStatus status) => status switch
    {
        RuleStatus.NotApplicable => "not applicable",
        RuleStatus.Passed => "passed",
        RuleStatus.Suppressed => "suppressed",
        RuleStatus.Warned => "warning",
        RuleStatus.Failed => "failed",
        _ => status.ToString(),
    };

    public static string Describe(FindingStatus status) => status switch
    {
        FindingStatus.Failed => "failed",
        FindingStatus.Warned => "warning",
        FindingStatus.Suppressed => "suppressed",
        _ => status.ToString(),
    };
}
