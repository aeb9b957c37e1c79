using System.Diagnostics;
using Infra.Testing;

namespace Infra.Cli.Tests;

/// <summary>The built program, run as Pulumi runs it: a separate process with the variables set.</summary>
public class ProcessTests
{
    private static (int ExitCode, string Out, string Error) RunInfra(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.Combine(RepositoryPaths.Root, "program"),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "infra.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in new[] { "PULUMI_STACK", "PULUMI_CONFIG", "PULUMI_PROJECT", "PULUMI_ORGANIZATION", "PULUMI_ROOT_DIRECTORY" })
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    [Fact]
    public void The_process_prints_the_program_and_exits_zero()
    {
        var (exitCode, output, _) = RunInfra(CliRunner.PulumiRun("dev-global", CliRunner.DevGlobalConfig), "synth");

        Assert.Equal(0, exitCode);
        Assert.Equal(File.ReadAllText(RepositoryPaths.Golden("dev-global")), output);
    }

    [Fact]
    public void The_process_fails_with_empty_stdout_on_a_bad_value()
    {
        var (exitCode, output, error) = RunInfra(
            CliRunner.PulumiRun("dev-global", CliRunner.DevGlobalConfig.Replace("\"dev\"", "\"qa\"", StringComparison.Ordinal)), "synth");

        Assert.Equal(ExitCodes.Invalid, exitCode);
        Assert.Equal("", output);
        Assert.Contains("ml-platform:tier", error, StringComparison.Ordinal);
    }
}
