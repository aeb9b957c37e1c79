using System.CommandLine;
using Infra.Cli.Hosting;
using Infra.Core.Diagnostics;

namespace Infra.Cli.Commands;

/// <summary>
/// The shape every command on one stack's file shares: <c>--stack</c> and <c>--project-dir</c>, the
/// stack file read (missing or unreadable: a usage error, exit 2), and the stack's problems printed
/// with their keys (exit 1). Without <c>--stack</c>, the stack Pulumi has selected for the project
/// (<see cref="PulumiWorkspace"/>), said on stderr; neither is a usage error. A command adds its own
/// options and its work.
/// </summary>
internal static class StackCommand
{
    public static Command Create(
        CliContext context, string name, string description, string stackDescription, Func<StackSelection, ParseResult, int> work, params Option[] options)
    {
        var stack = new Option<string>("--stack", "-s")
        {
            Description = stackDescription + " Default: the stack selected in Pulumi (PULUMI_STACK, or `pulumi stack select`).",
        };
        var projectDir = new Option<string>("--project-dir") { Description = "Where to look for Pulumi.yaml (default: the working directory and up)." };
        var command = new Command(name, description) { stack };
        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        command.Options.Add(projectDir);
        command.SetAction(result => Run(
            context, name, result.GetValue(stack), result.GetValue(projectDir) ?? context.Host.CurrentDirectory, selection => work(selection, result)));
        return command;
    }

    private static int Run(CliContext context, string name, string? stackName, string projectDir, Func<StackSelection, int> work)
    {
        StackSelection selection;
        try
        {
            selection = StackSelection.FromStackFile(stackName ?? Selected(context, name, projectDir), projectDir);
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

    /// <exception cref="FileNotFoundException">No project, or no stack selected in Pulumi.</exception>
    /// <exception cref="FormatException">The selection cannot be this project's.</exception>
    private static string Selected(CliContext context, string name, string projectDir)
    {
        var project = ProjectDirectory.Locate(projectDir);
        var selected = PulumiWorkspace.Selected(context.Host, project, out var looked);
        if (selected is null)
        {
            var known = project.Stacks();
            throw new FileNotFoundException(
                $"no --stack given and no Pulumi stack selected for project '{project.Name}' (looked at {looked}); " +
                $"pass --stack NAME or run `pulumi stack select NAME`; stacks here: {(known.Count == 0 ? "none" : string.Join(", ", known))}");
        }

        context.Error.WriteLine($"infra {name}: stack '{selected.Name}', selected by {selected.Source}");
        return selected.Name;
    }
}
