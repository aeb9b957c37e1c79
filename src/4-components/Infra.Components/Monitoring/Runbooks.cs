namespace Infra.Components.Monitoring;

/// <summary>
/// Every alert the platform deploys links its runbook: a section of <c>docs/runbooks.md</c> named
/// after the alert, saying what to check first. The annotation is <c>runbook_url</c>, the name
/// kube-prometheus-stack's own alerts use for the same purpose.
/// </summary>
public static class Runbooks
{
    /// <summary>
    /// Where the runbooks are read: docs/runbooks.md on the repository's default branch. The
    /// repository's address is not part of any stack's config here; this one is an assumption
    /// [unverified] to change when the repository moves.
    /// </summary>
    public const string Document = "https://github.com/acme/ml-platform/blob/main/docs/runbooks.md";

    public const string Annotation = "runbook_url";

    /// <summary>The section of an alert: its heading is the alert's name, so the anchor is the name in lower case (GitHub's heading anchors).</summary>
    public static string UrlFor(string alert) => $"{Document}#{alert.ToLowerInvariant()}";

    /// <summary>The groups with every alert's <c>runbook_url</c> set.</summary>
    public static ImmutableArray<RuleGroup> Link(IEnumerable<RuleGroup> groups) =>
        [.. groups.Select(group => group with
        {
            Rules = [.. group.Rules.Select(rule => rule is AlertingRule alert
                ? alert with { Annotations = alert.Annotations.SetItem(Annotation, UrlFor(alert.Alert)) }
                : rule)],
        })];
}
