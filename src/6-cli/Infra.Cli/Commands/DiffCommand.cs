using System.CommandLine;
using Infra.Cli.Hosting;
using Infra.Cli.Review;

namespace Infra.Cli.Commands;

/// <summary>
/// <c>infra diff --base REF|DIR</c>: synthesizes every stack at the base and in the working tree and
/// shows, per stack, the resources added, deleted, updated and replaced — stateful replacements and
/// deletions loudly —, changes to outputs, variables, declared config and the stack file, the
/// compliance findings the change brings or resolves, the head's synthesis warnings and the GPU
/// pools' monthly cost. Text for a terminal, Markdown for a pull-request comment, JSON for a job.
/// <c>--from-report FILE</c> renders a report written by <c>--json</c> instead of synthesizing again,
/// with the same output and exit code, so CI synthesizes once and renders the comment, the summary,
/// the stack list and the destructive gate from it. Needs no cloud. When a stack at the head does
/// not synthesize, the report is still written (it shows why) and the exit code is non-zero.
/// </summary>
public static class DiffCommand
{
    public static Command Create(CliContext context)
    {
        var baseOption = new Option<string>("--base", "-b") { Description = "Compare with this base: a git ref (origin/main), a checkout of this repository, or a directory of <stack>.yaml programs (and optionally Pulumi.<stack>.yaml files)." };
        var fromReport = new Option<string>("--from-report") { Description = "Render a report written by `infra diff --json` instead of synthesizing (the same output and exit code)." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "text, markdown, stacks (the names of the stacks that change, one per line, for CI matrices) or json (versioned, docs/cli.md).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "markdown", "stacks", JsonFormat.Name);
        var output = new Option<string>("--output", "-o") { Description = "Write the report to this file (atomically) instead of stdout." };
        var failOnDestructive = new Option<bool>("--fail-on-destructive") { Description = "Exit with code 3 when a bucket, key or cluster would be replaced or deleted." };
        var maxLength = new Option<int>("--max-length")
        {
            Description = $"Markdown only: cap the report at this many characters, shortening the longest stack sections first (default {MarkdownDiffRenderer.DefaultMaxLength}, below GitHub's comment limit; 0: no cap).",
            DefaultValueFactory = _ => MarkdownDiffRenderer.DefaultMaxLength,
        };
        maxLength.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is var value && value != 0 && value < 1000)
            {
                result.AddError($"--max-length {value}: allowed are 0 (no cap) or at least 1000 characters");
            }
        });
        var baseBuild = new Option<string>("--base-build")
        {
            Description = "With a git ref as --base: auto (synthesize the base with this build when the compiler's sources are unchanged, else build the base) or always (build the base's own compiler).",
            DefaultValueFactory = _ => "auto",
        };
        baseBuild.AcceptOnlyFromAmong("auto", "always");
        var projectDir = new Option<string>("--project-dir") { Description = "Where to look for Pulumi.yaml (default: the working directory and up)." };
        var command = new Command("diff", "Show what a change does to every stack's program, before any cloud is touched.")
        {
            baseOption, fromReport, format, output, failOnDestructive, maxLength, baseBuild, projectDir,
        };
        var json = JsonFormat.Add(command, format);
        command.Validators.Add(result =>
        {
            var hasBase = result.GetResult(baseOption) is not null;
            var hasReport = result.GetResult(fromReport) is not null;
            if (hasBase == hasReport)
            {
                result.AddError(hasBase ? "--base and --from-report are two sources of a report; give one" : "give --base REF|DIR to compare with, or --from-report FILE to render a saved report");
            }
        });
        command.SetAction(result => Run(context, new DiffRequest(
            result.GetValue(baseOption),
            result.GetValue(fromReport),
            JsonFormat.Of(result, format, json),
            result.GetValue(output),
            result.GetValue(failOnDestructive),
            result.GetValue(maxLength),
            result.GetValue(baseBuild) == "always" ? BaseBuild.Always : BaseBuild.Auto,
            result.GetValue(projectDir) ?? context.Host.CurrentDirectory)));
        return command;
    }

    private sealed record DiffRequest(
        string? Base, string? FromReport, string Format, string? Output, bool FailOnDestructive, int MaxLength, BaseBuild BaseBuild, string ProjectDir);

    private static int Run(CliContext context, DiffRequest request)
    {
        DiffReport report;
        try
        {
            report = request.FromReport is { } file ? Saved(context, file) : Review(context, request);
        }
        catch (Exception error) when (error is FileNotFoundException or DirectoryNotFoundException or InvalidDataException or InvalidOperationException or IOException or FormatException)
        {
            context.Error.WriteLine($"infra diff: {error.Message}");
            return ExitCodes.Usage;
        }

        var toTerminal = request.Output is null && ReportConsole.UseColour(context.Host);
        if (request.Format == "text" && toTerminal)
        {
            TextDiffRenderer.Render(report, ReportConsole.Create(context.Out, colour: true));
        }
        else
        {
            var rendered = request.Format switch
            {
                "markdown" => MarkdownDiffRenderer.Render(report, request.MaxLength),
                "stacks" => string.Concat(report.ChangedStacks.Select(stack => stack + "\n")),
                JsonFormat.Name => DiffReportJson.Write(report),
                _ => TextDiffRenderer.Render(report),
            };
            if (request.Output is null)
            {
                context.Out.Write(rendered);
            }
            else
            {
                AtomicFile.Write(Path.GetFullPath(request.Output, context.Host.CurrentDirectory), rendered);
            }
        }

        foreach (var stack in report.Stacks.Where(stack => stack.Errors.Count > 0))
        {
            context.Error.WriteLine($"infra: stack '{stack.Stack}' has {stack.Errors.Count} error{(stack.Errors.Count == 1 ? "" : "s")}; nothing was synthesized:");
            foreach (var error in stack.Errors)
            {
                context.Error.WriteLine($"  error {error}");
            }
        }

        return report.HasErrors ? ExitCodes.Invalid
            : request.FailOnDestructive && report.Destructive().Any() ? ExitCodes.Destructive
            : ExitCodes.Ok;
    }

    private static DiffReport Saved(CliContext context, string file)
    {
        var path = Path.GetFullPath(file, context.Host.CurrentDirectory);
        return DiffReportJson.Read(File.ReadAllText(path), file);
    }

    private static DiffReport Review(CliContext context, DiffRequest request)
    {
        var project = ProjectDirectory.Locate(request.ProjectDir);
        using var baseSet = new BasePrograms(context.Processes, context.Error, context.Synthesizer).Load(request.Base!, project, request.BaseBuild);
        return DiffReview.Review(context.Synthesizer, project, baseSet);
    }
}
