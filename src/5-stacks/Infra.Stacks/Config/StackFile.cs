using System.Globalization;
using System.Text;
using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Infra.Stacks.Config;

/// <summary>
/// Reads the <c>config:</c> of a <c>Pulumi.&lt;stack&gt;.yaml</c> file into a <see cref="StackConfig"/>,
/// turning structured values into JSON text exactly as Pulumi passes them in <c>PULUMI_CONFIG</c>,
/// and the stack's <c>secretsprovider:</c> setting.
/// </summary>
public static class StackFile
{
    /// <summary>The stack setting that names the secrets provider (Pulumi's <c>ProjectStack.SecretsProvider</c>, YAML key <c>secretsprovider</c>).</summary>
    public const string SecretsProviderKey = "secretsprovider";

    public static string FileName(string stack) => $"Pulumi.{stack}.yaml";

    /// <exception cref="FormatException">The file is not YAML or its config is not a map.</exception>
    public static StackConfig Parse(string yaml, string sourceName)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException error)
        {
            throw new FormatException($"{sourceName}: not valid YAML at line {error.Start.Line}: {error.Message}", error);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return StackConfig.Empty;
        }

        var secretsProvider = root.Children.TryGetValue(new YamlScalarNode(SecretsProviderKey), out var providerNode) && providerNode is YamlScalarNode { Value: { Length: > 0 } provider }
            ? provider
            : null;
        if (!root.Children.TryGetValue(new YamlScalarNode("config"), out var configNode) || configNode is YamlScalarNode { Value: null or "" })
        {
            return new StackConfig([]) { SecretsProvider = secretsProvider };
        }

        if (configNode is not YamlMappingNode config)
        {
            throw new FormatException($"{sourceName}: 'config' must be a map from key to value");
        }

        var values = new List<KeyValuePair<string, ConfigValue>>();
        foreach (var (keyNode, valueNode) in config.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? "";
            values.Add(KeyValuePair.Create(key, ToConfigValue(valueNode)));
        }

        return new StackConfig(values) { SecretsProvider = secretsProvider };
    }

    private static ConfigValue ToConfigValue(YamlNode node) => node switch
    {
        YamlScalarNode scalar => ConfigValue.Plain(scalar.Value ?? ""),
        YamlMappingNode map when map.Children.Count == 1 && map.Children.ContainsKey(new YamlScalarNode("secure")) =>
            ConfigValue.EncryptedSecret,
        _ => ConfigValue.Plain(ToJson(node)),
    };

    private static string ToJson(YamlNode node)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteJson(writer, node);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteJson(Utf8JsonWriter writer, YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode map:
                writer.WriteStartObject();
                foreach (var (key, value) in map.Children)
                {
                    writer.WritePropertyName(((YamlScalarNode)key).Value ?? "");
                    WriteJson(writer, value);
                }

                writer.WriteEndObject();
                break;
            case YamlSequenceNode list:
                writer.WriteStartArray();
                foreach (var item in list.Children)
                {
                    WriteJson(writer, item);
                }

                writer.WriteEndArray();
                break;
            case YamlScalarNode scalar:
                WriteScalar(writer, scalar);
                break;
        }
    }

    // Plain scalars keep the type YAML gives them (8 is a number, true a bool); quoted ones are strings.
    private static void WriteScalar(Utf8JsonWriter writer, YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is ScalarStyle.Plain or ScalarStyle.Any)
        {
            if (text is "true" or "false")
            {
                writer.WriteBooleanValue(text == "true");
                return;
            }

            if (text is "null" or "~" or "")
            {
                writer.WriteNullValue();
                return;
            }

            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
            {
                writer.WriteNumberValue(integer);
                return;
            }

            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                writer.WriteNumberValue(number);
                return;
            }
        }

        writer.WriteStringValue(text);
    }
}
