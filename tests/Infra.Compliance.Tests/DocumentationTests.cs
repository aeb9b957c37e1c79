using Infra.Compliance.Engine;
using Infra.Core.Diagnostics;
using Infra.Testing;

namespace Infra.Compliance.Tests;

/// <summary>docs/compliance.md maps every rule of the pack, with its severity and controls, and nothing else.</summary>
public class DocumentationTests
{
    private static readonly string[] Rows = [.. File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "docs", "compliance.md"))
        .Where(line => line.StartsWith("| MLC-", StringComparison.Ordinal))];

    public static TheoryData<string> Rules => [.. CompliancePack.Default.Rules.Select(rule => rule.Id)];

    [Theory]
    [MemberData(nameof(Rules))]
    public void The_mapping_table_has_one_row_per_rule_with_its_severity_and_every_control(string id)
    {
        var rule = CompliancePack.Default.Find(id)!;

        var row = Assert.Single(Rows, line => line.StartsWith($"| {id} |", StringComparison.Ordinal));
        var cells = row.Split('|', StringSplitOptions.TrimEntries);
        Assert.Equal(rule.Severity == Severity.Error ? "error" : "warning", cells[2]);
        Assert.All(rule.Controls, control => Assert.Contains(control.Id, cells[4], StringComparison.Ordinal));
        Assert.False(string.IsNullOrWhiteSpace(cells[5]), $"{id} has no data-governance reason in the table");
    }

    [Fact]
    public void The_mapping_table_documents_no_rule_the_pack_does_not_have()
    {
        Assert.Equal(CompliancePack.Default.Rules.Select(rule => rule.Id), Rows.Select(row => row.Split('|', StringSplitOptions.TrimEntries)[1]));
    }
}
