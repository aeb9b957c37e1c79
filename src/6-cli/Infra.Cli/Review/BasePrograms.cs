using Infra.Cli.Hosting;

namespace Infra.Cli.Review;

/// <summary>The programs of every stack at the base of a diff, plus notes on stacks that could not be synthesized.</summary>
public sealed record BaseProgramSet(string Description, IReadOnlyDictionary<string, string> Programs, IReadOnlyList<string> Notes);

/// <summary>
/// Produces the base side of <c>infra diff</c> from what <c>--base</c> names: a directory of
/// programs (<c>&lt;stack&gt;.yaml</c>, e.g. written by <c>infra synth --out</c> in CI), a checkout of this
/// repository, or a git ref, which is checked out in a temporary worktree. A checkout is built
/// with its own code, so the base program is what that commit would really deploy.
/// </summary>
public sealed class BasePrograms(IProcessRunner processes, TextWriter log)
{
    /// <exception cref="InvalidOperationException">The base is neither a directory nor a ref git knows, or it cannot be built.</exception>
    public BaseProgramSet Load(string baseSpec, ProjectDirectory project)
    {
        ArgumentNullException.ThrowIfNull(project);
        var directory = Path.GetFullPath(baseSpec, project.Path);
        if (Directory.Exists(directory))
        {
            return File.Exists(Path.Combine(directory, ProjectDirectory.ProjectFile))
                ? FromCheckout(directory, $"checkout {baseSpec}")
                : FromProgramDirectory(directory, baseSpec);
        }

        var commit = processes.Run("git", ["rev-parse", "--verify", "--quiet", baseSpec + "^{commit}"], project.Path);
        if (!commit.Succeeded)
        {
            throw new InvalidOperationException($"--base '{baseSpec}' is neither a directory nor a git ref of {project.Path}");
        }

        var sha = commit.Output.Trim();
        var worktree = Path.Combine(Path.GetTempPath(), $"infra-diff-{Guid.NewGuid():N}");
        Require(processes.Run("git", ["worktree", "add", "--detach", worktree, sha], project.Path), "git worktree add");
        try
        {
            return FromCheckout(worktree, $"{baseSpec} ({sha[..Math.Min(12, sha.Length)]})");
        }
        finally
        {
            processes.Run("git", ["worktree", "remove", "--force", worktree], project.Path);
        }
    }

    private static BaseProgramSet FromProgramDirectory(string directory, string description) => new(
        description,
        Directory.EnumerateFiles(directory, "*.yaml")
            .ToDictionary(file => Path.GetFileNameWithoutExtension(file), File.ReadAllText, StringComparer.Ordinal),
        []);

    /// <summary>
    /// The compiler's project in a checkout. A base from before the layered layout (ml-platform
    /// issue 16) keeps it under <c>infra/</c>, so a pull request that spans the move still diffs.
    /// </summary>
    private static string CliProject(string checkout)
    {
        var layered = Path.Combine(checkout, "src", "6-cli", "Infra.Cli", "Infra.Cli.csproj");
        var before = Path.Combine(checkout, "infra", "Infra.Cli", "Infra.Cli.csproj");
        return !File.Exists(layered) && File.Exists(before) ? before : layered;
    }

    private BaseProgramSet FromCheckout(string checkout, string description)
    {
        var output = Path.Combine(Path.GetTempPath(), $"infra-diff-bin-{Guid.NewGuid():N}");
        try
        {
            log.WriteLine($"infra diff: building the base ({description})…");
            Require(processes.Run("dotnet",
                ["build", CliProject(checkout), "-c", "Release", "-o", output, "--nologo", "-v", "quiet"],
                checkout), "building the base");
            var programs = new SortedDictionary<string, string>(StringComparer.Ordinal);
            var notes = new List<string>();
            foreach (var stack in new ProjectDirectory(checkout, "").Stacks())
            {
                var synth = processes.Run("dotnet", [Path.Combine(output, "infra.dll"), "synth", "--stack", stack, "--project-dir", checkout], checkout);
                if (synth.Succeeded)
                {
                    programs[stack] = synth.Output;
                }
                else
                {
                    notes.Add($"{stack}: the base does not synthesize (exit {synth.ExitCode}): {FirstLine(synth.Error)}");
                }
            }

            return new BaseProgramSet(description, programs, notes);
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    private static void Require(ProcessResult result, string step)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"{step} failed (exit {result.ExitCode}): {FirstLine(result.Error + result.Output)}");
        }
    }

    private static string FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "(no output)";
}
