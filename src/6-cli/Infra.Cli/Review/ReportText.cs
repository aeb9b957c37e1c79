using System.Globalization;
using Infra.Stacks.Review;

namespace Infra.Cli.Review;

/// <summary>The words and figures the text and Markdown reports share.</summary>
internal static class ReportText
{
    public static string ComplianceSummary(ComplianceChanges delta) =>
        $"{delta.New.Count} new finding{(delta.New.Count == 1 ? "" : "s")}, {delta.Resolved.Count} resolved";

    /// <summary>What changes in a stack, in one line.</summary>
    public static string Summary(StackReport stack)
    {
        if (stack.Errors.Count > 0)
        {
            return $"does not synthesize ({stack.Errors.Count} error{(stack.Errors.Count == 1 ? "" : "s")})";
        }

        if (!stack.Changed)
        {
            return "no changes";
        }

        var parts = new List<string>();
        if (stack.Resources.Count > 0)
        {
            parts.Add(ResourceSummary(stack));
        }

        if (stack.Program.Count > 0)
        {
            parts.Add($"{stack.Program.Count} change{(stack.Program.Count == 1 ? "" : "s")} to outputs, variables or declared config");
        }

        if (stack.StackFile is { Count: > 0 } file)
        {
            parts.Add($"{file.Count} change{(file.Count == 1 ? "" : "s")} to the stack file");
        }

        return parts.Count == 0 ? "changed" : string.Join("; ", parts);
    }

    public static string ResourceSummary(StackReport stack) =>
        $"{stack.Count(ChangeKind.Add)} to add, {stack.Count(ChangeKind.Update)} to update, {stack.Count(ChangeKind.Replace)} to replace, " +
        $"{stack.Count(ChangeKind.Delete)} to delete, {stack.Count(ChangeKind.RenameWithAlias)} renamed with alias";

    public static string Symbol(ChangeKind kind) => kind switch
    {
        ChangeKind.Add => "+",
        ChangeKind.Delete => "-",
        ChangeKind.Update => "~",
        ChangeKind.Replace => "+-",
        ChangeKind.RenameWithAlias => "=>",
        _ => "?",
    };

    /// <summary>The sign of a path's change: added, removed or changed.</summary>
    public static string Symbol(PropertyChange change) => change.Before is null ? "+" : change.After is null ? "-" : "~";

    public static string? OneLine(string? value) => value?.Replace("\n", "\\n", StringComparison.Ordinal);

    public static string Range(decimal? atMin, decimal? atMax, string currency) =>
        atMin is null && atMax is null ? "?" : $"{Number(atMin)}–{Number(atMax)} {currency}";

    public static string Delta(decimal? delta) => delta switch
    {
        null => "?",
        > 0 => "+" + Number(delta),
        < 0 => "-" + Number(-delta),
        _ => "±0",
    };

    /// <summary>A pool at one side: <c>1–4 × p4d.24xlarge (on-demand)</c>, or <c>none</c>.</summary>
    public static string Pool(PoolCostSide? side) =>
        side is null ? "none" : $"{side.MinNodes}–{side.MaxNodes} × {side.InstanceType ?? side.GpuModel} ({side.Capacity}{(side.HourlyPerNode is null ? ", no catalog price here" : "")})";

    public static string Cost(CostTotalChange total, bool baseKnown) => baseKnown
        ? $"{Range(total.BaseAtMin, total.BaseAtMax, total.Currency)} -> {Range(total.HeadAtMin, total.HeadAtMax, total.Currency)} (min {Delta(total.DeltaAtMin)}, max {Delta(total.DeltaAtMax)})"
        : $"{Range(total.HeadAtMin, total.HeadAtMax, total.Currency)} (the base's is unknown)";

    private static string Number(decimal? value) => value?.ToString("N0", CultureInfo.InvariantCulture) ?? "?";
}
