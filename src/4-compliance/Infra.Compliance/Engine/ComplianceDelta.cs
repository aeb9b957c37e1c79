namespace Infra.Compliance.Engine;

/// <summary>
/// What a change does to a stack's findings: findings (rule, resource) the head has and the base
/// had not, and those the base had and the head has not. Statuses are the head's.
/// </summary>
public sealed record ComplianceDelta(IReadOnlyList<Finding> New, IReadOnlyList<Finding> Resolved)
{
    public static ComplianceDelta Empty { get; } = new([], []);

    public bool IsEmpty => New.Count == 0 && Resolved.Count == 0;

    public static ComplianceDelta Between(ComplianceReport? before, ComplianceReport after)
    {
        ArgumentNullException.ThrowIfNull(after);
        var old = (before?.Findings ?? []).Select(Key).ToHashSet();
        var current = after.Findings.Select(Key).ToHashSet();
        return new ComplianceDelta(
            [.. after.Findings.Where(finding => !old.Contains(Key(finding)))],
            [.. (before?.Findings ?? []).Where(finding => !current.Contains(Key(finding)))]);
    }

    private static (string Rule, string Resource) Key(Finding finding) => (finding.Rule.Id, finding.Resource);
}
