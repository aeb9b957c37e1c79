using System.Text.RegularExpressions;
using Infra.Components.Monitoring;

namespace Infra.Components.Tests.Monitoring;

/// <summary>Every alert a monitoring stack deploys links a section of docs/runbooks.md that exists.</summary>
public sealed class RunbookTests
{
    /// <summary>GitHub's heading anchors: lower case, punctuation other than hyphens dropped, spaces as hyphens.</summary>
    private static HashSet<string> Anchors() =>
        [.. File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "docs", "runbooks.md"))
            .Where(line => line.StartsWith('#'))
            .Select(line => Regex.Replace(line.TrimStart('#').Trim().ToLowerInvariant(), "[^a-z0-9 -]", "").Replace(' ', '-'))];

    [Theory]
    [MemberData(nameof(MonitoringFixtures.EnvironmentNames), MemberType = typeof(MonitoringFixtures))]
    public void Every_alert_has_a_runbook_url_to_a_section_of_the_runbooks(string environment)
    {
        var anchors = Anchors();
        var alerts = MonitoringFixtures.Build(MonitoringFixtures.Environment(environment)).Monitoring.RuleGroups
            .SelectMany(group => group.Rules).OfType<AlertingRule>().ToList();

        Assert.NotEmpty(alerts);
        Assert.All(alerts, alert =>
        {
            Assert.True(alert.Annotations.TryGetValue(Runbooks.Annotation, out var url), $"{alert.Alert} has no {Runbooks.Annotation}");
            Assert.StartsWith(Runbooks.Document + "#", url, StringComparison.Ordinal);
            Assert.True(anchors.Contains(url[(Runbooks.Document.Length + 1)..]), $"{alert.Alert}: {url} names no heading of docs/runbooks.md");
        });
    }
}
