using Infra.Core.Diagnostics;
using Infra.Stacks.Synthesis;

namespace Infra.Cli.Commands;

/// <summary>
/// The frame of a command that reads a stack's file, synthesizes it and shows the result: an
/// unreadable or unknown stack is a usage error, a stack that does not synthesize prints its
/// problems; either way nothing reaches stdout.
/// </summary>
public static class SynthesizedStack
{
    public static int Run(CliContext context, string command, string stackName, string projectDir, Func<StackSelection, SynthesisResult, int> show)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(show);
        StackSelection selection;
        try
        {
            selection = StackSelection.FromStackFile(stackName, projectDir);
        }
        catch (Exception error) when (error is FileNotFoundException or FormatException or InvalidDataException)
        {
            context.Error.WriteLine($"infra {command}: {error.Message}");
            return ExitCodes.Usage;
        }

        try
        {
            return show(selection, context.Synthesizer.Synthesize(selection.Stack, selection.Project, selection.Config, selection.OtherStacks));
        }
        catch (InfraException error)
        {
            DiagnosticPrinter.Print(context.Error, selection.Stack, error.Diagnostics);
            return ExitCodes.Invalid;
        }
    }
}
