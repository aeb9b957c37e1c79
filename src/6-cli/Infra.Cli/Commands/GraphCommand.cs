using System.CommandLine;
using Infra.Cli.Views;

namespace Infra.Cli.Commands;

/// <summary><c>infra graph --stack NAME --format dot|mermaid</c>: a picture of the stack's components, resources and references.</summary>
public static class GraphCommand
{
    public static Command Create(CliContext context)
    {
        var format = new Option<string>("--format", "-f") { Description = "dot (Graphviz) or mermaid.", DefaultValueFactory = _ => "dot" };
        format.AcceptOnlyFromAmong("dot", "mermaid");
        return StackCommand.Create(context, "graph", "Draw a stack: components, resources and the references between them.", "The stack to draw (Pulumi.<stack>.yaml).",
            (selection, result) =>
            {
                var synthesized = context.Synthesizer.Synthesize(selection.Stack, selection.Project, selection.Config, selection.OtherStacks);
                var picture = StackPicture.From(synthesized.Stack);
                context.Out.Write(result.GetValue(format) == "mermaid" ? MermaidRenderer.Render(picture) : DotRenderer.Render(picture));
                return ExitCodes.Ok;
            },
            format);
    }
}
