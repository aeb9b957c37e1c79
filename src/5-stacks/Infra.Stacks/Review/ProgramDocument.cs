using System.Collections.Immutable;
using Infra.Core.Yaml;
using YamlDotNet.RepresentationModel;

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
/// A Pulumi YAML program read back for review: resources by logical name, with properties and
/// options as trees of strings, lists and ordinal-sorted maps, so two programs compare structurally.
/// </summary>
public sealed class ProgramDocument
{
    private ProgramDocument(ImmutableSortedDictionary<string, ProgramResource> resources) => Resources = resources;

    public ImmutableSortedDictionary<string, ProgramResource> Resources { get; }

    public static ProgramDocument Empty { get; } = new(ImmutableSortedDictionary.Create<string, ProgramResource>(StringComparer.Ordinal));

    /// <exception cref="FormatException">The text is not a YAML program with a resources map.</exception>
    public static ProgramDocument Parse(string yaml, string sourceName)
    {
        var root = ProgramYaml.LoadRoot(yaml, sourceName);

        var resources = ImmutableSortedDictionary.CreateBuilder<string, ProgramResource>(StringComparer.Ordinal);
        if (root.Children.TryGetValue(new YamlScalarNode("resources"), out var node) && node is YamlMappingNode map)
        {
            foreach (var (key, value) in map.Children)
            {
                var name = ((YamlScalarNode)key).Value ?? "";
                var declaration = value as YamlMappingNode ?? throw new FormatException($"{sourceName}: resource {name} is not a map");
                resources[name] = new ProgramResource(
                    name,
                    Child(declaration, "type") is YamlScalarNode { Value: { } type } ? type : throw new FormatException($"{sourceName}: resource {name} has no type"),
                    Child(declaration, "properties") is { } properties ? ToTree(properties) : null,
                    Child(declaration, "options") is { } options ? ToTree(options) : null);
            }
        }

        return new ProgramDocument(resources.ToImmutable());
    }

    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    private static object? ToTree(YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Value,
        YamlSequenceNode list => list.Children.Select(ToTree).ToList(),
        YamlMappingNode map => new SortedDictionary<string, object?>(
            map.Children.ToDictionary(entry => ((YamlScalarNode)entry.Key).Value ?? "", entry => ToTree(entry.Value)), StringComparer.Ordinal),
        _ => null,
    };
}
