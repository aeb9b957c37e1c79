using System.Text;
using Infra.Stacks.Review;

namespace Infra.Cli.Review;

/// <summary>Renders a <see cref="DiffReport"/> for a terminal: one block per stack, destructive changes last and loud.</summary>
public static class TextDiffRenderer
{
    public static string Render(DiffReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        text.Append("infra diff: ").Append(report.Base).Append(" -> ").Append(report.Head).Append("\n\n");
        foreach (var stack in report.Stacks)
        {
            text.Append(stack.Stack).Append(": ").Append(stack.HasChanges ? DiffReport.Summary(stack) : "no changes").Append('\n');
            foreach (var note in stack.Notes)
            {
                text.Append("  note: ").Append(note).Append('\n');
            }

            foreach (var change in stack.Changes)
            {
                text.Append("  ").Append(DiffReport.Symbol(change.Kind).PadRight(3)).Append(change.Name).Append("  ").Append(change.Type);
                if (change.Reason is not null)
                {
                    text.Append("  (").Append(change.Reason).Append(')');
                }

                if (change.IsDestructive)
                {
                    text.Append("  !! STATEFUL");
                }

                text.Append('\n');
                foreach (var property in change.Properties)
                {
                    text.Append("      ").Append(property.Path).Append(": ").Append(OneLine(property.Before) ?? "(none)")
                        .Append(" -> ").Append(OneLine(property.After) ?? "(none)").Append('\n');
                }
            }

            if (stack.Compliance is { IsEmpty: false } delta)
            {
                text.Append("  compliance: ").Append(DiffReport.ComplianceSummary(delta)).Append('\n');
                foreach (var finding in delta.New)
                {
                    text.Append("    new ").Append(DiffReport.Status(finding).PadRight(11)).Append(finding.Rule.Id).Append(' ').Append(finding.Resource)
                        .Append(": ").Append(finding.Message).Append('\n');
                    if (finding.Suppression is { } suppression)
                    {
                        text.Append("        reason: ").Append(suppression.Reason).Append('\n');
                    }
                }

                foreach (var finding in delta.Resolved)
                {
                    text.Append("    resolved   ").Append(finding.Rule.Id).Append(' ').Append(finding.Resource).Append('\n');
                }
            }

            text.Append('\n');
        }

        var failures = report.NewFailures.ToList();
        if (failures.Count > 0)
        {
            text.Append("!! ").Append(failures.Count).Append(" new compliance error(s); the synthesis fails until each is fixed or suppressed with a reason:\n");
            foreach (var (stack, finding) in failures)
            {
                text.Append("!!   ").Append(stack).Append(": ").Append(finding.Rule.Id).Append(' ').Append(finding.Resource).Append('\n');
            }
        }

        var destructive = report.Destructive.ToList();
        if (destructive.Count > 0)
        {
            text.Append("!! ").Append(destructive.Count).Append(" stateful resource(s) would be REPLACED or DELETED (data or a running cluster would be lost):\n");
            foreach (var (stack, change) in destructive)
            {
                text.Append("!!   ").Append(stack).Append(": ").Append(change.Name).Append(" (").Append(change.Type).Append(") ")
                    .Append(change.Kind == ChangeKind.Delete ? "deleted" : "replaced").Append('\n');
            }
        }

        return text.ToString();
    }

    private static string? OneLine(string? value) => value?.Replace("\n", "\\n", StringComparison.Ordinal);
}
