using Infra.Stacks.Review;

namespace Infra.Cli.Review;

/// <summary>Everything <c>infra diff</c> found, over all stacks.</summary>
public sealed record DiffReport(string Base, string Head, IReadOnlyList<StackDiff> Stacks)
{
    public IEnumerable<(string Stack, ResourceChange Change)> Destructive =>
        Stacks.SelectMany(stack => stack.Destructive.Select(change => (stack.Stack, change)));

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
