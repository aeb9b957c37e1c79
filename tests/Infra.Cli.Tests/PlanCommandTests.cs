using System.Text.Json;
using Infra.Cli.Views;
using Infra.Components.Compute;
using Spectre.Console;

namespace Infra.Cli.Tests;

public class PlanCommandTests
{
    [Fact]
    public void Plan_shows_the_component_tree_and_counts()
    {
        var run = CliRunner.Run(new Dictionary<string, string>(), "plan", "--stack", "dev-global");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("dev-global", run.Out, StringComparison.Ordinal);
        Assert.Contains("secrets-key", run.Out, StringComparison.Ordinal);
        Assert.Contains("EncryptionKey", run.Out, StringComparison.Ordinal);
        Assert.Contains("aws:kms/key:Key", run.Out, StringComparison.Ordinal);
        Assert.Contains("resources by type", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_estimates_each_gpu_pool_per_month_at_its_smallest_and_largest_size()
    {
        var run = CliRunner.Run(new Dictionary<string, string>(), "plan", "--stack", "prod-global");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("GPU cost per month (on-demand list price × 730 h)", run.Out, StringComparison.Ordinal);
        var train = run.Out.Split('\n').Single(line => line.Contains("gpu-train", StringComparison.Ordinal) && line.Contains("p5.48xlarge", StringComparison.Ordinal));
        Assert.Contains("0–4", train, StringComparison.Ordinal);
        Assert.Contains(" 0 USD", train, StringComparison.Ordinal);
        Assert.Contains("total", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_china_stack_is_priced_in_the_currency_the_cloud_publishes_with_the_date_of_the_price()
    {
        var run = CliRunner.Run(new Dictionary<string, string>(), "plan", "--stack", "prod-cn");

        Assert.Equal(0, run.ExitCode);
        var train = run.Out.Split('\n').Single(line => line.Contains("gpu-train", StringComparison.Ordinal) && line.Contains("ecs.gn7-c13g1.26xlarge", StringComparison.Ordinal));
        Assert.Contains("252.667 CNY", train, StringComparison.Ordinal);
        Assert.Contains("2024-12-30", train, StringComparison.Ordinal);
        Assert.DoesNotContain("no price in the catalog", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pool_without_a_catalog_price_is_shown_unpriced_not_guessed()
    {
        var plan = new PlanModel("dev-x", "dev · aws eu-west-1", [], [], [], [], [])
        {
            Cost = new CostEstimate([new PoolCost("gpu-dev", "l4", "g6.xlarge", 0, 2, CapacityType.OnDemand, null, null, null)]),
        };
        var output = new StringWriter { NewLine = "\n" };
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
        });
        console.Profile.Width = 200;

        PlanRenderer.Render(plan, console);

        var line = output.ToString().Split('\n').Single(line => line.Contains("gpu-dev", StringComparison.Ordinal));
        Assert.Contains("no price in the catalog for this region", line, StringComparison.Ordinal);
        Assert.DoesNotContain("USD", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_json_is_valid_json_of_the_documented_shape()
    {
        var run = CliRunner.Run(new Dictionary<string, string>(), "plan", "--stack", "dev-global", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal("dev-global", root.GetProperty("stack").GetString());
        Assert.Equal("ml-platform", root.GetProperty("project").GetString());
        Assert.Equal(("dev", "aws", "us-west-2", "global"),
            (root.GetProperty("tier").GetString(), root.GetProperty("cloud").GetString(), root.GetProperty("region").GetString(), root.GetProperty("jurisdiction").GetString()));
        Assert.Equal(2, root.GetProperty("zones").GetArrayLength());
        Assert.Contains(root.GetProperty("providers").EnumerateArray(), provider => provider.GetProperty("type").GetString() == "pulumi:providers:aws" && provider.GetProperty("version").GetString() == "7.48.0");
        var counts = root.GetProperty("resourcesByType").EnumerateArray().ToList();
        Assert.Equal(root.GetProperty("resourceCount").GetInt32(), counts.Sum(count => count.GetProperty("count").GetInt32()));
        Assert.Contains(counts, count => count.GetProperty("type").GetString() == "aws:kms/key:Key");
        Assert.Contains(root.GetProperty("components").EnumerateArray(), node => node.GetProperty("name").GetString() == "cluster" && node.GetProperty("children").GetArrayLength() > 0);
        var pool = Assert.Single(root.GetProperty("cost").GetProperty("pools").EnumerateArray());
        Assert.Equal(("gpu-dev", 0, 2, "spot"), (pool.GetProperty("pool").GetString(), pool.GetProperty("minNodes").GetInt32(), pool.GetProperty("maxNodes").GetInt32(), pool.GetProperty("capacity").GetString()));
        Assert.Equal(730, root.GetProperty("cost").GetProperty("hoursPerMonth").GetInt32());
        var rules = root.GetProperty("compliance").EnumerateArray().ToList();
        Assert.Contains(rules, rule => rule.GetProperty("id").GetString() == "MLC-KMS-001" && rule.GetProperty("result").GetString() == "passed");
        Assert.Equal(0, root.GetProperty("errors").GetArrayLength());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("warnings").ValueKind);
    }

    [Fact]
    public void Plan_json_and_format_json_are_the_same_and_contradicting_formats_are_a_usage_error()
    {
        var json = CliRunner.Run(new Dictionary<string, string>(), "plan", "--stack", "dev-global", "--json");
        var format = CliRunner.Run(new Dictionary<string, string>(), "plan", "--stack", "dev-global", "--format", "json");
        var both = CliRunner.Run(new Dictionary<string, string>(), "plan", "--stack", "dev-global", "--json", "--format", "text");

        Assert.Equal(json.Out, format.Out);
        Assert.Equal(ExitCodes.Usage, both.ExitCode);
        Assert.Equal("", both.Out);
        Assert.Contains("--json and --format text ask for two formats", both.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_on_a_terminal_is_coloured_unless_no_color_is_set()
    {
        Assert.Contains("\u001b[", CliRunner.RunOnTerminal(new Dictionary<string, string>(), "plan", "--stack", "dev-global").Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", CliRunner.RunOnTerminal(new Dictionary<string, string> { ["NO_COLOR"] = "1" }, "plan", "--stack", "dev-global").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_requires_a_stack()
    {
        var run = CliRunner.Run(new Dictionary<string, string>(), "plan");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--stack", run.Error, StringComparison.Ordinal);
    }
}
