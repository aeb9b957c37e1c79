using Infra.Stacks.Config;
using Infra.Testing;

namespace Infra.Cli.Tests;

public class FoundationCommandTests
{
    [Theory]
    [InlineData("china")]
    [InlineData("global")]
    public void The_committed_foundation_programs_are_up_to_date(string jurisdiction)
    {
        var run = CliRunner.Run(new Dictionary<string, string>(), "foundation", "--jurisdiction", jurisdiction, "--github-repo", "acme/ml-platform", "--check");

        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.Contains($"foundation/{jurisdiction}/Pulumi.yaml is up to date", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_foundation_is_written_once_and_its_stacks_settings_are_printed()
    {
        var project = Project("dev-cn", "prod-cn-aws");

        var first = CliRunner.Run(new Dictionary<string, string>(), "foundation", "-j", "china", "--github-repo", "acme/ml-platform", "--project-dir", project);
        var second = CliRunner.Run(new Dictionary<string, string>(), "foundation", "-j", "china", "--github-repo", "acme/ml-platform", "--project-dir", project);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("Wrote foundation/china/Pulumi.yaml", first.Out, StringComparison.Ordinal);
        Assert.Contains("secretsprovider: awskms://alias/acme-foundation-china-pulumi-secrets?region=cn-northwest-1", first.Out, StringComparison.Ordinal);
        Assert.Contains("runtime: yaml", File.ReadAllText(Path.Combine(project, "foundation", "china", "Pulumi.yaml")), StringComparison.Ordinal);
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Contains("foundation/china/Pulumi.yaml is up to date", second.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_foundation_that_would_differ_fails_the_check_and_writes_nothing()
    {
        var project = Project("dev-cn");

        var run = CliRunner.Run(new Dictionary<string, string>(), "foundation", "-j", "china", "--github-repo", "acme/ml-platform", "--project-dir", project, "--check");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("differs from what `infra foundation` writes", run.Out, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(project, "foundation")));
    }

    [Theory]
    [InlineData("--github-repo", "nope", "--github-repo: 'nope' is not a GitHub repository; allowed: owner/name")]
    [InlineData("--state-region", "us-east-1", "--state-region: 'us-east-1' is not an AWS region of the china jurisdiction; allowed: cn-north-1, cn-northwest-1")]
    public void Bad_options_exit_1_naming_the_option_the_value_and_what_is_allowed(string option, string value, string message)
    {
        var arguments = new List<string> { "foundation", "-j", "china", "--github-repo", "acme/ml-platform", "--project-dir", Project("dev-cn") };
        var at = arguments.IndexOf(option);
        if (at >= 0)
        {
            arguments[at + 1] = value;
        }
        else
        {
            arguments.AddRange([option, value]);
        }

        var run = CliRunner.Run(new Dictionary<string, string>(), [.. arguments]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_project_it_says_where_it_looked()
    {
        var empty = Directory.CreateTempSubdirectory("infra-foundation-none-").FullName;

        var run = CliRunner.Run(new Dictionary<string, string>(), "foundation", "-j", "china", "--github-repo", "acme/ml-platform", "--project-dir", empty);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("infra foundation: no Pulumi.yaml in", run.Error, StringComparison.Ordinal);
    }

    private static string Project(params string[] stacks)
    {
        var directory = Directory.CreateTempSubdirectory("infra-foundation-").FullName;
        File.Copy(Path.Combine(RepositoryPaths.Root, "Pulumi.yaml"), Path.Combine(directory, "Pulumi.yaml"));
        foreach (var stack in stacks)
        {
            File.Copy(Path.Combine(RepositoryPaths.Root, StackFile.FileName(stack)), Path.Combine(directory, StackFile.FileName(stack)));
        }

        return directory;
    }
}
