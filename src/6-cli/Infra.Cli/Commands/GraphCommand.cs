using System.CommandLine;
using Infra.Cli.Views;

namespace Infra.Cli.Commands;

/// <summary><c>infra graph --stack NAME --format dot|mermaid</c>: a picture of the stack's components, resources and references.</summary>
public static class GraphCommand
{
    public static Command Create(CliContext context)
    {
        var stack = new Option<string>("--stack", "-s") { Description = "The stack to draw (Pulumi.<stack>.yaml).", Required = true };
        var format = new Option<string>("--format", "-f") { Description = "dot (Graphviz) or mermaid.", DefaultValueFactory = _ => "dot" };
        format.AcceptOnlyFromAmong("dot", "mermaid");
        var projectDir = new Option<string>("--project-dir") { Description = "Where to look for Pulumi.yaml (default: the working directory and up)." };
        var command = new Command("graph", "Draw a stack: components, resources and the references between them.") { stack, format, projectDir };
        command.SetAction(result => Run(
            context, result.GetRequiredValue(stack), result.GetValue(format)!, result.GetValue(projectDir) ?? context.Host.CurrentDirectory));
        return command;
    }

    private static int Run(CliContext context, string stackName, string format, string projectDir) =>
        SynthesizedStack.Run(context, "graph", stackName, projectDir, (_, result) =>
        {
            var picture = StackPicture.From(result.Stack);
            context.Out.Write(format == "mermaid" ? MermaidRenderer.Render(picture) : DotRenderer.Render(picture));
            return ExitCodes.Ok;
        });
}
