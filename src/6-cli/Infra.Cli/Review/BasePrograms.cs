using Infra.Cli.Hosting;
using Infra.Core.Diagnostics;
using Infra.Core.Yaml;
using Infra.Stacks.Config;
using Infra.Stacks.Synthesis;

namespace Infra.Cli.Review;

/// <summary>How <c>infra diff</c> gets the base's programs from a git ref.</summary>
public enum BaseBuild
{
    /// <summary>Synthesize the base with this build when the compiler's sources are the same at the base; build the base otherwise.</summary>
    Auto,

    /// <summary>Always build the base's own compiler and run it.</summary>
    Always,
}

/// <summary>
/// The stacks at the base of a diff: their programs, their stack files and the warnings their
/// synthesis printed where the base says, and notes on stacks that could not be synthesized. A
/// base from a git ref keeps its temporary checkout until disposed, so the head's code can compose
/// the base's stacks (their GPU cost) from it.
/// </summary>
public sealed class BaseProgramSet(string description, IReadOnlyDictionary<string, string> programs, IReadOnlyList<string> notes) : IDisposable
{
    private readonly Dictionary<string, StackAnalysis?> _composed = new(StringComparer.Ordinal);

    public string Description => description;

    public IReadOnlyDictionary<string, string> Programs => programs;

    public IReadOnlyList<string> Notes => notes;

    /// <summary>Each base stack's <c>Pulumi.&lt;stack&gt;.yaml</c>; null when the base does not have them (program files alone).</summary>
    public IReadOnlyDictionary<string, string>? StackFiles { get; init; }

    /// <summary>The warnings each base stack's synthesis printed (<see cref="Diagnostic.ToString"/>); null when unknown.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>>? Warnings { get; init; }

    /// <summary>A checkout of the base, while this set lives; null for a base of program files.</summary>
    public string? Checkout { get; init; }

    /// <summary>Removes the temporary checkout.</summary>
    public Action? Cleanup { get; init; }

    /// <summary>The stacks this build has composed from the base (all of them when it synthesized the base here); null where it could not.</summary>
    public IReadOnlyDictionary<string, StackAnalysis?> Composed
    {
        get => _composed;
        init
        {
            foreach (var (stack, analysis) in value)
            {
                _composed[stack] = analysis;
            }
        }
    }

    /// <summary>
    /// The base's stack composed by <paramref name="synthesizer"/> (this build) from the base's stack
    /// files; null when there is no checkout or the stack does not compose there.
    /// </summary>
    public StackAnalysis? Compose(string stack, Synthesizer synthesizer)
    {
        ArgumentNullException.ThrowIfNull(synthesizer);
        if (_composed.TryGetValue(stack, out var known))
        {
            return known;
        }

        StackAnalysis? analysis = null;
        if (Checkout is not null)
        {
            try
            {
                var selection = StackSelection.FromStackFile(stack, Checkout);
                analysis = synthesizer.Analyze(selection.Stack, selection.Project, selection.Config, selection.OtherStacks);
            }
            catch (Exception error) when (error is InfraException or FileNotFoundException or FormatException or InvalidDataException or IOException)
            {
                analysis = null;
            }
        }

        _composed[stack] = analysis;
        return analysis;
    }

    public void Dispose() => Cleanup?.Invoke();
}

/// <summary>
/// Produces the base side of <c>infra diff</c> from what <c>--base</c> names: a directory of
/// programs (<c>&lt;stack&gt;.yaml</c>, e.g. written by <c>infra synth --out</c> in CI, optionally with the
/// stack files beside them), a checkout of this repository, or a git ref, which is checked out in a
/// temporary worktree. A checkout is built with its own code, so the base program is what that
/// commit would really deploy; a git ref whose compiler sources are those of the working tree is
/// synthesized by this build instead, which gives the same bytes (a synthesis is a pure function of
/// the code, the stack and its config) without building the base again.
/// </summary>
public sealed class BasePrograms(IProcessRunner processes, TextWriter log, Synthesizer synthesizer)
{
    /// <summary>What the compiler is built from besides the stack files: its sources and the repository's build settings.</summary>
    public static readonly IReadOnlyList<string> CompilerSources = ["src", "Directory.Build.props", "Directory.Packages.props", "global.json", "NuGet.config", "nuget.config"];

