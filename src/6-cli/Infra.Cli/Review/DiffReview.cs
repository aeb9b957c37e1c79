using Infra.Cli.Hosting;
using Infra.Cli.Views;
using Infra.Compliance.Engine;
using Infra.Components.Compute;
using Infra.Core.Diagnostics;
using Infra.Stacks.Config;
using Infra.Stacks.Review;
using Infra.Stacks.Synthesis;

namespace Infra.Cli.Review;

/// <summary>
/// Compares every stack of the working tree with the base and judges the head: the one pass of
/// <c>infra diff</c> that synthesizes. Whatever a stack's head does — synthesizes, fails on a
/// compliance error, fails on its config — it gets its entry, so the report is always complete.
/// </summary>
public static class DiffReview
{
    public const string Head = "working tree";

    public static DiffReport Review(Synthesizer synthesizer, ProjectDirectory project, BaseProgramSet baseSet)
    {
        ArgumentNullException.ThrowIfNull(synthesizer);
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(baseSet);
        var headStacks = project.Stacks();
        var stacks = headStacks.Union(baseSet.Programs.Keys, StringComparer.Ordinal).Union(baseSet.StackFiles?.Keys ?? [], StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(stack => headStacks.Contains(stack)
                ? Stack(synthesizer, project, baseSet, stack)
                : new StackReport(stack) { Notes = [.. NotesOf(baseSet, stack), $"{stack}: the stack file was removed; nothing is destroyed until someone runs `pulumi destroy` on it"] })
            .ToList();
        return new DiffReport(baseSet.Description, Head, stacks);
    }

    private static List<string> NotesOf(BaseProgramSet baseSet, string stack) =>
        [.. baseSet.Notes.Where(note => note.StartsWith(stack + ":", StringComparison.Ordinal))];

    private static StackReport Stack(Synthesizer synthesizer, ProjectDirectory project, BaseProgramSet baseSet, string stack)
    {
        var notes = NotesOf(baseSet, stack);
        var baseText = baseSet.Programs.GetValueOrDefault(stack);
        var isNew = baseText is null && notes.Count == 0;
        if (isNew)
        {
            notes.Add($"{stack}: a new stack");
        }

        var stackFile = StackFileChanges(baseSet, project, stack, notes);
        ProgramDocument? before;
        try
        {
            before = baseText is null ? ProgramDocument.Empty : ProgramDocument.Parse(baseText, $"base {stack}");
        }
        catch (FormatException error)
        {
            notes.Add($"{stack}: the base program could not be read, so its resources are not compared: {error.Message}");
            before = null;
        }

        StackAnalysis head;
        try
        {
            var selection = StackSelection.FromStackFile(stack, project.Path);
            head = synthesizer.Analyze(selection.Stack, selection.Project, selection.Config, selection.OtherStacks);
        }
        catch (InfraException error)
        {
            return Failed(stack, notes, stackFile, error.Diagnostics);
        }
        catch (Exception error) when (error is FileNotFoundException or FormatException or InvalidDataException)
        {
            return Failed(stack, notes, stackFile, [Diagnostic.Error("stack-file", StackFile.FileName(stack), error.Message)]);
        }

        var compliance = Compliance(synthesizer, baseText, head, notes);
        var diff = before is null ? null : ProgramDiffer.Compare(stack, before, ProgramDocument.Of(head.Stack));
        var errors = head.Diagnostics.Where(diagnostic => diagnostic.IsError).Select(Entry).ToList();
        var changed = diff is null || diff.HasChanges || stackFile is { Count: > 0 } || errors.Count > 0 || isNew;
        var baseWarnings = baseSet.Warnings?.GetValueOrDefault(stack);
        return new StackReport(stack)
        {
            Changed = changed,
            Notes = notes,
            Resources = diff?.Changes ?? [],
            Program = diff?.ProgramChanges ?? [],
            StackFile = stackFile,
            Compliance = compliance,
            Warnings = [.. head.Diagnostics.Where(diagnostic => !diagnostic.IsError).Select(diagnostic => Entry(diagnostic) with
            {
                IsNew = baseWarnings is not null ? !baseWarnings.Contains(diagnostic.ToString()) : isNew && baseSet.Warnings is not null ? true : null,
            })],
            Errors = errors,
            Cost = changed ? Cost(synthesizer, baseSet, stack, isNew, head) : null,
        };
    }

    private static StackReport Failed(string stack, List<string> notes, IReadOnlyList<PropertyChange>? stackFile, IReadOnlyList<Diagnostic> diagnostics) => new(stack)
    {
        Changed = true,
        Notes = notes,
        StackFile = stackFile,
        Errors = [.. diagnostics.Where(diagnostic => diagnostic.IsError).Select(Entry)],
        Warnings = [.. diagnostics.Where(diagnostic => !diagnostic.IsError).Select(Entry)],
    };

    /// <summary>The stack file's changes; null when the base has no stack files or one cannot be read (with a note).</summary>
    private static IReadOnlyList<PropertyChange>? StackFileChanges(BaseProgramSet baseSet, ProjectDirectory project, string stack, List<string> notes)
    {
        if (baseSet.StackFiles is not { } files)
        {
            return null;
        }

        try
        {
            return StackFileDiffer.Compare(files.GetValueOrDefault(stack), File.ReadAllText(project.StackFile(stack)));
        }
        catch (Exception error) when (error is FormatException or IOException)
        {
            notes.Add($"{stack}: the stack files could not be compared: {error.Message}");
            return null;
        }
    }

    /// <summary>The findings the change brings; null (with a note) when the base program cannot be read back.</summary>
    private static ComplianceChanges? Compliance(Synthesizer synthesizer, string? baseText, StackAnalysis head, List<string> notes)
    {
        try
        {
            var delta = ComplianceReview.Compare(baseText, head, synthesizer);
            return new ComplianceChanges([.. delta.New.Select(Entry)], [.. delta.Resolved.Select(Entry)]);
        }
        catch (FormatException error)
        {
            notes.Add($"{head.Spec.Environment.StackName}: the base program could not be judged for compliance: {error.Message}");
            return null;
        }
    }

    /// <summary>A new stack's base costs nothing; otherwise the base is composed by this build from the base's stack file, when it can be.</summary>
    private static GpuCostChange? Cost(Synthesizer synthesizer, BaseProgramSet baseSet, string stack, bool isNew, StackAnalysis head)
    {
        var before = isNew ? new CostEstimate([]) : baseSet.Compose(stack, synthesizer) is { } composed ? StackCost.Of(composed) : null;
        return GpuCostChange.Between(before, StackCost.Of(head));
    }

    private static DiagnosticEntry Entry(Diagnostic diagnostic) => new(diagnostic.Code, diagnostic.Subject, diagnostic.Message);

    private static FindingEntry Entry(Finding finding) => new(
        finding.Rule.Id,
        finding.Resource,
        finding.Status switch
        {
            FindingStatus.Failed => FindingEntry.Failed,
            FindingStatus.Warned => FindingEntry.Warning,
            _ => FindingEntry.Suppressed,
        },
        finding.Message,
        finding.Suppression?.Reason);
}
