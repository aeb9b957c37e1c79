using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Infra.Components.Tests.Monitoring;

/// <summary>
/// The alertmanager.yaml a stack's Alertmanager would load, from a synthesized program: the
/// kube-prometheus-stack release's <c>values.alertmanager.config</c>, coalesced into the chart's
/// default <c>alertmanager.config</c> as Helm does (maps merge, the release's keys win, anything else
/// is replaced), written by the chart as <c>toYaml</c> into the config Secret
/// (templates/alertmanager/secret.yaml, tplConfig false). Config references under <c>fn::secret</c>
/// become placeholders of the form each field takes; the host's <c>$$</c> escape is undone.
/// </summary>
internal static partial class AlertmanagerConfigFiles
{
    /// <summary>A URL for <c>alertUrl&lt;Name&gt;</c> (webhook_config url, slack_config api_url, the DingTalk robot).</summary>
    public const string UrlPlaceholder = "https://hooks.example.com/alert";

    /// <summary>A token for <c>alertSecret&lt;Name&gt;</c> (wechat api_secret, a Feishu token in a URL's query).</summary>
    public const string SecretPlaceholder = "placeholder-secret-0123456789";

    /// <summary>kube-prometheus-stack 88.5.3 values.yaml, <c>alertmanager.config</c> (tag kube-prometheus-stack-88.5.3).</summary>
    private const string ChartDefaults = """
        global:
          resolve_timeout: 5m
        inhibit_rules:
          - source_matchers: ['severity = critical']
            target_matchers: ['severity =~ warning|info']
            equal: ['namespace', 'alertname']
          - source_matchers: ['severity = warning']
            target_matchers: ['severity = info']
            equal: ['namespace', 'alertname']
          - source_matchers: ['alertname = InfoInhibitor']
            target_matchers: ['severity = info']
            equal: ['namespace']
          - target_matchers: ['alertname = InfoInhibitor']
        route:
          group_by: ['namespace']
          group_wait: 30s
          group_interval: 5m
          repeat_interval: 12h
          receiver: 'null'
          routes:
            - receiver: 'null'
              matchers: ['alertname = "Watchdog"']
        receivers:
          - name: 'null'
        templates:
          - '/etc/alertmanager/config/*.tmpl'
        """;

    [GeneratedRegex(@"\$\{ml-platform:alert(Url|Secret)[A-Z][A-Za-z0-9]*\}", RegexOptions.CultureInvariant)]
    private static partial Regex ReceiverConfigReference();

    /// <summary>The release's <c>values.alertmanager.config</c>, as the program has it.</summary>
    public static YamlMappingNode ProgramConfig(ProgramTemplate template)
    {
        // The chart by name, or as an OCI reference to a mirror (oci://<mirror>/charts/kube-prometheus-stack) in China stacks.
        var (_, release) = Assert.Single(template.ResourcesOfType("kubernetes:helm.sh/v3:Release"), entry =>
            ProgramTemplate.Scalar(entry.Value, "properties.chart") is { } chart && (chart == "kube-prometheus-stack" || chart.EndsWith("/kube-prometheus-stack", StringComparison.Ordinal)));
        var values = (YamlMappingNode)ProgramTemplate.Child((YamlMappingNode)ProgramTemplate.Child(release, "properties")!, "values")!;
        return (YamlMappingNode)ProgramTemplate.Child((YamlMappingNode)ProgramTemplate.Child(values, "alertmanager")!, "config")!;
    }

    /// <summary>What Alertmanager loads: the program's config with placeholders, coalesced into the chart's defaults.</summary>
    public static YamlMappingNode Effective(YamlMappingNode programConfig)
    {
        var defaults = new YamlStream();
        defaults.Load(new StringReader(ChartDefaults));
        return (YamlMappingNode)Coalesce(defaults.Documents[0].RootNode, Resolve(programConfig));
    }

    public static string Write(string directory, string name, YamlMappingNode config)
    {
        var path = Path.Combine(directory, name);
        using var writer = new StreamWriter(path);
        new YamlStream(new YamlDocument(config)).Save(writer, assignAnchors: false);
        return path;
    }

    /// <summary>Helm's coalescing of a chart's values with a release's: maps merge key by key, the release's value wins otherwise.</summary>
    private static YamlNode Coalesce(YamlNode chart, YamlNode release)
    {
        if (chart is not YamlMappingNode chartMap || release is not YamlMappingNode releaseMap)
        {
            return release;
        }

        var merged = new YamlMappingNode();
        foreach (var (key, value) in chartMap.Children)
        {
            merged.Add(key, releaseMap.Children.TryGetValue(key, out var mine) ? Coalesce(value, mine) : value);
        }

        foreach (var (key, value) in releaseMap.Children.Where(entry => !chartMap.Children.ContainsKey(entry.Key)))
        {
            merged.Add(key, value);
        }

        return merged;
    }

    private static YamlNode Resolve(YamlNode node) => node switch
    {
        YamlMappingNode { Children.Count: 1 } secret when ProgramTemplate.Scalar(secret, "fn::secret") is { } text => Scalar(Placeholders(text)),
        YamlMappingNode map when map.Children.Keys.OfType<YamlScalarNode>().Any(key => key.Value!.StartsWith("fn::", StringComparison.Ordinal)) =>
            throw new InvalidOperationException($"an expression the check cannot stand in for: {map}"),
        YamlMappingNode map => new YamlMappingNode(map.Children.Select(entry => KeyValuePair.Create(entry.Key, Resolve(entry.Value)))),
        YamlSequenceNode sequence => new YamlSequenceNode(sequence.Children.Select(Resolve)),
        YamlScalarNode scalar when scalar.Value!.Contains("${", StringComparison.Ordinal) && !scalar.Value.Contains("$${", StringComparison.Ordinal) =>
            throw new InvalidOperationException($"a reference outside fn::secret: {scalar.Value}"),
        // Kept as written (plain true stays a boolean, quoted text a string), with the escape undone.
        YamlScalarNode scalar => new YamlScalarNode(scalar.Value!.Replace("$$", "$", StringComparison.Ordinal)) { Style = scalar.Style },
        _ => node,
    };

    private static string Placeholders(string text)
    {
        var replaced = ReceiverConfigReference().Replace(text, match => match.Groups[1].Value == "Url" ? UrlPlaceholder : SecretPlaceholder);
        return replaced.Contains("${", StringComparison.Ordinal)
            ? throw new InvalidOperationException($"an unknown reference under fn::secret: {text}")
            : replaced.Replace("$$", "$", StringComparison.Ordinal);
    }

    // Double-quoted: a placeholder is text.
    private static YamlScalarNode Scalar(string text) => new(text) { Style = YamlDotNet.Core.ScalarStyle.DoubleQuoted };
}
