using System.CommandLine;
using Infra.Cli.Hosting;
using Infra.Compliance.Engine;
using Infra.Compliance.Rules.Residency;
using Infra.Stacks.Config;

namespace Infra.Cli.Commands;

/// <summary>
/// <c>infra backend --stack NAME</c>: the URL to <c>pulumi login</c> to before working on the stack
/// (config <c>stateBackend</c>), printed alone on stdout so scripts and workflows can use
/// <c>pulumi login "$(infra backend --stack NAME)"</c>. It refuses a stack that declares none, or whose
/// state or secrets would leave its jurisdiction (MLC-RES-003), rather than let a job log in to a
/// default backend.
/// </summary>
public static class BackendCommand
{
    public static Command Create(CliContext context) =>
        StackCommand.Create(context, "backend", "Print the Pulumi backend URL of a stack (for `pulumi login`).", "The stack (Pulumi.<stack>.yaml).",
            (selection, _) => Backend(context, selection));

    private static int Backend(CliContext context, StackSelection selection)
    {
        var key = $"{selection.Project}:{ConfigKeys.StateBackend}";
        if (selection.Config[key]?.Text is not { Length: > 0 } url)
        {
            context.Error.WriteLine(
                $"infra backend: {StackFile.FileName(selection.Stack)} sets no {key}; set it to a bucket of the stack's jurisdiction, e.g. s3://<bucket>?region=<region> (docs/state.md)");
            return ExitCodes.Invalid;
        }

        var analysis = context.Synthesizer.Analyze(selection.Stack, selection.Project, selection.Config, selection.OtherStacks);
        var refused = analysis.Compliance.Findings
            .Where(finding => finding.Rule is StateResidencyRule && finding.Status == FindingStatus.Failed)
            .Select(finding => finding.ToDiagnostic()!)
            .ToList();
        if (refused.Count > 0)
        {
            DiagnosticPrinter.Print(context.Error, selection.Stack, refused);
            return ExitCodes.Invalid;
        }

        context.Out.WriteLine(url);
        return ExitCodes.Ok;
    }
}
