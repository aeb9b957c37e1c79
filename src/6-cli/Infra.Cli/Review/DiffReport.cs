using System.Text.Json.Serialization;
using Infra.Stacks.Review;

namespace Infra.Cli.Review;

/// <summary>
/// Everything <c>infra diff</c> found, over all stacks, as plain data: what the renderers draw and
/// what <c>--json</c> writes and <c>--from-report</c> reads back, so a report computed once renders
/// as a comment, a job summary, a stack list and a gate without synthesizing again
/// (the shape: docs/cli.md, version <see cref="CurrentVersion"/>).
/// </summary>
public sealed record DiffReport(string Base, string Head, IReadOnlyList<StackReport> Stacks)
{
    /// <summary>The version of the JSON shape; a change of shape gets a new one.</summary>
    public const int CurrentVersion = 1;

    [JsonPropertyOrder(-1)]
    public int Version { get; init; } = CurrentVersion;

    /// <summary>The stacks a pull request must preview, in order (the <c>--format stacks</c> list).</summary>
    public IReadOnlyList<string> ChangedStacks => [.. Stacks.Where(stack => stack.Changed).Select(stack => stack.Stack)];

    /// <summary>Stateful resources that would be replaced or deleted.</summary>
    public IEnumerable<(string Stack, ResourceChange Change)> Destructive() =>
        Stacks.SelectMany(stack => stack.Resources.Where(change => change.IsDestructive).Select(change => (stack.Stack, change)));

    /// <summary>New findings no suppression covers: errors that fail the head's synthesis.</summary>
    public IEnumerable<(string Stack, FindingEntry Finding)> NewFailures() =>
        Stacks.SelectMany(stack => (stack.Compliance?.New ?? []).Where(finding => finding.Status == FindingEntry.Failed).Select(finding => (stack.Stack, finding)));

    /// <summary>Whether a head stack does not synthesize: the report is complete, the exit code is 1.</summary>
    public bool HasErrors => Stacks.Any(stack => stack.Errors.Count > 0);
}

/// <summary>One stack in a <see cref="DiffReport"/>.</summary>
public sealed record StackReport(string Stack)
{
    /// <summary>
    /// Whether CI must preview the stack: a resource, the program's declared config, variables or
    /// outputs, or the stack file differ, the stack is new, or it does not synthesize at the head.
    /// </summary>
    public bool Changed { get; init; }

    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>What happens to each resource that differs.</summary>
    public IReadOnlyList<ResourceChange> Resources { get; init; } = [];

    /// <summary>Paths of the program's other sections that differ: <c>outputs.vpcId</c>, <c>config.grafanaAdminPassword.secret</c>, <c>variables.…</c>.</summary>
    public IReadOnlyList<PropertyChange> Program { get; init; } = [];

    /// <summary>Paths of <c>Pulumi.&lt;stack&gt;.yaml</c> that differ; null when the base's stack file is not known (a base of program files).</summary>
    public IReadOnlyList<PropertyChange>? StackFile { get; init; }

    /// <summary>Compliance findings the change brings and resolves; null when the base could not be judged.</summary>
    public ComplianceChanges? Compliance { get; init; }

    /// <summary>The head's synthesis warnings (spec, graph, compliance), which Pulumi's YAML host does not show.</summary>
    public IReadOnlyList<DiagnosticEntry> Warnings { get; init; } = [];

    /// <summary>The head's errors: the stack does not synthesize (config, graph or unsuppressed compliance errors).</summary>
    public IReadOnlyList<DiagnosticEntry> Errors { get; init; } = [];

    /// <summary>How the monthly cost of the GPU pools changes; null when no pool's size, type or price changes.</summary>
    public GpuCostChange? Cost { get; init; }

    public int Count(ChangeKind kind) => Resources.Count(change => change.Kind == kind);
}

/// <summary>Compliance findings (rule, resource) the head has and the base had not, and the reverse.</summary>
public sealed record ComplianceChanges(IReadOnlyList<FindingEntry> New, IReadOnlyList<FindingEntry> Resolved)
{
    [JsonIgnore]
    public bool IsEmpty => New.Count == 0 && Resolved.Count == 0;
}

/// <summary>A compliance finding: its status at the head (<c>failed</c>, <c>warning</c>, <c>suppressed</c>) and the suppression's reason.</summary>
public sealed record FindingEntry(string Rule, string Resource, string Status, string Message, string? Reason)
{
    public const string Failed = "failed";
    public const string Warning = "warning";
    public const string Suppressed = "suppressed";
}

/// <summary>
/// A diagnostic of the head's synthesis. <see cref="IsNew"/>: whether the base's synthesis did not
/// print it; null when the base's warnings are not known.
/// </summary>
public sealed record DiagnosticEntry(string Code, string Subject, string Message)
{
    public bool? IsNew { get; init; }

    public override string ToString() => $"{Code}: {Subject}: {Message}";
}
