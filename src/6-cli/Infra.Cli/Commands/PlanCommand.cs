using System.CommandLine;
using Infra.Cli.Views;
using Spectre.Console;

namespace Infra.Cli.Commands;

/// <summary>
/// <c>infra plan --stack NAME</c>: composes and judges a stack offline and shows what it contains:
/// the component tree, resource counts, every compliance rule run with its result (passed, failed,
/// suppressed with its reason) and warnings. Needs no cloud account. Compliance errors are shown in
/// the plan and on stderr, and make the exit code non-zero, as they would fail the synthesis.
/// </summary>
public static class PlanCommand
{
    public static Command Create(CliContext context) =>
        StackCommand.Create(context, "plan", "Show what a stack's program contains, offline.", "The stack to plan (Pulumi.<stack>.yaml).",
            (selection, _) => Plan(context, selection));

    private static int Plan(CliContext context, StackSelection selection)
    {
        var analysis = context.Synthesizer.Analyze(selection.Stack, selection.Project, selection.Config, selection.OtherStacks);
        var terminal = context.Host.IsOutputTerminal;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(context.Out),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (!terminal)
        {
            // A file or a pull-request comment has no width to wrap at.
            console.Profile.Width = 200;
        }

        PlanRenderer.Render(PlanModel.From(analysis), console);
        if (analysis.HasErrors)
        {
            DiagnosticPrinter.Print(context.Error, selection.Stack, [.. analysis.Diagnostics.Where(diagnostic => diagnostic.IsError)]);
            return ExitCodes.Invalid;
        }

        return ExitCodes.Ok;
    }
}
