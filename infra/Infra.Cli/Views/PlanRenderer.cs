using Spectre.Console;

namespace Infra.Cli.Views;

/// <summary>Draws a <see cref="PlanModel"/> on a terminal: the tree, the counts, the warnings.</summary>
public static class PlanRenderer
{
    public static void Render(PlanModel plan, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(console);
        var root = new Tree($"[bold]{Markup.Escape(plan.Stack)}[/] [grey]{Markup.Escape(plan.Summary)}[/]");
        var providers = root.AddNode("[blue]providers[/]");
        foreach (var provider in plan.Providers)
        {
            providers.AddNode($"{Markup.Escape(provider.Name)} [grey]{Markup.Escape(provider.Kind)}[/]");
        }

        foreach (var node in plan.Tree)
        {
            Add(root, node);
        }

        console.Write(root);
        console.WriteLine();

        var counts = new Table().Title($"{plan.ResourceCount} resources by type").AddColumn("type").AddColumn(new TableColumn("count").RightAligned());
        foreach (var (type, count) in plan.CountsByType)
        {
            counts.AddRow(Markup.Escape(type), count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        console.Write(counts);
        if (plan.Warnings.Count == 0)
        {
            console.MarkupLine("[green]no warnings[/]");
            return;
        }

        console.MarkupLine($"[yellow]{plan.Warnings.Count} warning(s)[/]");
        foreach (var warning in plan.Warnings)
        {
            console.MarkupLine($"  [yellow]{Markup.Escape(warning.ToString())}[/]");
        }
    }

    private static void Add(IHasTreeNodes parent, PlanNode node)
    {
        var label = node.Children.Count == 0
            ? $"{Markup.Escape(node.Name)} [grey]{Markup.Escape(node.Kind)}[/]"
            : $"[bold]{Markup.Escape(node.Name)}[/] [blue]{Markup.Escape(node.Kind)}[/]";
        var child = parent.AddNode(label);
        foreach (var grandchild in node.Children)
        {
            Add(child, grandchild);
        }
    }
}
