using System.CommandLine;
using Infra.Cli.Views;
using Infra.Core.Diagnostics;
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
    public static Command Create(CliContext context)
    {
        var stack = new Option<string>("--stack", "-s") { Description = "The stack to plan (Pulumi.<stack>.yaml).", Required = true };
        var projectDir = new Option<string>("--project-dir") { Description = "Where to look for Pulumi.yaml (default: the working directory and up)." };
        var command = new Command("plan", "Show what a stack's program contains, offline.") { stack, projectDir };
        command.SetAction(result => Run(context, result.GetRequiredValue(stack), result.GetValue(projectDir) ?? context.Host.CurrentDirectory));
        return command;
    }

    private static int Run(CliContext context, string stackName, string projectDir)
    {
        StackSelection selection;
        try
        {
            selection = StackSelection.FromStackFile(stackName, projectDir);
        }
        catch (Exception error) when (error is FileNotFoundException or FormatException or InvalidDataException)
        {
            context.Error.WriteLine($"infra plan: {error.Message}");
            return ExitCodes.Usage;
        }

        try
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
        catch (InfraException error)
        {
            DiagnosticPrinter.Print(context.Error, selection.Stack, error.Diagnostics);
            return ExitCodes.Invalid;
        }
    }
}
