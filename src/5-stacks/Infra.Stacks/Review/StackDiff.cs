using Infra.Compliance.Engine;

namespace Infra.Stacks.Review;

public enum ChangeKind
{
    Add,
    Delete,
    Update,

    /// <summary>Deleted and created again: the type or an input that cannot change in place changed.</summary>
    Replace,

    /// <summary>The logical name changed and an alias keeps the deployed resource.</summary>
    RenameWithAlias,
}

/// <summary>One property that differs: its path (<c>properties.tags.owner</c>) and both values as YAML-ish text.</summary>
public sealed record PropertyChange(string Path, string? Before, string? After);

/// <summary>What happens to one resource.</summary>
public sealed record ResourceChange(
    ChangeKind Kind,
    string Name,
    string Type,
    IReadOnlyList<PropertyChange> Properties,
    string? Reason,
    bool IsStateful)
{
    /// <summary>A deletion or replacement of something that holds state: shown loudly.</summary>
    public bool IsDestructive => IsStateful && Kind is ChangeKind.Delete or ChangeKind.Replace;
}

/// <summary>
/// The difference between one stack at the base and at the head: its program's resources, its
/// program's other sections, and its stack file. Any of them makes the stack changed, so CI
/// previews it: an output added changes no resource, and a config value can change nothing in the
/// program and still change what Pulumi does with it.
/// </summary>
public sealed record StackDiff(string Stack, IReadOnlyList<ResourceChange> Changes, IReadOnlyList<string> Notes)
{
    /// <summary>Compliance findings the change brings and resolves; null when the base could not be judged.</summary>
    public ComplianceDelta? Compliance { get; init; }

    /// <summary>Paths under the program's <c>config:</c>, <c>variables:</c>, <c>outputs:</c> (and name, description) that differ.</summary>
    public IReadOnlyList<PropertyChange> ProgramChanges { get; init; } = [];

    /// <summary>Paths of <c>Pulumi.&lt;stack&gt;.yaml</c> that differ (<c>config.ml-platform:owner</c>); null when the base's stack file is unknown.</summary>
    public IReadOnlyList<PropertyChange>? StackFileChanges { get; init; }

    public int Count(ChangeKind kind) => Changes.Count(change => change.Kind == kind);

    public bool HasChanges => Changes.Count > 0 || ProgramChanges.Count > 0 || StackFileChanges is { Count: > 0 };

    public IEnumerable<ResourceChange> Destructive => Changes.Where(change => change.IsDestructive);
}
