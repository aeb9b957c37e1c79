using System.Diagnostics;

namespace Infra.Components.Tests.Monitoring;

/// <summary>
/// Runs a real tool from Debian (installed by scripts/test-prerequisites). These tests are the proof
/// that what the stack deploys parses and behaves, so a missing tool is a failure, not a skip.
/// </summary>
internal static class DebianTool
{
    public static (int ExitCode, string Output) Run(string tool, string package, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            throw new InvalidOperationException($"{tool} is not installed; run ./scripts/test-prerequisites (Debian package '{package}')", error);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return (process.ExitCode, output.GetAwaiter().GetResult() + error.GetAwaiter().GetResult());
        }
    }
}

/// <summary>The real promtool (Debian's <c>prometheus</c> package).</summary>
internal static class Promtool
{
    public static (int ExitCode, string Output) Run(params string[] arguments) => DebianTool.Run("promtool", "prometheus", arguments);

    /// <summary>A fresh directory for one test's files, removed on dispose.</summary>
    public sealed class WorkDirectory : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("infra-promtool-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}

/// <summary>The real amtool (Debian's <c>prometheus-alertmanager</c> package).</summary>
internal static class Amtool
{
    public static (int ExitCode, string Output) Run(params string[] arguments) => DebianTool.Run("amtool", "prometheus-alertmanager", arguments);
}
