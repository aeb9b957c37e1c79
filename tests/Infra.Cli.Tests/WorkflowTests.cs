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

    [GeneratedRegex(@"(?:--project infra/Infra\.Cli(?: -c Release)? --|\.build/infra/infra) ([a-z]+)")]
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
}
