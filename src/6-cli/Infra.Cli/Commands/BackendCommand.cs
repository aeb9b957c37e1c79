using System.CommandLine;
using Infra.Compliance.Engine;
using Infra.Compliance.Rules.Residency;
using Infra.Core.Diagnostics;
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
    public static Command Create(CliContext context)
    {
        var stack = new Option<string>("--stack", "-s") { Description = "The stack (Pulumi.<stack>.yaml).", Required = true };
        var projectDir = new Option<string>("--project-dir") { Description = "Where to look for Pulumi.yaml (default: the working directory and up)." };
        var command = new Command("backend", "Print the Pulumi backend URL of a stack (for `pulumi login`).") { stack, projectDir };
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
            context.Error.WriteLine($"infra backend: {error.Message}");
            return ExitCodes.Usage;
        }

        var key = $"{selection.Project}:{ConfigKeys.StateBackend}";
        if (selection.Config[key]?.Text is not { Length: > 0 } url)
        {
            context.Error.WriteLine(
                $"infra backend: {StackFile.FileName(stackName)} sets no {key}; set it to a bucket of the stack's jurisdiction, e.g. s3://<bucket>?region=<region> (docs/state.md)");
            return ExitCodes.Invalid;
        }

        try
        {
            var analysis = context.Synthesizer.Analyze(selection.Stack, selection.Project, selection.Config, selection.OtherStacks);
            var refused = analysis.Compliance.Findings
                .Where(finding => finding.Rule is StateResidencyRule && finding.Status == FindingStatus.Failed)
                .ToList();
            if (refused.Count > 0)
            {
                DiagnosticPrinter.Print(context.Error, selection.Stack, [.. refused.Select(finding => finding.ToDiagnostic()!)]);
                return ExitCodes.Invalid;
            }
        }
        catch (InfraException error)
        {
            DiagnosticPrinter.Print(context.Error, selection.Stack, error.Diagnostics);
            return ExitCodes.Invalid;
        }

        context.Out.WriteLine(url);
        return ExitCodes.Ok;
    }
}
