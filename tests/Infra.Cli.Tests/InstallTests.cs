using System.Diagnostics;
using Infra.Testing;

namespace Infra.Cli.Tests;

/// <summary>
/// The README's one command for `infra` on the PATH (issue 19, deliver 4): after
/// scripts/install-infra, a new shell of a user with only a home folder and the system PATH finds
/// `infra` and runs it as the docs spell it.
/// </summary>
public sealed class InstallTests : IDisposable
{
    private readonly string _home = Directory.CreateTempSubdirectory("infra-install-home-").FullName;

    public void Dispose() => Directory.Delete(_home, recursive: true);

    private static (int ExitCode, string Out, string Error) Run(string file, IEnumerable<string> arguments, string directory, IReadOnlyDictionary<string, string>? only = null)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (only is not null)
        {
            start.Environment.Clear();
            foreach (var (name, value) in only)
            {
                start.Environment[name] = value;
            }
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }

    /// <summary>A user's environment: this home, the system's PATH (without the user's bin folder), nothing else.</summary>
    private Dictionary<string, string> User() => new()
    {
        ["HOME"] = _home,
        ["PATH"] = Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin",
    };

    /// <summary>Installs into the temporary home; the binary is built first with this process's environment (a no-op when fresh).</summary>
    private void Install()
    {
        var build = Run(Path.Combine(RepositoryPaths.Root, "scripts", "build-infra"), ["--if-stale"], RepositoryPaths.Root);
        Assert.True(build.ExitCode == 0, build.Error);
        var install = Run(Path.Combine(RepositoryPaths.Root, "scripts", "install-infra"), [], RepositoryPaths.Root, User());
        Assert.True(install.ExitCode == 0, install.Error + install.Out);
    }

    [Theory]
    [InlineData("-lc")] // a login shell: ~/.profile
    [InlineData("-ic")] // an interactive shell in a terminal: ~/.bashrc
    public void After_the_one_command_a_new_shell_runs_infra_as_the_docs_spell_it(string shell)
    {
        Install();

        var version = Run("bash", [shell, "infra --version"], Path.GetTempPath(), User());
        var plan = Run("bash", [shell, "infra plan --stack dev-global --json"], RepositoryPaths.Root, User());

        Assert.True(version.ExitCode == 0, version.Error);
        Assert.Matches(@"^\d+\.\d+\.\d+", version.Out);
        Assert.True(plan.ExitCode == 0, plan.Error);
        Assert.Contains("\"stack\": \"dev-global\"", plan.Out, StringComparison.Ordinal);
        Assert.Equal(Path.Combine(_home, ".local", "bin", "infra"), Run("bash", [shell, "command -v infra"], _home, User()).Out.Trim());
    }

    [Fact]
    public void Installing_again_changes_nothing_that_is_right_and_an_infra_it_did_not_write_is_left_alone()
    {
        Install();
        Install();

        Assert.All([".profile", ".bashrc"], profile =>
            Assert.Equal(1, File.ReadAllText(Path.Combine(_home, profile)).Split("# ml-platform scripts/install-infra").Length - 1));

        File.WriteAllText(Path.Combine(_home, ".local", "bin", "infra"), "#!/bin/sh\necho someone else's infra\n");
        var refused = Run(Path.Combine(RepositoryPaths.Root, "scripts", "install-infra"), [], RepositoryPaths.Root, User());

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("was not written by this script", refused.Error, StringComparison.Ordinal);
        Assert.Contains("someone else's infra", File.ReadAllText(Path.Combine(_home, ".local", "bin", "infra")), StringComparison.Ordinal);
    }
}
