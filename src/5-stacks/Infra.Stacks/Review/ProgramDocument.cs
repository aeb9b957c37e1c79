using System.Collections.Immutable;
using Infra.Core.Graph;
using Infra.Core.Yaml;

namespace Infra.Stacks.Review;

/// <summary>One resource of a parsed program: its type and its properties and options as plain trees.</summary>
public sealed record ProgramResource(string Name, string Type, object? Properties, object? Options)
{
    /// <summary>The logical names this resource was known by before (its <c>aliases</c> with a name).</summary>
    public IEnumerable<string> AliasNames =>
        Options is IReadOnlyDictionary<string, object?> options && options.GetValueOrDefault("aliases") is IReadOnlyList<object?> aliases
            ? aliases.OfType<IReadOnlyDictionary<string, object?>>().Select(alias => alias.GetValueOrDefault("name")).OfType<string>()
            : [];

    public bool IsProtected =>
        Options is IReadOnlyDictionary<string, object?> options && options.GetValueOrDefault("protect") as string == "true";
}

/// <summary>
/// A stack's graph as <c>infra diff</c> compares it: resources by logical name, with properties and
/// options as trees of text, lists and ordinal-sorted maps, so two programs compare structurally.
/// The head is its composed graph; the base, which exists only as program text, is read into a
/// graph by the one program reader (<see cref="ProgramReader"/>) first.
/// </summary>
public sealed class ProgramDocument
{
    private ProgramDocument(ImmutableSortedDictionary<string, ProgramResource> resources) => Resources = resources;

    public ImmutableSortedDictionary<string, ProgramResource> Resources { get; }

    public static ProgramDocument Empty { get; } = new(ImmutableSortedDictionary.Create<string, ProgramResource>(StringComparer.Ordinal));

    public static ProgramDocument Of(Stack graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var resources = ImmutableSortedDictionary.CreateBuilder<string, ProgramResource>(StringComparer.Ordinal);
        foreach (var resource in graph.AllResources)
        {
            var (properties, options) = ProgramWriter.Trees(resource);
            resources[resource.LogicalName] = new ProgramResource(resource.LogicalName, resource.Type, properties, options);
        }

        return new ProgramDocument(resources.ToImmutable());
    }

    /// <exception cref="FormatException">The text is not a program the reader can read back.</exception>
    public static ProgramDocument Parse(string yaml, string sourceName) => Of(ProgramReader.Read(yaml, sourceName, sourceName));
}
