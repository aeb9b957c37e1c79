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
    public void Plan_requires_a_stack()
    {
        var run = CliRunner.Run(new Dictionary<string, string>(), "plan");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--stack", run.Error, StringComparison.Ordinal);
    }
}
