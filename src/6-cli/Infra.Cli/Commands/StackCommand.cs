using System.CommandLine;
using Infra.Core.Diagnostics;

namespace Infra.Cli.Commands;

/// <summary>
/// The shape every command on one stack's file shares: <c>--stack</c> (required) and
/// <c>--project-dir</c>, the stack file read (missing or unreadable: a usage error, exit 2), and the
/// stack's problems printed with their keys (exit 1). A command adds its own options and its work.
/// </summary>
internal static class StackCommand
{
    public static Command Create(
        CliContext context, string name, string description, string stackDescription, Func<StackSelection, ParseResult, int> work, params Option[] options)
    {
        var stack = new Option<string>("--stack", "-s") { Description = stackDescription, Required = true };
        var projectDir = new Option<string>("--project-dir") { Description = "Where to look for Pulumi.yaml (default: the working directory and up)." };
        var command = new Command(name, description) { stack };
        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        command.Options.Add(projectDir);
        command.SetAction(result => Run(
            context, name, result.GetRequiredValue(stack), result.GetValue(projectDir) ?? context.Host.CurrentDirectory, selection => work(selection, result)));
        return command;
    }

    private static int Run(CliContext context, string name, string stackName, string projectDir, Func<StackSelection, int> work)
    {
        StackSelection selection;
        try
        {
            selection = StackSelection.FromStackFile(stackName, projectDir);
        }
        catch (Exception error) when (error is FileNotFoundException or FormatException or InvalidDataException)
        {
            context.Error.WriteLine($"infra {name}: {error.Message}");
            return ExitCodes.Usage;
        }

        try
        {
            return work(selection);
        }
        catch (InfraException error)
        {
            DiagnosticPrinter.Print(context.Error, selection.Stack, error.Diagnostics);
            return ExitCodes.Invalid;
        }
    }
}
