using Infra.Components.Compute;
using Infra.Stacks.Review;
using Spectre.Console;

namespace Infra.Cli.Review;

/// <summary>
/// Renders a <see cref="DiffReport"/> for a terminal: one block per stack, destructive changes last
/// and loud. Colours come from the console: none when it has none (a file, a pipe, NO_COLOR).
/// Lines are never wrapped (a terminal wraps them itself; a long value stays one line to copy).
/// </summary>
public static class TextDiffRenderer
{
    private static readonly Style Plain = Style.Plain;
    private static readonly Style Grey = new(Color.Grey);
    private static readonly Style Bold = new(decoration: Decoration.Bold);
    private static readonly Style Added = new(Color.Green);
    private static readonly Style Removed = new(Color.Red);
    private static readonly Style Updated = new(Color.Yellow);
    private static readonly Style Loud = new(Color.Red, decoration: Decoration.Bold);
    private static readonly Style Renamed = new(Color.Blue);

    /// <summary>The report as plain text.</summary>
    public static string Render(DiffReport report)
    {
        var text = new StringWriter { NewLine = "\n" };
        Render(report, ReportConsole.Create(text, colour: false));
        return text.ToString();
    }

    public static void Render(DiffReport report, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(console);
        var writer = new LineWriter(console);
        writer.Line(("infra diff: ", Bold), (report.Base, Bold), (" -> ", Plain), (report.Head, Bold));
        writer.Line();
        foreach (var stack in report.Stacks)
        {
            Stack(writer, stack);
            writer.Line();
        }

        var failures = report.NewFailures().ToList();
        if (failures.Count > 0)
        {
            writer.Line(($"!! {failures.Count} new compliance error(s); the synthesis fails until each is fixed or suppressed with a reason:", Loud));
            foreach (var (stack, finding) in failures)
            {
                writer.Line(($"!!   {stack}: {finding.Rule} {finding.Resource}", Removed));
            }
        }

        var destructive = report.Destructive().ToList();
        if (destructive.Count > 0)
        {
            writer.Line(($"!! {destructive.Count} stateful resource(s) would be REPLACED or DELETED (data or a running cluster would be lost):", Loud));
            foreach (var (stack, change) in destructive)
            {
                writer.Line(($"!!   {stack}: {change.Name} ({change.Type}) {(change.Kind == ChangeKind.Delete ? "deleted" : "replaced")}", Removed));
            }
        }
    }

    private static void Stack(LineWriter writer, StackReport stack)
    {
        writer.Line((stack.Stack, Bold), (": ", Plain), (ReportText.Summary(stack), stack.Errors.Count > 0 ? Loud : stack.Changed ? Plain : Grey));
        foreach (var note in stack.Notes)
        {
            writer.Line(("  note: " + note, Grey));
        }

        foreach (var error in stack.Errors)
        {
            writer.Line(("  error " + error, Removed));
        }

        foreach (var change in stack.Resources)
        {
            writer.Line(
                ("  ", Plain),
                (ReportText.Symbol(change.Kind).PadRight(3), StyleOf(change.Kind)),
                (change.Name, Plain),
                ("  " + change.Type, Grey),
                (change.Reason is null ? "" : $"  ({change.Reason})", Plain),
                (change.IsDestructive ? "  !! STATEFUL" : "", Loud));
            foreach (var property in change.Properties)
            {
                writer.Line(($"      {property.Path}: {ReportText.OneLine(property.Before) ?? "(none)"} -> {ReportText.OneLine(property.After) ?? "(none)"}", Grey));
            }
        }

        Paths(writer, "program (outputs, variables, declared config):", stack.Program);
        Paths(writer, $"stack file {Infra.Stacks.Config.StackFile.FileName(stack.Stack)}:", stack.StackFile ?? []);
        if (stack.Cost is { } cost)
        {
            Cost(writer, cost);
        }

        if (stack.Compliance is { IsEmpty: false } delta)
        {
            writer.Line(("  compliance: " + ReportText.ComplianceSummary(delta), Plain));
            foreach (var finding in delta.New)
            {
                writer.Line(
                    ("    new ", Plain),
                    (finding.Status.PadRight(11), finding.Status == FindingEntry.Failed ? Removed : finding.Status == FindingEntry.Warning ? Updated : Grey),
                    ($"{finding.Rule} {finding.Resource}: {finding.Message}", Plain));
                if (finding.Reason is { } reason)
                {
                    writer.Line(("        reason: " + reason, Grey));
                }
            }

            foreach (var finding in delta.Resolved)
            {
                writer.Line(("    resolved   ", Added), ($"{finding.Rule} {finding.Resource}", Plain));
            }
        }

        if (stack.Warnings.Count > 0)
        {
            var fresh = stack.Warnings.Count(warning => warning.IsNew == true);
            writer.Line(($"  warnings: {stack.Warnings.Count}{(stack.Warnings.Any(warning => warning.IsNew is not null) ? $" ({fresh} new)" : "")}", Updated));
            foreach (var warning in stack.Warnings)
            {
                writer.Line((warning.IsNew == true ? "    new " : "        ", Bold), ("warning " + warning, Updated));
            }
        }
    }

    private static void Paths(LineWriter writer, string title, IReadOnlyList<PropertyChange> changes)
    {
        if (changes.Count == 0)
        {
            return;
        }

        writer.Line(("  " + title, Plain));
        foreach (var change in changes)
        {
            var symbol = ReportText.Symbol(change);
            writer.Line(
                ("    ", Plain),
                (symbol.PadRight(3), symbol == "+" ? Added : symbol == "-" ? Removed : Updated),
                ($"{change.Path}: {ReportText.OneLine(change.Before) ?? "(none)"} -> {ReportText.OneLine(change.After) ?? "(none)"}", Plain));
        }
    }

    private static void Cost(LineWriter writer, GpuCostChange cost)
    {
        foreach (var total in cost.Totals)
        {
            var rising = total.DeltaAtMax > 0 || total.DeltaAtMin > 0;
            writer.Line(
                ($"  GPU cost per month (on-demand list price x {GpuCostEstimate.HoursPerMonth} h): ", Plain),
                (ReportText.Cost(total, cost.BaseKnown), rising ? Updated : Added));
        }

        foreach (var pool in cost.Pools)
        {
            writer.Line(($"    pool {pool.Pool}: {ReportText.Pool(pool.Base)} -> {ReportText.Pool(pool.Head)}", Grey));
        }
    }

    private static Style StyleOf(ChangeKind kind) => kind switch
    {
        ChangeKind.Add => Added,
        ChangeKind.Delete => Removed,
        ChangeKind.Replace => Loud,
        ChangeKind.RenameWithAlias => Renamed,
        _ => Updated,
    };

    /// <summary>Writes lines of styled parts; an empty part writes nothing.</summary>
    private sealed class LineWriter(IAnsiConsole console)
    {
        public void Line(params (string Text, Style Style)[] parts)
        {
            foreach (var (text, style) in parts)
            {
                if (text.Length > 0)
                {
                    console.Write(new Text(text, style));
                }
            }

            console.WriteLine();
        }
    }
}
