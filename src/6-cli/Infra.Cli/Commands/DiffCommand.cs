using System.CommandLine;
using Infra.Cli.Hosting;
using Infra.Cli.Review;
using Infra.Compliance.Engine;
using Infra.Core.Diagnostics;
using Infra.Stacks.Review;
using Infra.Stacks.Synthesis;

namespace Infra.Cli.Commands;

/// <summary>
/// <c>infra diff --base REF|DIR</c>: synthesizes every stack at the base and in the working tree and
/// shows, per stack, the resources added, deleted, updated and replaced — stateful replacements and
/// deletions loudly — and the compliance findings the change brings or resolves. Text for a
/// terminal, Markdown for a pull-request comment. Needs no cloud. When a stack at the head has an
/// unsuppressed compliance error the report is still written (it shows the finding) and the exit
/// code is non-zero, as the synthesis would fail.
/// </summary>
public static class DiffCommand
{
    public static Command Create(CliContext context)
    {
        var baseOption = new Option<string>("--base", "-b") { Description = "A git ref (origin/main), a checkout of this repository, or a directory of <stack>.yaml programs.", Required = true };
        var format = new Option<string>("--format", "-f") { Description = "text, markdown, or stacks (the names of the stacks that change, one per line, for CI matrices).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "markdown", "stacks");
        var output = new Option<string>("--output", "-o") { Description = "Write the report to this file (atomically) instead of stdout." };
        var failOnDestructive = new Option<bool>("--fail-on-destructive") { Description = "Exit with code 3 when a bucket, key or cluster would be replaced or deleted." };
        var projectDir = new Option<string>("--project-dir") { Description = "Where to look for Pulumi.yaml (default: the working directory and up)." };
        var command = new Command("diff", "Show what a change does to every stack's program, before any cloud is touched.")
        {
            baseOption, format, output, failOnDestructive, projectDir,
        };
        command.SetAction(result => Run(
            context,
            result.GetRequiredValue(baseOption),
            result.GetValue(format)!,
            result.GetValue(output),
            result.GetValue(failOnDestructive),
            result.GetValue(projectDir) ?? context.Host.CurrentDirectory));
        return command;
    }

    private static int Run(CliContext context, string baseSpec, string format, string? outputFile, bool failOnDestructive, string projectDir)
    {
        ProjectDirectory project;
        BaseProgramSet basePrograms;
        try
        {
            project = ProjectDirectory.Locate(projectDir);
            basePrograms = new BasePrograms(context.Processes, context.Error).Load(baseSpec, project);
        }
        catch (Exception error) when (error is FileNotFoundException or InvalidDataException or InvalidOperationException or IOException)
        {
            context.Error.WriteLine($"infra diff: {error.Message}");
            return ExitCodes.Usage;
        }

        var stacks = new List<StackDiff>();
        var failing = new List<(string Stack, StackAnalysis Analysis)>();
        foreach (var stack in project.Stacks().Union(basePrograms.Programs.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var notes = basePrograms.Notes.Where(note => note.StartsWith(stack + ":", StringComparison.Ordinal)).ToList();
            var before = basePrograms.Programs.TryGetValue(stack, out var baseText)
                ? ProgramDocument.Parse(baseText, $"base {stack}")
                : ProgramDocument.Empty;
            if (!project.Stacks().Contains(stack))
            {
                notes.Add($"{stack}: the stack file was removed; nothing is destroyed until someone runs `pulumi destroy` on it");
                stacks.Add(new StackDiff(stack, [], notes));
                continue;
            }

            if (!basePrograms.Programs.ContainsKey(stack) && notes.Count == 0)
            {
                notes.Add($"{stack}: a new stack");
            }

            try
            {
                var selection = StackSelection.FromStackFile(stack, project.Path);
                var head = context.Synthesizer.Analyze(selection.Stack, selection.Project, selection.Config, selection.OtherStacks);
                var compliance = Compliance(context.Synthesizer, baseText, head, notes);
                var diff = ProgramDiffer.Compare(stack, before, ProgramDocument.Of(head.Stack), notes);
                stacks.Add(diff with { Compliance = compliance });
                if (head.HasErrors)
                {
                    failing.Add((stack, head));
                }
            }
            catch (InfraException error)
            {
                DiagnosticPrinter.Print(context.Error, stack, error.Diagnostics);
                return ExitCodes.Invalid;
            }
        }

        var report = new DiffReport(basePrograms.Description, "working tree", stacks);
        var rendered = format switch
        {
            "markdown" => MarkdownDiffRenderer.Render(report),
            "stacks" => string.Concat(report.Stacks.Where(stack => stack.HasChanges).Select(stack => stack.Stack + "\n")),
            _ => TextDiffRenderer.Render(report),
        };
        if (outputFile is null)
        {
            context.Out.Write(rendered);
        }
        else
        {
            AtomicFile.Write(Path.GetFullPath(outputFile, context.Host.CurrentDirectory), rendered);
        }

        foreach (var (stack, analysis) in failing)
        {
            DiagnosticPrinter.Print(context.Error, stack, [.. analysis.Diagnostics.Where(diagnostic => diagnostic.IsError)]);
        }

        return failing.Count > 0 ? ExitCodes.Invalid
            : failOnDestructive && report.Destructive.Any() ? ExitCodes.Destructive
            : ExitCodes.Ok;
    }

    /// <summary>The findings the change brings; null (with a note) when the base program cannot be read back.</summary>
    private static ComplianceDelta? Compliance(Synthesizer synthesizer, string? baseText, StackAnalysis head, List<string> notes)
    {
        try
        {
            return ComplianceReview.Compare(baseText, head, synthesizer);
        }
        catch (FormatException error)
        {
            notes.Add($"{head.Spec.Environment.StackName}: the base program could not be judged for compliance: {error.Message}");
            return null;
        }
    }
}
