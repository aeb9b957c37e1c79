using Infra.Compliance.Engine;
using Infra.Stacks.Review;

namespace Infra.Cli.Review;

/// <summary>Everything <c>infra diff</c> found, over all stacks.</summary>
public sealed record DiffReport(string Base, string Head, IReadOnlyList<StackDiff> Stacks)
{
    public IEnumerable<(string Stack, ResourceChange Change)> Destructive =>
        Stacks.SelectMany(stack => stack.Destructive.Select(change => (stack.Stack, change)));

    /// <summary>New findings no suppression covers: errors that fail the head's synthesis.</summary>
    public IEnumerable<(string Stack, Finding Finding)> NewFailures =>
        Stacks.SelectMany(stack => (stack.Compliance?.New ?? []).Where(finding => finding.Status == FindingStatus.Failed).Select(finding => (stack.Stack, finding)));

    public static string ComplianceSummary(ComplianceDelta delta) =>
        $"{delta.New.Count} new finding{(delta.New.Count == 1 ? "" : "s")}, {delta.Resolved.Count} resolved";

    public static string Status(Finding finding) => finding.Status switch
    {
        FindingStatus.Failed => "failed",
        FindingStatus.Warned => "warning",
        _ => "suppressed",
    };

    public static string Summary(StackDiff stack) =>
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
}
