using YamlDotNet.RepresentationModel;

namespace Infra.Components.Tests.Monitoring;

/// <summary>One PrometheusRule object found in a program's ConfigGroups.</summary>
internal sealed record ExtractedRule(string Name, IReadOnlyDictionary<string, string> Labels, YamlSequenceNode Groups);

/// <summary>
/// Extracts what the cluster would receive from a synthesized program: the PrometheusRule objects
/// in the ConfigGroups' <c>objs</c>, with the host's <c>$$</c> escape undone (the YAML host turns
/// <c>$$</c> into <c>$</c> before the provider sees the text), written as promtool rule files.
/// </summary>
internal static class RuleFiles
{
    public static IReadOnlyList<ExtractedRule> PrometheusRules(ProgramTemplate template)
    {
        var rules = new List<ExtractedRule>();
        foreach (var (_, group) in template.ResourcesOfType("kubernetes:yaml/v2:ConfigGroup"))
        {
            if (ProgramTemplate.Child(group, "properties") is not YamlMappingNode properties
                || ProgramTemplate.Child(properties, "objs") is not YamlSequenceNode objs)
            {
                continue;
            }

            foreach (var obj in objs.Children.OfType<YamlMappingNode>().Where(obj => ProgramTemplate.Scalar(obj, "kind") == "PrometheusRule"))
            {
                var metadata = (YamlMappingNode)ProgramTemplate.Child(obj, "metadata")!;
                var labels = ((YamlMappingNode)ProgramTemplate.Child(metadata, "labels")!).Children
                    .ToDictionary(entry => ((YamlScalarNode)entry.Key).Value!, entry => ((YamlScalarNode)entry.Value).Value!, StringComparer.Ordinal);
                var spec = (YamlMappingNode)ProgramTemplate.Child(obj, "spec")!;
                rules.Add(new ExtractedRule(ProgramTemplate.Scalar(metadata, "name")!, labels, (YamlSequenceNode)Unescape(ProgramTemplate.Child(spec, "groups")!)));
            }
        }

        return rules;
    }

    /// <summary>
    /// Writes the rule groups as one promtool rule file (<c>groups: [...]</c>) and returns its path.
    /// <paramref name="withoutAnnotations"/> drops alert annotations, which promtool's alert tests
    /// would otherwise have to match word for word; they do not change when an alert fires.
    /// </summary>
    public static string Write(string directory, string name, IEnumerable<ExtractedRule> rules, bool withoutAnnotations = false)
    {
        var groups = new YamlSequenceNode(rules.SelectMany(rule => rule.Groups.Children)
            .Select(group => withoutAnnotations ? DropAnnotations(group) : group));
        var document = new YamlMappingNode { { "groups", groups } };
        var path = Path.Combine(directory, name);
        using var writer = new StreamWriter(path);
        new YamlStream(new YamlDocument(document)).Save(writer, assignAnchors: false);
        return path;
    }

    private static YamlNode DropAnnotations(YamlNode node) => node switch
    {
        YamlSequenceNode sequence => new YamlSequenceNode(sequence.Children.Select(DropAnnotations)),
        YamlMappingNode map => new YamlMappingNode(map.Children
            .Where(entry => ((YamlScalarNode)entry.Key).Value != "annotations")
            .Select(entry => KeyValuePair.Create(entry.Key, DropAnnotations(entry.Value)))),
        _ => node,
    };

    private static YamlNode Unescape(YamlNode node) => node switch
    {
        YamlScalarNode scalar => new YamlScalarNode(scalar.Value?.Replace("$$", "$", StringComparison.Ordinal)) { Style = YamlDotNet.Core.ScalarStyle.DoubleQuoted },
        YamlSequenceNode sequence => new YamlSequenceNode(sequence.Children.Select(Unescape)),
        YamlMappingNode map => new YamlMappingNode(map.Children.Select(entry => KeyValuePair.Create(entry.Key, Unescape(entry.Value)))),
        _ => node,
    };
}
