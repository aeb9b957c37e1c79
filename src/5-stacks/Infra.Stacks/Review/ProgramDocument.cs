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
/// options as trees of text, lists and ordinal-sorted maps, so two programs compare structurally;
/// and every other top-level section of the program (name, description, the declared
/// <c>config:</c>, <c>variables:</c>, <c>outputs:</c>) as one such tree, because a change there is a
/// change of what Pulumi deploys too (an output added, a secret declared).
/// The head is its composed graph; the base, which exists only as program text, is read into a
/// graph by the one program reader (<see cref="ProgramReader"/>) first.
/// </summary>
public sealed class ProgramDocument
{
    private ProgramDocument(ImmutableSortedDictionary<string, ProgramResource> resources, IReadOnlyDictionary<string, object?> sections)
    {
        Resources = resources;
        Sections = sections;
    }

    public ImmutableSortedDictionary<string, ProgramResource> Resources { get; }

    /// <summary>The program's sections other than <c>resources:</c>, keyed by their YAML names; an absent or empty section is left out.</summary>
    public IReadOnlyDictionary<string, object?> Sections { get; }

    public static ProgramDocument Empty { get; } = new(
        ImmutableSortedDictionary.Create<string, ProgramResource>(StringComparer.Ordinal), new SortedDictionary<string, object?>(StringComparer.Ordinal));

    public static ProgramDocument Of(Stack graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var resources = ImmutableSortedDictionary.CreateBuilder<string, ProgramResource>(StringComparer.Ordinal);
        foreach (var resource in graph.AllResources)
        {
            var (properties, options) = ProgramWriter.Trees(resource);
            resources[resource.LogicalName] = new ProgramResource(resource.LogicalName, resource.Type, properties, options);
        }

        return new ProgramDocument(resources.ToImmutable(), SectionsOf(graph));
    }

    /// <summary>The sections as the writer writes them: <c>config:</c> keys with their type and secrecy, variables and outputs as value trees.</summary>
    private static SortedDictionary<string, object?> SectionsOf(Stack graph)
    {
        var sections = new SortedDictionary<string, object?>(StringComparer.Ordinal) { ["name"] = graph.Project };
        if (graph.Description is { } description)
        {
            sections["description"] = description;
        }

        if (graph.ConfigDeclarations.Count > 0)
        {
            sections["config"] = Map(graph.ConfigDeclarations.Select(entry => KeyValuePair.Create<string, object?>(entry.Key, Declaration(entry.Value))));
        }

        if (graph.Variables.Count > 0)
        {
            sections["variables"] = Map(graph.Variables.Select(variable => KeyValuePair.Create(variable.Name, ProgramWriter.Tree(variable.Value))));
        }

        if (graph.Outputs.Count > 0)
        {
            sections["outputs"] = Map(graph.Outputs.Select(output => KeyValuePair.Create(output.Key, ProgramWriter.Tree(output.Value))));
        }

        return sections;
    }

    private static SortedDictionary<string, object?> Declaration(ConfigDeclaration declaration)
    {
        var tree = new SortedDictionary<string, object?>(StringComparer.Ordinal) { ["type"] = declaration.Type };
        if (declaration.Secret)
        {
            tree["secret"] = "true";
        }

        return tree;
    }

    private static SortedDictionary<string, object?> Map(IEnumerable<KeyValuePair<string, object?>> entries)
    {
        var map = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            map[key] = value;
        }

        return map;
    }

    /// <exception cref="FormatException">The text is not a program the reader can read back.</exception>
    public static ProgramDocument Parse(string yaml, string sourceName) => Of(ProgramReader.Read(yaml, sourceName, sourceName));
}
