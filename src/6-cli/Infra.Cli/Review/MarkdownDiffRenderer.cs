using System.Text;
using Infra.Components.Compute;
using Infra.Stacks.Review;

namespace Infra.Cli.Review;

/// <summary>
/// Renders a <see cref="DiffReport"/> as Markdown for a pull-request comment or a job summary: the
/// alerts and the table of every stack first, then one section per stack that changes or has
/// something to say. Fitted to <c>maxLength</c> characters by <see cref="MarkdownBudget"/>, which
/// shortens the longest stack sections first.
/// </summary>
public static class MarkdownDiffRenderer
{
    /// <summary>
    /// The default cap: GitHub refuses a comment body over 65,536 characters; the rest is left for
    /// what a workflow puts around the report (a marker of the sticky comment).
    /// </summary>
    public const int DefaultMaxLength = 65_000;

    public static string Render(DiffReport report, int maxLength = DefaultMaxLength)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sections = report.Stacks.Where(Shown).Select(Section).ToList();
        return MarkdownBudget.Fit(Head(report), sections, maxLength);
    }

    private static bool Shown(StackReport stack) =>
        stack.Changed || stack.Notes.Count > 0 || stack.Compliance is { IsEmpty: false } || stack.Warnings.Count > 0 || stack.Errors.Count > 0;

    private static string Head(DiffReport report)
    {
        var md = new StringBuilder();
        md.Append("## infra diff: `").Append(report.Base).Append("` → `").Append(report.Head).Append("`\n\n");
        var destructive = report.Destructive().ToList();
        if (destructive.Count > 0)
        {
            md.Append("> [!CAUTION]\n> **").Append(destructive.Count)
                .Append(" stateful resource(s) would be replaced or deleted.** Data or a running cluster would be lost:\n");
            foreach (var (stack, change) in destructive)
            {
                md.Append(">\n> - `").Append(stack).Append("`: `").Append(change.Name).Append("` (`").Append(change.Type).Append("`) ")
                    .Append(change.Kind == ChangeKind.Delete ? "**deleted**" : "**replaced**")
                    .Append(change.Reason is null ? "" : " — " + Cell(change.Reason)).Append('\n');
            }

            md.Append('\n');
        }

        var failing = report.Stacks.Where(stack => stack.Errors.Count > 0).ToList();
        if (failing.Count > 0)
        {
            md.Append("> [!WARNING]\n> **").Append(failing.Count)
                .Append(" stack(s) do not synthesize.** Pulumi cannot preview or deploy them until each error is fixed (a compliance finding can be suppressed with a reason in `ml-platform:suppressions`):\n");
            foreach (var stack in failing)
            {
                foreach (var error in stack.Errors)
                {
                    md.Append(">\n> - `").Append(stack.Stack).Append("`: **").Append(error.Code).Append("** on `").Append(error.Subject).Append("` — ")
                        .Append(Cell(error.Message)).Append('\n');
                }
            }

            md.Append('\n');
        }

        md.Append("| stack | add | update | replace | delete | renamed (alias) | outputs, variables, config | stack file | compliance (new / resolved) | warnings (new) |\n")
            .Append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (var stack in report.Stacks)
        {
            md.Append("| `").Append(stack.Stack).Append("` | ").Append(stack.Count(ChangeKind.Add)).Append(" | ").Append(stack.Count(ChangeKind.Update))
                .Append(" | ").Append(stack.Count(ChangeKind.Replace)).Append(" | ").Append(stack.Count(ChangeKind.Delete))
                .Append(" | ").Append(stack.Count(ChangeKind.RenameWithAlias))
                .Append(" | ").Append(stack.Program.Count)
                .Append(" | ").Append(stack.StackFile is { } file ? file.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) : "?")
                .Append(" | ").Append(stack.Compliance is { } delta ? $"{delta.New.Count} / {delta.Resolved.Count}" : "?")
                .Append(" | ").Append(Warnings(stack)).Append(" |\n");
        }

        return md.ToString();
    }

    private static string Warnings(StackReport stack) =>
        stack.Warnings.Any(warning => warning.IsNew is not null)
            ? $"{stack.Warnings.Count} ({stack.Warnings.Count(warning => warning.IsNew == true)})"
            : stack.Warnings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Section(StackReport stack)
    {
        var md = new StringBuilder();
        md.Append("\n### ").Append(stack.Stack).Append("\n\n");
        md.Append(ReportText.Summary(stack)).Append("\n\n");
        foreach (var note in stack.Notes)
        {
            md.Append("- note: ").Append(Cell(note)).Append('\n');
        }

        foreach (var error in stack.Errors)
        {
            md.Append("- **error** ").Append(error.Code).Append(" `").Append(error.Subject).Append("`: ").Append(Cell(error.Message)).Append('\n');
        }

        if (stack.Resources.Count > 0)
        {
            Resources(md, stack);
        }

        Paths(md, "Outputs, variables and declared config", stack.Program);
        Paths(md, $"Stack file `{Infra.Stacks.Config.StackFile.FileName(stack.Stack)}`", stack.StackFile ?? []);
        if (stack.Cost is { } cost)
        {
            Cost(md, cost);
        }

        if (stack.Compliance is { IsEmpty: false } compliance)
        {
            md.Append("\n**Compliance:** ").Append(ReportText.ComplianceSummary(compliance)).Append("\n\n| | rule | resource | result | finding |\n|---|---|---|---|---|\n");
            foreach (var finding in compliance.New)
            {
                md.Append("| new | ").Append(finding.Rule).Append(" | `").Append(finding.Resource).Append("` | ").Append(finding.Status)
                    .Append(" | ").Append(Cell(finding.Message + (finding.Reason is { } reason ? $" (reason: {reason})" : ""))).Append(" |\n");
            }

            foreach (var finding in compliance.Resolved)
            {
                md.Append("| resolved | ").Append(finding.Rule).Append(" | `").Append(finding.Resource).Append("` | | |\n");
            }
        }

        if (stack.Warnings.Count > 0)
        {
            var fresh = stack.Warnings.Count(warning => warning.IsNew == true);
            var known = stack.Warnings.Any(warning => warning.IsNew is not null);
            md.Append('\n').Append(fresh > 0 ? "<details open>" : "<details>").Append("<summary>Synthesis warnings: ").Append(stack.Warnings.Count)
                .Append(known ? $", {fresh} new" : "").Append(" (Pulumi's YAML host does not show them)</summary>\n\n");
            foreach (var warning in stack.Warnings)
            {
                md.Append("- ").Append(warning.IsNew == true ? "**new** " : "").Append(warning.Code).Append(" `").Append(warning.Subject).Append("`: ")
                    .Append(Cell(warning.Message)).Append('\n');
            }

            md.Append("\n</details>\n");
        }

        return md.ToString();
    }

    private static void Resources(StringBuilder md, StackReport stack)
    {
        md.Append("\n<details><summary>").Append(ReportText.ResourceSummary(stack)).Append("</summary>\n\n");
        md.Append("| | resource | type | why |\n|---|---|---|---|\n");
        foreach (var change in stack.Resources)
        {
            md.Append("| ").Append(ReportText.Symbol(change.Kind)).Append(change.IsDestructive ? " ⚠️" : "").Append(" | `").Append(change.Name)
                .Append("` | `").Append(change.Type).Append("` | ").Append(Cell(change.Reason ?? "")).Append(" |\n");
        }

        var properties = stack.Resources.Where(change => change.Properties.Count > 0).ToList();
        if (properties.Count > 0)
        {
            md.Append("\n```diff\n");
            foreach (var change in properties)
            {
                md.Append("@@ ").Append(change.Name).Append(" @@\n");
                foreach (var property in change.Properties)
                {
                    Lines(md, property);
                }
            }

            md.Append("```\n");
        }

        md.Append("\n</details>\n");
    }

    private static void Paths(StringBuilder md, string title, IReadOnlyList<PropertyChange> changes)
    {
        if (changes.Count == 0)
        {
            return;
        }

        md.Append("\n**").Append(title).Append(":**\n\n```diff\n");
        foreach (var change in changes)
        {
            Lines(md, change);
        }

        md.Append("```\n");
    }

    private static void Lines(StringBuilder md, PropertyChange change)
    {
        if (change.Before is not null)
        {
            md.Append("- ").Append(change.Path).Append(": ").Append(ReportText.OneLine(change.Before)).Append('\n');
        }

        if (change.After is not null)
        {
            md.Append("+ ").Append(change.Path).Append(": ").Append(ReportText.OneLine(change.After)).Append('\n');
        }
    }

    private static void Cost(StringBuilder md, GpuCostChange cost)
    {
        md.Append("\n**GPU cost per month** (on-demand list price × ").Append(GpuCostEstimate.HoursPerMonth).Append(" h × nodes; spot pools at that price too, an upper bound):\n\n")
            .Append("| currency | base (min–max) | head (min–max) | change at min | change at max |\n|---|---:|---:|---:|---:|\n");
        foreach (var total in cost.Totals)
        {
            md.Append("| ").Append(total.Currency)
                .Append(" | ").Append(cost.BaseKnown ? ReportText.Range(total.BaseAtMin, total.BaseAtMax, total.Currency) : "unknown")
                .Append(" | ").Append(ReportText.Range(total.HeadAtMin, total.HeadAtMax, total.Currency))
                .Append(" | ").Append(ReportText.Delta(total.DeltaAtMin)).Append(" | ").Append(ReportText.Delta(total.DeltaAtMax)).Append(" |\n");
        }

        md.Append('\n');
        foreach (var pool in cost.Pools)
        {
            md.Append("- pool `").Append(pool.Pool).Append("`: ").Append(ReportText.Pool(pool.Base)).Append(" → ").Append(ReportText.Pool(pool.Head)).Append('\n');
        }
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
