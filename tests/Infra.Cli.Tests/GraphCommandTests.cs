using System.Diagnostics;

namespace Infra.Cli.Tests;

public class GraphCommandTests
{
    [Fact]
    public void Dot_output_groups_components_and_draws_references()
    {
        var run = CliRunner.Run(new Dictionary<string, string>(), "graph", "--stack", "dev-global");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("digraph \"dev-global\" {", run.Out, StringComparison.Ordinal);
        Assert.Contains("subgraph \"cluster_cluster-secrets-key\"", run.Out, StringComparison.Ordinal);
        Assert.Contains("\"cluster-secrets-key-alias\" -> \"cluster-secrets-key-key\";", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Graphviz_renders_the_dot_output()
    {
        var run = CliRunner.Run(new Dictionary<string, string>(), "graph", "--stack", "dev-global");
        var start = new ProcessStartInfo("dot", "-Tsvg") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };

        using var dot = Process.Start(start) ?? throw new InvalidOperationException("Graphviz `dot` is required (scripts/test-prerequisites installs it)");
        dot.StandardInput.Write(run.Out);
        dot.StandardInput.Close();
        var svg = dot.StandardOutput.ReadToEndAsync();
        var errors = await dot.StandardError.ReadToEndAsync();
        await dot.WaitForExitAsync();

        Assert.True(dot.ExitCode == 0, errors);
        Assert.Contains("<svg", await svg, StringComparison.Ordinal);
        Assert.Contains("cluster&#45;secrets&#45;key&#45;key", await svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Mermaid_output_is_a_flowchart_with_subgraphs()
    {
        var run = CliRunner.Run(new Dictionary<string, string>(), "graph", "--stack", "dev-global", "--format", "mermaid");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("flowchart LR\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("subgraph n_group_cluster_secrets_key[\"cluster-secrets-key (EncryptionKey)\"]", run.Out, StringComparison.Ordinal);
        Assert.Contains("n_cluster_secrets_key_alias --> n_cluster_secrets_key_key", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_format_is_refused()
    {
        var run = CliRunner.Run(new Dictionary<string, string>(), "graph", "--stack", "dev-global", "--format", "png");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains("png", run.Error, StringComparison.Ordinal);
    }
}
