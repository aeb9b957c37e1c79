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
    public void Plan_requires_a_stack()
    {
        var run = CliRunner.Run(new Dictionary<string, string>(), "plan");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--stack", run.Error, StringComparison.Ordinal);
    }
}
