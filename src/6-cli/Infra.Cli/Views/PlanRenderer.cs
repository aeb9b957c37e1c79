using Infra.Components.Compute;
using Spectre.Console;

namespace Infra.Cli.Views;

/// <summary>Draws a <see cref="PlanModel"/> on a terminal: the tree, the counts, the compliance results, the warnings.</summary>
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
        RenderCost(plan.Cost, console);
        RenderCompliance(plan.Compliance, console);
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

    private static void RenderCompliance(IReadOnlyList<RuleLine> rules, IAnsiConsole console)
    {
        var tally = string.Join(", ", rules.GroupBy(rule => rule.Result).OrderBy(group => Order(group.Key)).Select(group => $"{group.Count()} {group.Key}"));
        var table = new Table().Title($"compliance: {rules.Count} rules ({tally})")
            .AddColumn("rule").AddColumn("severity").AddColumn("result").AddColumn(new TableColumn("checked").RightAligned()).AddColumn("what must hold");
        foreach (var rule in rules)
        {
            table.AddRow(
                Markup.Escape(rule.Id),
                Markup.Escape(rule.Severity),
                $"[{Colour(rule.Result)}]{Markup.Escape(rule.Result)}[/]",
                rule.Checked.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Markup.Escape(rule.Title));
        }

        console.Write(table);
        foreach (var rule in rules)
        {
            foreach (var finding in rule.Findings)
            {
                console.MarkupLine($"  [{Colour(finding.Status)}]{Markup.Escape(finding.Status)}[/] {Markup.Escape(rule.Id)} {Markup.Escape(finding.Resource)}: {Markup.Escape(finding.Message)}");
                if (finding.Reason is { } reason)
                {
                    console.MarkupLine($"    [grey]reason:[/] {Markup.Escape(reason)}");
                }
            }
        }
    }

    private static void RenderCost(CostEstimate cost, IAnsiConsole console)
    {
        if (cost.Pools.IsEmpty)
        {
            console.MarkupLine("[grey]no GPU pools: no GPU cost[/]");
            return;
        }

        var table = new Table().Title($"GPU cost per month (on-demand list price × {GpuCostEstimate.HoursPerMonth} h)")
            .AddColumn("pool").AddColumn("GPU").AddColumn("instance type").AddColumn(new TableColumn("nodes").RightAligned())
            .AddColumn(new TableColumn("per node-hour").RightAligned()).AddColumn(new TableColumn("at min").RightAligned())
            .AddColumn(new TableColumn("at max").RightAligned()).AddColumn("price of");
        foreach (var pool in cost.Pools)
        {
            table.AddRow(
                Markup.Escape(pool.Pool),
                Markup.Escape(pool.GpuModel),
                Markup.Escape(pool.InstanceType ?? "-"),
                $"{pool.MinNodes}–{pool.MaxNodes}",
                Money(pool.HourlyPerNode, pool.Currency, "F3"),
                Money(pool.MonthlyAtMin, pool.Currency, "N0"),
                Money(pool.MonthlyAtMax, pool.Currency, "N0"),
                pool.HourlyPerNode is null ? "[yellow]no price in the catalog for this region[/]" : Markup.Escape(pool.PriceDate ?? "undated"));
        }

        foreach (var (currency, atMin, atMax) in cost.Totals)
        {
            table.AddRow("[bold]total[/]", "", "", "", "", $"[bold]{Money(atMin, currency, "N0")}[/]", $"[bold]{Money(atMax, currency, "N0")}[/]", "");
        }

        console.Write(table);
        if (cost.Pools.Any(pool => pool.Capacity != Components.Compute.CapacityType.OnDemand))
        {
            console.MarkupLine("  [grey]spot pools are priced at the on-demand list price: their figure is an upper bound[/]");
        }
    }

    private static string Money(decimal? amount, string? currency, string format) =>
        amount is { } value ? $"{value.ToString(format, System.Globalization.CultureInfo.InvariantCulture)} {currency}" : "-";

    private static int Order(string result) => result switch
    {
        "passed" => 0,
        "suppressed" => 1,
        "warning" => 2,
        "failed" => 3,
        _ => 4,
    };

    private static string Colour(string result) => result switch
    {
        "passed" => "green",
        "suppressed" => "blue",
        "warning" => "yellow",
        "failed" => "red",
        _ => "grey",
    };

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
