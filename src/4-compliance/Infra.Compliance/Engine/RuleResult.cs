namespace Infra.Compliance.Engine;

public enum RuleStatus
{
    /// <summary>Nothing in the stack is of the kind the rule judges.</summary>
    NotApplicable,
    Passed,
    Suppressed,
    Warned,
    Failed,
}

/// <summary>What one rule found in one stack.</summary>
public sealed record RuleResult(ComplianceRule Rule, int Checked, IReadOnlyList<Finding> Findings)
{
    /// <summary>The worst status among the findings; passed when there are none.</summary>
    public RuleStatus Status => Findings.Count == 0
        ? Checked == 0 ? RuleStatus.NotApplicable : RuleStatus.Passed
        : Findings.Any(finding => finding.Status == FindingStatus.Failed) ? RuleStatus.Failed
        : Findings.Any(finding => finding.Status == FindingStatus.Warned) ? RuleStatus.Warned
        : RuleStatus.Suppressed;
}
