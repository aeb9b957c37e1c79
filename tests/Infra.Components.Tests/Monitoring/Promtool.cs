using System.Diagnostics;

namespace Infra.Components.Tests.Monitoring;

/// <summary>
/// Runs the real promtool (Debian's <c>prometheus</c> package, installed by
/// scripts/test-prerequisites). These tests are the proof that the generated rules parse and
/// behave, so promtool missing is a failure, not a skip.
/// </summary>
internal static class Promtool
{
    public static (int ExitCode, string Output) Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("promtool") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("promtool did not start");
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            throw new InvalidOperationException("promtool is not installed; run ./scripts/test-prerequisites (Debian package 'prometheus')", error);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return (process.ExitCode, output.GetAwaiter().GetResult() + error.GetAwaiter().GetResult());
        }
    }

    /// <summary>A fresh directory for one test's files, removed on dispose.</summary>
    public sealed class WorkDirectory : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("infra-promtool-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
