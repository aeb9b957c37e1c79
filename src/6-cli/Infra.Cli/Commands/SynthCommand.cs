using System.CommandLine;
using Infra.Cli.Hosting;
using Infra.Core.Diagnostics;
using Infra.Stacks.Synthesis;

namespace Infra.Cli.Commands;

/// <summary>
/// <c>infra synth</c>: prints a stack's Pulumi YAML program. Run by Pulumi as the YAML host's
/// compiler (stack and config from its variables), or by a person with <c>--stack</c>.
/// On any error it prints nothing on stdout and exits non-zero, so Pulumi never deploys half a program.
/// </summary>
public static class SynthCommand
{
    public static Command Create(CliContext context)
    {
        var stack = new Option<string>("--stack", "-s") { Description = "The stack to synthesize, read from Pulumi.<stack>.yaml. Without it, Pulumi's PULUMI_STACK and PULUMI_CONFIG are used." };
        var output = new Option<string>("--out", "-o") { Description = "Write <dir>/<stack>.yaml (atomically) instead of printing the program." };
        var projectDir = new Option<string>("--project-dir") { Description = "Where to look for Pulumi.yaml (default: the working directory and up)." };
        var command = new Command("synth", "Print the Pulumi YAML program of a stack (this is the compiler Pulumi.yaml runs).")
        {
            stack, output, projectDir,
        };
        command.SetAction(result => Run(
            context,
            result.GetValue(stack),
            result.GetValue(output),
            result.GetValue(projectDir) ?? context.Host.CurrentDirectory));
        return command;
    }

    private static int Run(CliContext context, string? stackName, string? outDir, string projectDir)
    {
        StackSelection selection;
        try
        {
            if (stackName is not null)
            {
                selection = StackSelection.FromStackFile(stackName, projectDir);
            }
            else if (context.Host.GetVariable(PulumiVariables.Config) is { } configJson)
            {
                selection = StackSelection.FromPulumiHost(context.Host, configJson);
            }
            else
            {
                // Pulumi runs the compiler without a stack to learn which plugins to install.
                var project = context.Host.GetVariable(PulumiVariables.Project) is { Length: > 0 } name ? name : Synthesizer.DefaultProject;
                return Emit(context, "plugin-manifest", Synthesizer.PluginManifest(project), outDir);
            }
        }
        catch (Exception error) when (error is FileNotFoundException or FormatException or InvalidDataException)
        {
            context.Error.WriteLine($"infra synth: {error.Message}");
            return ExitCodes.Usage;
        }

        try
        {
            var result = context.Synthesizer.Synthesize(selection.Stack, selection.Project, selection.Config, selection.OtherStacks);
            DiagnosticPrinter.Print(context.Error, selection.Stack, result.Warnings);
            return Emit(context, selection.Stack, result.Program, outDir);
        }
        catch (InfraException error)
        {
            DiagnosticPrinter.Print(context.Error, selection.Stack, error.Diagnostics);
            return ExitCodes.Invalid;
        }
    }

    private static int Emit(CliContext context, string name, string program, string? outDir)
    {
        if (outDir is null)
        {
            context.Out.Write(program);
        }
        else
        {
            var file = Path.Combine(outDir, name + ".yaml");
            AtomicFile.Write(file, program);
            context.Error.WriteLine($"infra synth: wrote {file}");
        }

        return ExitCodes.Ok;
    }
}
