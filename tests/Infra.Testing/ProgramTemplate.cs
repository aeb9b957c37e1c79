using Infra.Core.Graph;
using Infra.Core.Yaml;
using Xunit.Sdk;
using YamlDotNet.RepresentationModel;

namespace Infra.Testing;

/// <summary>
/// Assertions on a synthesized program as Pulumi receives it (the YAML text, parsed back), in the
/// style of CDK's <c>Template.hasResourceProperties</c>. Expected properties are written as YAML
/// and matched as a subset: maps may have more keys, lists must match item by item.
/// </summary>
public sealed class ProgramTemplate
{
    private ProgramTemplate(string text, YamlMappingNode root)
    {
        Text = text;
        Root = root;
    }

    /// <summary>The program text.</summary>
    public string Text { get; }

    public YamlMappingNode Root { get; }

    public static ProgramTemplate From(Stack stack) => Parse(ProgramWriter.Write(stack));

    public static ProgramTemplate Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return new ProgramTemplate(yaml, (YamlMappingNode)stream.Documents[0].RootNode);
    }

    /// <summary>The <c>resources:</c> map, name to declaration.</summary>
    public IReadOnlyDictionary<string, YamlMappingNode> Resources =>
        Root.Children.TryGetValue(new YamlScalarNode("resources"), out var resources)
            ? ((YamlMappingNode)resources).Children.ToDictionary(
                entry => ((YamlScalarNode)entry.Key).Value!, entry => (YamlMappingNode)entry.Value, StringComparer.Ordinal)
            : [];

    public IReadOnlyList<KeyValuePair<string, YamlMappingNode>> ResourcesOfType(string type) =>
        [.. Resources.Where(entry => Scalar(entry.Value, "type") == type)];

    public YamlMappingNode Resource(string name) =>
        Resources.TryGetValue(name, out var resource)
            ? resource
            : throw new XunitException($"no resource named '{name}'; resources: {string.Join(", ", Resources.Keys)}");

    public void ResourceCountIs(string type, int expected)
    {
        var actual = ResourcesOfType(type).Count;
        if (actual != expected)
        {
            throw new XunitException($"expected {expected} resource(s) of type {type}, found {actual}");
        }
    }

    /// <summary>Asserts that some resource of <paramref name="type"/> has properties (and options) matching the YAML given.</summary>
    /// <returns>The name of the first matching resource.</returns>
    public string HasResource(string type, string properties, string? options = null)
    {
        var expectedProperties = ParseNode(properties);
        var expectedOptions = options is null ? null : ParseNode(options);
        var candidates = ResourcesOfType(type);
        foreach (var (name, resource) in candidates)
        {
            if (Matches(expectedProperties, Child(resource, "properties"))
                && (expectedOptions is null || Matches(expectedOptions, Child(resource, "options"))))
            {
                return name;
            }
        }

        throw new XunitException(
            $"no {type} matches{Environment.NewLine}properties:{Environment.NewLine}{properties}" +
            (options is null ? "" : $"{Environment.NewLine}options:{Environment.NewLine}{options}") +
            $"{Environment.NewLine}candidates: {(candidates.Count == 0 ? "none" : string.Join(", ", candidates.Select(entry => entry.Key)))}");
    }

    /// <summary>Reads a scalar at a dotted path under a node (<c>properties.scalingConfig.minSize</c>).</summary>
    public static string? Scalar(YamlNode node, string path)
    {
        YamlNode? current = node;
        foreach (var part in path.Split('.'))
        {
            current = current is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(part), out var child) ? child : null;
        }

        return (current as YamlScalarNode)?.Value;
    }

    public static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    private static YamlNode ParseNode(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents[0].RootNode;
    }

    private static bool Matches(YamlNode expected, YamlNode? actual) => (expected, actual) switch
    {
        (_, null) => false,
        (YamlScalarNode e, YamlScalarNode a) => e.Value == a.Value,
        (YamlMappingNode e, YamlMappingNode a) => e.Children.All(entry =>
            a.Children.TryGetValue(entry.Key, out var value) && Matches(entry.Value, value)),
        (YamlSequenceNode e, YamlSequenceNode a) => e.Children.Count == a.Children.Count
            && e.Children.Zip(a.Children).All(pair => Matches(pair.First, pair.Second)),
        _ => false,
    };
}
