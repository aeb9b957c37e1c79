using System.CommandLine;
using Infra.Cli.Hosting;
using Infra.Cli.Review;
using Infra.Cli.Views;

namespace Infra.Cli.Commands;

/// <summary>
/// <c>infra plan --stack NAME [--json]</c>: composes and judges a stack offline and shows what it
/// contains: the component tree, resource counts, the GPU pools' monthly cost, every compliance rule
/// run with its result (passed, failed, suppressed with its reason) and warnings; as JSON with
/// <c>--json</c>. Needs no cloud account. Compliance errors are shown in the plan and on stderr, and
/// make the exit code non-zero, as they would fail the synthesis.
/// </summary>
public static class PlanCommand
{
    public static Command Create(CliContext context)
    {
        var format = new Option<string>("--format", "-f") { Description = "text (a tree and tables) or json (versioned, docs/cli.md).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", JsonFormat.Name);
        Option<bool>? json = null;
        var command = StackCommand.Create(context, "plan", "Show what a stack's program contains, offline.", "The stack to plan (Pulumi.<stack>.yaml).",
            (selection, result) => Plan(context, selection, JsonFormat.Of(result, format, json!)), format);
        json = JsonFormat.Add(command, format);
        return command;
    }

    private static int Plan(CliContext context, StackSelection selection, string format)
    {
        var analysis = context.Synthesizer.Analyze(selection.Stack, selection.Project, selection.Config, selection.OtherStacks);
        var plan = PlanModel.From(analysis);
        if (format == JsonFormat.Name)
        {
            context.Out.Write(PlanJson.Write(plan, analysis));
        }
        else
        {
            var console = ReportConsole.Create(context.Out, ReportConsole.UseColour(context.Host));
            // A terminal wraps tables at its width; a file or a pull-request comment has none to wrap at.
            console.Profile.Width = context.Host.IsOutputTerminal ? TerminalWidth() : 200;
            PlanRenderer.Render(plan, console);
        }

        if (analysis.HasErrors)
        {
            DiagnosticPrinter.Print(context.Error, selection.Stack, [.. analysis.Diagnostics.Where(diagnostic => diagnostic.IsError)]);
            return ExitCodes.Invalid;
        }

        return ExitCodes.Ok;
    }

    private static int TerminalWidth()
    {
        try
        {
            return Console.WindowWidth is > 0 and var width ? width : 80;
        }
        catch (IOException)
        {
            return 80;
        }
    }
}
