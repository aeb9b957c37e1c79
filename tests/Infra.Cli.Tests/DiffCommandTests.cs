using Infra.Cli.Hosting;
using Infra.Testing;
using Moq;

namespace Infra.Cli.Tests;

public sealed class DiffCommandTests : IDisposable
{
    private readonly string _baseDirectory = Directory.CreateTempSubdirectory("infra-diff-base-").FullName;
    private string? _checkout;

    public void Dispose()
    {
        Directory.Delete(_baseDirectory, recursive: true);
        if (_checkout is not null && Directory.Exists(_checkout))
        {
            Directory.Delete(_checkout, recursive: true);
        }
    }

    private static string Golden => File.ReadAllText(RepositoryPaths.Golden("dev-global"));

    /// <summary>The base has every stack as committed, and dev-global as given.</summary>
    private void WriteBase(string devGlobal)
    {
        GoldenBase.Write(_baseDirectory);
        File.WriteAllText(Path.Combine(_baseDirectory, "dev-global.yaml"), devGlobal);
    }

    [Fact]
    public void The_same_programs_have_no_changes()
    {
        WriteBase(Golden);

        var run = CliRunner.Run(new Dictionary<string, string>(), "diff", "--base", _baseDirectory);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("dev-global: no changes", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_setting_shows_as_an_update_with_before_and_after()
    {
        WriteBase(Golden.Replace("deletionWindowInDays: 7", "deletionWindowInDays: 30", StringComparison.Ordinal));

        var run = CliRunner.Run(new Dictionary<string, string>(), "diff", "--base", _baseDirectory);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("~  cluster-secrets-key-key  aws:kms/key:Key", run.Out, StringComparison.Ordinal);
        Assert.Contains("properties.deletionWindowInDays: 30 -> 7", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_renamed_key_is_flagged_loudly_and_can_fail_the_build()
    {
        // In the base the key had another logical name: the head renames it without an alias.
        WriteBase(Golden.Replace("cluster-secrets-key-key", "cluster-secrets-kms-key", StringComparison.Ordinal));

        var text = CliRunner.Run(new Dictionary<string, string>(), "diff", "--base", _baseDirectory);
        var markdown = CliRunner.Run(new Dictionary<string, string>(), "diff", "--base", _baseDirectory, "--format", "markdown");
        var gate = CliRunner.Run(new Dictionary<string, string>(), "diff", "--base", _baseDirectory, "--fail-on-destructive");

        Assert.Contains("+- cluster-secrets-key-key  aws:kms/key:Key  (renamed from cluster-secrets-kms-key without an alias", text.Out, StringComparison.Ordinal);
        Assert.Contains("!! 1 stateful resource(s) would be REPLACED or DELETED", text.Out, StringComparison.Ordinal);
        Assert.Contains("> [!CAUTION]", markdown.Out, StringComparison.Ordinal);
        Assert.Contains("`cluster-secrets-key-key` (`aws:kms/key:Key`) **replaced**", markdown.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Destructive, gate.ExitCode);
    }

    [Fact]
    public void The_stacks_format_lists_only_stacks_that_change()
    {
        WriteBase(Golden);
        Assert.Equal("", CliRunner.Run(new Dictionary<string, string>(), "diff", "--base", _baseDirectory, "--format", "stacks").Out);

        WriteBase(Golden.Replace("deletionWindowInDays: 7", "deletionWindowInDays: 30", StringComparison.Ordinal));
        Assert.Equal("dev-global\n", CliRunner.Run(new Dictionary<string, string>(), "diff", "--base", _baseDirectory, "--format", "stacks").Out);
    }

    [Fact]
    public void A_stack_missing_at_the_base_is_new()
    {
        WriteBase(Golden);
        File.Delete(Path.Combine(_baseDirectory, "dev-global.yaml"));

        var run = CliRunner.Run(new Dictionary<string, string>(), "diff", "--base", _baseDirectory);

        Assert.Contains("note: dev-global: a new stack", run.Out, StringComparison.Ordinal);
        Assert.Contains("+  cluster-secrets-key-key", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_writes_the_report_to_a_file()
    {
        WriteBase(Golden);
        var file = Path.Combine(_baseDirectory, "report", "diff.md");

        var run = CliRunner.Run(new Dictionary<string, string>(), "diff", "--base", _baseDirectory, "--format", "markdown", "--output", file);

        Assert.Equal("", run.Out);
        Assert.StartsWith("## infra diff:", File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public void A_base_that_is_neither_a_directory_nor_a_ref_is_a_usage_error()
    {
        var git = new Mock<IProcessRunner>();
        git.Setup(runner => runner.Run("git", It.Is<IReadOnlyList<string>>(args => args[0] == "rev-parse"), It.IsAny<string>()))
            .Returns(new ProcessResult(1, "", ""));

        var run = CliRunner.Run(new Dictionary<string, string>(), git.Object, "diff", "--base", "no-such-ref");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains("neither a directory nor a git ref", run.Error, StringComparison.Ordinal);
    }

    /// <summary>git and dotnet as a base from a ref needs them; <paramref name="sameSources"/> is what `git diff --quiet` says of the compiler's sources.</summary>
    private Mock<IProcessRunner> GitAndDotnet(List<string> calls, bool sameSources)
    {
        var processes = new Mock<IProcessRunner>();
        processes.Setup(runner => runner.Run(It.IsAny<string>(), It.IsAny<IReadOnlyList<string>>(), It.IsAny<string>()))
            .Returns((string file, IReadOnlyList<string> args, string _) =>
            {
                calls.Add($"{file} {args[0]}");
                return (file, args[0]) switch
                {
                    ("git", "rev-parse") => new ProcessResult(0, "0123456789abcdef0123\n", ""),
                    ("git", "worktree") when args[1] == "add" => CreateCheckout(_checkout = args[3]),
                    ("git", "diff") => new ProcessResult(sameSources ? 0 : 1, "", ""),
                    ("git", "ls-files") => new ProcessResult(0, "", ""),
                    ("dotnet", "build") => new ProcessResult(0, "", ""),
                    ("dotnet", _) => new ProcessResult(0, Golden, ""),
                    _ => new ProcessResult(0, "", ""),
                };
            });
        return processes;
    }

    [Fact]
    public void A_git_ref_whose_compiler_sources_differ_is_checked_out_built_and_synthesized_then_cleaned_up()
    {
        var calls = new List<string>();

        var run = CliRunner.Run(new Dictionary<string, string>(), GitAndDotnet(calls, sameSources: false).Object, "diff", "--base", "origin/main");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("infra diff: origin/main (0123456789ab) -> working tree", run.Out, StringComparison.Ordinal);
        Assert.Contains("dev-global: no changes", run.Out, StringComparison.Ordinal);
        Assert.Equal(["git rev-parse", "git worktree", "git diff", "dotnet build", "dotnet synth-call", "git worktree"],
            calls.Select(call => call.StartsWith("dotnet /", StringComparison.Ordinal) ? "dotnet synth-call" : call));
    }

    [Fact]
    public void A_git_ref_with_the_working_trees_compiler_sources_is_synthesized_here_without_a_build()
    {
        var calls = new List<string>();

        var run = CliRunner.Run(new Dictionary<string, string>(), GitAndDotnet(calls, sameSources: true).Object, "diff", "--base", "origin/main");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("dev-global: no changes", run.Out, StringComparison.Ordinal);
        Assert.Contains("synthesizing it here, without building it", run.Error, StringComparison.Ordinal);
        Assert.Equal(["git rev-parse", "git worktree", "git diff", "git ls-files", "git worktree"], calls);
    }

    [Fact]
    public void Base_build_always_builds_the_base_even_with_the_same_compiler_sources()
    {
        var calls = new List<string>();

        var run = CliRunner.Run(new Dictionary<string, string>(), GitAndDotnet(calls, sameSources: true).Object, "diff", "--base", "origin/main", "--base-build", "always");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("dotnet build", calls);
        Assert.DoesNotContain("git diff", calls);
    }

    /// <summary>A checkout with the project file and dev-global's committed stack file.</summary>
    private static ProcessResult CreateCheckout(string path)
    {
        Directory.CreateDirectory(path);
        File.Copy(Path.Combine(RepositoryPaths.Root, "Pulumi.yaml"), Path.Combine(path, "Pulumi.yaml"));
        File.Copy(Path.Combine(RepositoryPaths.Root, "Pulumi.dev-global.yaml"), Path.Combine(path, "Pulumi.dev-global.yaml"));
        return new ProcessResult(0, "", "");
    }

    [Fact]
    public void The_current_commit_as_base_builds_for_real_and_shows_no_changes_for_committed_stacks()
    {
        // End to end through git and dotnet: HEAD is checked out in a temporary worktree, built
        // and synthesized. Stacks whose files are uncommitted changes would differ, so only the
        // committed reference stacks are compared.
        var run = CliRunner.Run(new Dictionary<string, string>(), "diff", "--base", "HEAD", "--base-build", "always");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("infra diff: HEAD (", run.Out, StringComparison.Ordinal);
        Assert.Contains("dev-global:", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("does not synthesize", run.Out, StringComparison.Ordinal);
    }
}
