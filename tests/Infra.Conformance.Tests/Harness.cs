using System.Diagnostics;
using System.Text.Json;
using Infra.Testing;

namespace Infra.Conformance.Tests;

/// <summary>One finding of the Node conformance check, as it prints it: <c>stack: resource.path: message</c>.</summary>
public sealed record HarnessReport(double Seconds, IReadOnlyDictionary<string, IReadOnlyList<string>> Findings, string Output);

/// <summary>
/// Runs tests/conformance (TypeScript compiler + the provider SDKs from npm) on program files,
/// restoring its npm packages first when they are missing or older than the lock file.
/// </summary>
public static class Harness
{
    public static string Directory { get; } = Path.Combine(RepositoryPaths.Root, "tests", "conformance");

    private static readonly Lock RestoreLock = new();

    /// <summary>The provider SDKs (node_modules/@pulumi/…), restored first when missing or stale.</summary>
    public static string NodeModules
    {
        get
        {
            Restore();
            return Path.Combine(Directory, "node_modules");
        }
    }

    public static HarnessReport Check(IEnumerable<string> programFiles)
    {
        Restore();
        var report = Path.GetTempFileName();
        try
        {
            var arguments = new List<string> { Path.Combine(Directory, "src", "check.mjs"), "--json", report };
            arguments.AddRange(programFiles);
            var (exitCode, output, error) = Run("node", arguments);
            if (exitCode is not (0 or 1))
            {
                throw new InvalidOperationException($"the conformance check failed to run (exit {exitCode}):\n{error}");
            }

            using var json = JsonDocument.Parse(File.ReadAllText(report));
            var findings = json.RootElement.GetProperty("stacks").EnumerateArray().ToDictionary(
                stack => stack.GetProperty("stack").GetString()!,
                stack => (IReadOnlyList<string>)[.. stack.GetProperty("findings").EnumerateArray().Select(finding => finding.GetString()!)]);
            return new HarnessReport(json.RootElement.GetProperty("seconds").GetDouble(), findings, output + error);
        }
        finally
        {
            File.Delete(report);
        }
    }

    /// <summary><c>npm ci</c> when node_modules is missing or stale (the README's test command must work on a fresh machine).</summary>
    private static void Restore()
    {
        lock (RestoreLock)
        {
            var installed = Path.Combine(Directory, "node_modules", ".package-lock.json");
            var lockFile = Path.Combine(Directory, "package-lock.json");
            if (File.Exists(installed) && File.GetLastWriteTimeUtc(installed) >= File.GetLastWriteTimeUtc(lockFile))
            {
                return;
            }

            var (exitCode, output, error) = Run("npm", ["ci", "--ignore-scripts", "--no-audit", "--no-fund"]);
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"npm ci in {Directory} failed (exit {exitCode}):\n{output}\n{error}");
            }
        }
    }

    private static (int ExitCode, string Output, string Error) Run(string file, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = Directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }
}
