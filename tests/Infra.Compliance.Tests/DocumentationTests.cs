using Infra.Compliance.Packs;
using Infra.Core.Diagnostics;
using Infra.Testing;

namespace Infra.Compliance.Tests;

/// <summary>
/// docs/compliance.md maps every compliance rule of the pack, with its severity and controls, and
/// docs/deployability.md every deployability rule, with its severity and the source of its fact;
/// neither documents a rule the pack does not have.
/// </summary>
public class DocumentationTests
{
    private static readonly string[] Rows = Table("compliance.md", "| MLC-");

    private static readonly string[] DeployabilityRows = Table("deployability.md", "| MLD-");

    public static TheoryData<string> Rules => [.. DefaultPack.Instance.Rules.Where(rule => rule.Family == RuleFamily.Compliance).Select(rule => rule.Id)];

    public static TheoryData<string> DeployabilityRules => [.. DefaultPack.Instance.Rules.Where(rule => rule.Family == RuleFamily.Deployability).Select(rule => rule.Id)];

    private static string[] Table(string file, string prefix) => [.. File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "docs", file))
        .Where(line => line.StartsWith(prefix, StringComparison.Ordinal))];

    [Theory]
    [MemberData(nameof(Rules))]
    public void The_mapping_table_has_one_row_per_rule_with_its_severity_and_every_control(string id)
    {
        var rule = DefaultPack.Instance.Find(id)!;

        var row = Assert.Single(Rows, line => line.StartsWith($"| {id} |", StringComparison.Ordinal));
        var cells = row.Split('|', StringSplitOptions.TrimEntries);
        Assert.Equal(rule.Severity == Severity.Error ? "error" : "warning", cells[2]);
        Assert.All(rule.Controls, control => Assert.Contains(control.Id, cells[4], StringComparison.Ordinal));
        Assert.False(string.IsNullOrWhiteSpace(cells[5]), $"{id} has no data-governance reason in the table");
    }

    [Theory]
    [MemberData(nameof(DeployabilityRules))]
    public void The_deployability_table_has_one_row_per_rule_with_its_severity_and_the_source_of_its_fact(string id)
    {
        var rule = DefaultPack.Instance.Find(id)!;

        var row = Assert.Single(DeployabilityRows, line => line.StartsWith($"| {id} |", StringComparison.Ordinal));
        var cells = row.Split('|', StringSplitOptions.TrimEntries);
        Assert.Equal(rule.Severity == Severity.Error ? "error" : "warning", cells[2]);
        Assert.False(string.IsNullOrWhiteSpace(cells[3]), $"{id} does not say what must hold");
        Assert.False(string.IsNullOrWhiteSpace(cells[4]), $"{id} names no source for its fact");
    }

    [Fact]
    public void The_tables_document_no_rule_the_pack_does_not_have()
    {
        Assert.Equal(DefaultPack.Instance.Rules.Where(rule => rule.Family == RuleFamily.Compliance).Select(rule => rule.Id),
            Rows.Select(row => row.Split('|', StringSplitOptions.TrimEntries)[1]));
        Assert.Equal(DefaultPack.Instance.Rules.Where(rule => rule.Family == RuleFamily.Deployability).Select(rule => rule.Id),
            DeployabilityRows.Select(row => row.Split('|', StringSplitOptions.TrimEntries)[1]));
    }
}