    /// <exception cref="InvalidOperationException">The base is neither a directory nor a ref git knows, or it cannot be built.</exception>
    public BaseProgramSet Load(string baseSpec, ProjectDirectory project, BaseBuild build = BaseBuild.Auto)
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
        void Remove() => processes.Run("git", ["worktree", "remove", "--force", worktree], project.Path);
        try
        {
            var description = $"{baseSpec} ({sha[..Math.Min(12, sha.Length)]})";
            var set = build == BaseBuild.Auto && SameCompilerSources(sha, project.Path)
                ? SynthesizedHere(worktree, description)
                : FromCheckout(worktree, description);
            return new BaseProgramSet(set.Description, set.Programs, set.Notes)
            {
                StackFiles = set.StackFiles,
                Warnings = set.Warnings,
                Composed = set.Composed,
                Checkout = worktree,
                Cleanup = Remove,
            };
        }
        catch
        {
            Remove();
            throw;
        }
    }

    /// <summary>Whether the working tree's compiler sources equal the commit's: no tracked difference and no untracked source file.</summary>
    private bool SameCompilerSources(string sha, string repository)
    {
        var tracked = processes.Run("git", ["diff", "--quiet", sha, "--", .. CompilerSources], repository);
        if (tracked.ExitCode != 0)
        {
            return false;
        }

        var untracked = processes.Run("git", ["ls-files", "--others", "--exclude-standard", "--", .. CompilerSources], repository);
        return untracked.Succeeded && untracked.Output.Trim().Length == 0;
    }

    private static BaseProgramSet FromProgramDirectory(string directory, string description)
    {
        var files = Directory.EnumerateFiles(directory, "*.yaml").ToList();
        var stackFiles = files.Where(IsStackFile)
            .ToDictionary(file => Path.GetFileName(file)["Pulumi.".Length..^".yaml".Length], File.ReadAllText, StringComparer.Ordinal);
        return new BaseProgramSet(
            description,
            files.Where(file => !IsStackFile(file)).ToDictionary(file => Path.GetFileNameWithoutExtension(file), File.ReadAllText, StringComparer.Ordinal),
            [])
        {
            StackFiles = stackFiles.Count > 0 ? stackFiles : null,
        };
    }

    private static bool IsStackFile(string file) => Path.GetFileName(file).StartsWith("Pulumi.", StringComparison.Ordinal);

    private static Dictionary<string, string> StackFilesOf(string checkout) =>
        new ProjectDirectory(checkout, "").Stacks().ToDictionary(stack => stack, stack => File.ReadAllText(Path.Combine(checkout, StackFile.FileName(stack))), StringComparer.Ordinal);

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

    /// <summary>The base's stacks synthesized by this build, in-process.</summary>
    private BaseProgramSet SynthesizedHere(string checkout, string description)
    {
        log.WriteLine($"infra diff: the base ({description}) has this build's compiler sources: synthesizing it here, without building it");
        var programs = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var warnings = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        var analyses = new Dictionary<string, StackAnalysis?>(StringComparer.Ordinal);
        var notes = new List<string>();
        foreach (var stack in new ProjectDirectory(checkout, "").Stacks())
        {
            try
            {
                var selection = StackSelection.FromStackFile(stack, checkout);
                var analysis = synthesizer.Analyze(selection.Stack, selection.Project, selection.Config, selection.OtherStacks);
                analyses[stack] = analysis;
                if (analysis.HasErrors)
                {
                    notes.Add($"{stack}: the base does not synthesize: {analysis.Diagnostics.First(diagnostic => diagnostic.IsError)}");
                    continue;
                }

                programs[stack] = ProgramWriter.Write(analysis.Stack);
                warnings[stack] = analysis.Diagnostics.Where(diagnostic => !diagnostic.IsError).Select(diagnostic => diagnostic.ToString()).ToHashSet(StringComparer.Ordinal);
            }
            catch (InfraException error)
            {
                analyses[stack] = null;
                notes.Add($"{stack}: the base does not synthesize: {error.Diagnostics.FirstOrDefault(diagnostic => diagnostic.IsError)?.ToString() ?? error.Message}");
            }
            catch (Exception error) when (error is FileNotFoundException or FormatException or InvalidDataException)
            {
                analyses[stack] = null;
                notes.Add($"{stack}: the base does not synthesize: {error.Message}");
            }
        }

        return new BaseProgramSet(description, programs, notes) { StackFiles = StackFilesOf(checkout), Warnings = warnings, Composed = analyses };
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
            var warnings = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
            var notes = new List<string>();
            foreach (var stack in new ProjectDirectory(checkout, "").Stacks())
            {
                var synth = processes.Run("dotnet", [Path.Combine(output, "infra.dll"), "synth", "--stack", stack, "--project-dir", checkout], checkout);
                if (synth.Succeeded)
                {
                    programs[stack] = synth.Output;
                    warnings[stack] = WarningLines(synth.Error);
                }
                else
                {
                    notes.Add($"{stack}: the base does not synthesize (exit {synth.ExitCode}): {FirstLine(synth.Error)}");
                }
            }

            return new BaseProgramSet(description, programs, notes) { StackFiles = StackFilesOf(checkout), Warnings = warnings, Checkout = checkout };
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    /// <summary>The warnings a synthesis printed on stderr, one per line as infra synth prints them (Commands.DiagnosticPrinter).</summary>
    private static HashSet<string> WarningLines(string stderr) =>
        stderr.Split('\n').Select(line => line.Trim()).Where(line => line.StartsWith("warning ", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);

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
