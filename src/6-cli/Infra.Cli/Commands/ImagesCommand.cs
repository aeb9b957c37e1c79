using System.CommandLine;
using Infra.Cli.Hosting;
using Infra.Cli.Views;
using Infra.Stacks.Supply;

namespace Infra.Cli.Commands;

/// <summary>
/// <c>infra images --stack NAME [--format text|json|skopeo|copy] [--json]</c>: every chart (with version) and
/// image (with tag) the stack deploys, upstream and where the stack pulls it (docs/mirrors.md).
/// </summary>
public static class ImagesCommand
{
    public static Command Create(CliContext context)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "text (a table), json (versioned, docs/mirrors.md), skopeo (a skopeo sync --src yaml --scoped file) or copy (source and target per line, for crane copy).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", JsonFormat.Name, "skopeo", "copy");
        Option<bool>? json = null;
        var command = StackCommand.Create(context, "images", "List every image and chart a stack deploys, upstream and in the stack's registry mirror.", "The stack (Pulumi.<stack>.yaml).",
            (selection, parsed) => Show(context, selection, JsonFormat.Of(parsed, format, json!)), format);
        json = JsonFormat.Add(command, format);
        return command;
    }

    private static int Show(CliContext context, StackSelection selection, string format)
    {
        var result = context.Synthesizer.Synthesize(selection.Stack, selection.Project, selection.Config, selection.OtherStacks);
        var environment = result.Spec.Environment;
        var inventory = ImageInventory.Of(result.Stack, environment);
        if (format is "skopeo" or "copy" && inventory.Images.Mirror is null)
        {
            context.Error.WriteLine(
                $"infra images: stack '{selection.Stack}' sets no {selection.Project}:registryMirror, so it pulls everything from upstream and has nothing to mirror; allowed: --format text or json, or set {selection.Project}:registryMirror (docs/mirrors.md)");
            return ExitCodes.Invalid;
        }

        context.Out.Write(format switch
        {
            "json" => ImagesRenderer.Json(inventory, environment),
            "skopeo" => ImagesRenderer.Skopeo(inventory),
            "copy" => ImagesRenderer.Copy(inventory),
            _ => ImagesRenderer.Text(inventory, environment),
        });
        return ExitCodes.Ok;
    }
}
