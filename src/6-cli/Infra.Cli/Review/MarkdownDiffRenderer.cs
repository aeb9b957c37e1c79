using System.Text;
using Infra.Stacks.Review;

namespace Infra.Cli.Review;

/// <summary>Renders a <see cref="DiffReport"/> as Markdown for a pull-request comment.</summary>
public static class MarkdownDiffRenderer
{
    public static string Render(DiffReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new StringBuilder();
        md.Append("## infra diff: `").Append(report.Base).Append("` → `").Append(report.Head).Append("`\n\n");
        var destructive = report.Destructive.ToList();
        if (destructive.Count > 0)
        {
            md.Append("> [!CAUTION]\n> **").Append(destructive.Count)
                .Append(" stateful resource(s) would be replaced or deleted.** Data or a running cluster would be lost:\n");
            foreach (var (stack, change) in destructive)
            {
                md.Append(">\n> - `").Append(stack).Append("`: `").Append(change.Name).Append("` (`").Append(change.Type).Append("`) ")
                    .Append(change.Kind == ChangeKind.Delete ? "**deleted**" : "**replaced**")
                    .Append(change.Reason is null ? "" : " — " + change.Reason).Append('\n');
            }

            md.Append('\n');
        }

        var failures = report.NewFailures.ToList();
        if (failures.Count > 0)
        {
            md.Append("> [!WARNING]\n> **").Append(failures.Count)
                .Append(" new compliance error(s).** The synthesis fails until each is fixed or suppressed with a reason in `ml-platform:suppressions`:\n");
            foreach (var (stack, finding) in failures)
            {
                md.Append(">\n> - `").Append(stack).Append("`: **").Append(finding.Rule.Id).Append("** on `").Append(finding.Resource).Append("` — ")
                    .Append(Cell(finding.Message)).Append('\n');
            }

            md.Append('\n');
        }

        md.Append("| stack | add | update | replace | delete | renamed (alias) | compliance (new / resolved) |\n|---|---:|---:|---:|---:|---:|---:|\n");
        foreach (var stack in report.Stacks)
        {
            md.Append("| `").Append(stack.Stack).Append("` | ").Append(stack.Count(ChangeKind.Add)).Append(" | ").Append(stack.Count(ChangeKind.Update))
                .Append(" | ").Append(stack.Count(ChangeKind.Replace)).Append(" | ").Append(stack.Count(ChangeKind.Delete))
                .Append(" | ").Append(stack.Count(ChangeKind.RenameWithAlias))
                .Append(" | ").Append(stack.Compliance is { } delta ? $"{delta.New.Count} / {delta.Resolved.Count}" : "?").Append(" |\n");
        }

        foreach (var stack in report.Stacks.Where(stack => stack.HasChanges || stack.Notes.Count > 0 || stack.Compliance is { IsEmpty: false }))
        {
            md.Append("\n### ").Append(stack.Stack).Append("\n\n");
            foreach (var note in stack.Notes)
            {
                md.Append("- note: ").Append(note).Append('\n');
            }

            md.Append("<details><summary>").Append(DiffReport.Summary(stack)).Append("</summary>\n\n");
            md.Append("| | resource | type | why |\n|---|---|---|---|\n");
            foreach (var change in stack.Changes)
            {
                md.Append("| ").Append(DiffReport.Symbol(change.Kind)).Append(change.IsDestructive ? " ⚠️" : "").Append(" | `").Append(change.Name)
                    .Append("` | `").Append(change.Type).Append("` | ").Append(Cell(change.Reason ?? "")).Append(" |\n");
            }

            var properties = stack.Changes.Where(change => change.Properties.Count > 0).ToList();
            if (properties.Count > 0)
            {
                md.Append("\n```diff\n");
                foreach (var change in properties)
                {
                    md.Append("@@ ").Append(change.Name).Append(" @@\n");
                    foreach (var property in change.Properties)
                    {
                        if (property.Before is not null)
                        {
                            md.Append("- ").Append(property.Path).Append(": ").Append(OneLine(property.Before)).Append('\n');
                        }

                        if (property.After is not null)
                        {
                            md.Append("+ ").Append(property.Path).Append(": ").Append(OneLine(property.After)).Append('\n');
                        }
                    }
                }

                md.Append("```\n");
            }

            md.Append("\n</details>\n");
            if (stack.Compliance is { IsEmpty: false } compliance)
            {
                md.Append("\n**Compliance:** ").Append(DiffReport.ComplianceSummary(compliance)).Append("\n\n| | rule | resource | result | finding |\n|---|---|---|---|---|\n");
                foreach (var finding in compliance.New)
                {
                    md.Append("| new | ").Append(finding.Rule.Id).Append(" | `").Append(finding.Resource).Append("` | ").Append(DiffReport.Status(finding))
                        .Append(" | ").Append(Cell(finding.Message + (finding.Suppression is { } suppression ? $" (reason: {suppression.Reason})" : ""))).Append(" |\n");
                }

                foreach (var finding in compliance.Resolved)
                {
                    md.Append("| resolved | ").Append(finding.Rule.Id).Append(" | `").Append(finding.Resource).Append("` | | |\n");
                }
            }
        }

        return md.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string? OneLine(string? value) => value?.Replace("\n", "\\n", StringComparison.Ordinal);
}
