using System.Diagnostics;
using Infra.Testing;
using YamlDotNet.RepresentationModel;

namespace Infra.Cli.Tests;

/// <summary>
/// The compiler run exactly as Pulumi runs it: Pulumi.yaml's `compiler` command (the launcher, which
/// builds the native binary when it is missing or stale), from the program directory, with the
/// host's variables set.
/// </summary>
public class ProcessTests
{
    private static readonly string ProgramDirectory = Path.Combine(RepositoryPaths.Root, "program");

    /// <summary>runtime.options.compiler of Pulumi.yaml (a path relative to the program directory, no arguments).</summary>
    private static string CompilerCommand()
    {
        var project = new YamlStream();
        project.Load(new StringReader(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "Pulumi.yaml"))));
        var root = (YamlMappingNode)project.Documents[0].RootNode;
        var options = (YamlMappingNode)((YamlMappingNode)root["runtime"])["options"];
        return ((YamlScalarNode)options["compiler"]).Value!;
    }

    private static (int ExitCode, string Out, string Error) RunCompiler(IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(Path.GetFullPath(Path.Combine(ProgramDirectory, CompilerCommand())))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = ProgramDirectory,
        };

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
    public void Pulumi_runs_the_launcher_that_builds_the_native_binary()
    {
        Assert.Equal("../scripts/infra-compiler", CompilerCommand());
    }

    [Fact]
    public void The_process_prints_the_program_and_exits_zero()
    {
        var (exitCode, output, error) = RunCompiler(CliRunner.PulumiRun("dev-global", CliRunner.DevGlobalConfig));

        Assert.True(exitCode == 0, error);
        Assert.Equal(File.ReadAllText(RepositoryPaths.Golden("dev-global")), output);
    }

    [Fact]
    public void The_process_fails_with_empty_stdout_on_a_bad_value()
    {
        var (exitCode, output, error) = RunCompiler(
            CliRunner.PulumiRun("scratch-global", CliRunner.DevGlobalConfig.Replace("\"dev\"", "\"qa\"", StringComparison.Ordinal)));

        Assert.Equal(ExitCodes.Invalid, exitCode);
        Assert.Equal("", output);
        Assert.Contains("ml-platform:tier", error, StringComparison.Ordinal);
    }
}
