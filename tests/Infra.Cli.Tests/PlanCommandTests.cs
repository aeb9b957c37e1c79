namespace Infra.Cli.Tests;

public class PlanCommandTests
{
    [Fact]
    public void Plan_shows_the_component_tree_and_counts()
    {
        var run = CliRunner.Run(new Dictionary<string, string>(), "plan", "--stack", "dev-global");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("dev-global", run.Out, StringComparison.Ordinal);
        Assert.Contains("platform-key", run.Out, StringComparison.Ordinal);
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
    public void A_pool_without_a_catalog_price_is_shown_unpriced_not_guessed()
    {
        var run = CliRunner.Run(new Dictionary<string, string>(), "plan", "--stack", "prod-cn");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("no price in the catalog for this region", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_requires_a_stack()
    {
        var run = CliRunner.Run(new Dictionary<string, string>(), "plan");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--stack", run.Error, StringComparison.Ordinal);
    }
}
