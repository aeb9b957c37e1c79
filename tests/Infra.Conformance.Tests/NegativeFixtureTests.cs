using System.Text.Json;

namespace Infra.Conformance.Tests;

/// <summary>
/// The check can fail: hand-written programs with one kind of mistake each are rejected with the
/// right path and message, and with nothing else.
/// </summary>
public class NegativeFixtureTests
{
    private static readonly string Fixtures = Path.Combine(Harness.Directory, "fixtures", "negative");

    private static readonly Lazy<HarnessReport> Report = new(() =>
        Harness.Check(Directory.EnumerateFiles(Fixtures, "*.yaml").Order(StringComparer.Ordinal)));

    public static TheoryData<string> Cases { get; } = [.. Directory.EnumerateFiles(Fixtures, "*.yaml")
        .Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_fixture_is_rejected_with_exactly_the_expected_findings(string fixture)
    {
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Fixtures, "expected.json")));
        Assert.True(expected.RootElement.GetProperty("fixtures").TryGetProperty(fixture, out var entries), $"expected.json has no entry for {fixture}");
        var findings = Report.Value.Findings[fixture];

        Assert.Equal(entries.GetArrayLength(), findings.Count);
        foreach (var entry in entries.EnumerateArray())
        {
            var prefix = $"{fixture}: {entry.GetProperty("at").GetString()}: ";
            var message = entry.GetProperty("message").GetString()!;
            Assert.True(findings.Any(finding => finding.StartsWith(prefix, StringComparison.Ordinal) && finding.Contains(message, StringComparison.Ordinal)),
                $"expected '{prefix}…{message}…' among:\n{string.Join("\n", findings)}");
        }
    }
}
