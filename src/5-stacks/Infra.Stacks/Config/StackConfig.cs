using System.Collections.Immutable;
using System.Text.Json;

namespace Infra.Stacks.Config;

/// <summary>
/// One config value as Pulumi hands it over: a string, where objects and lists arrive as JSON text.
/// A value read from a stack file's <c>secure:</c> entry is secret and its text is not available.
/// </summary>
public sealed record ConfigValue(string? Text, bool IsSecret)
{
    public static ConfigValue Plain(string text) => new(text, false);

    public static ConfigValue EncryptedSecret { get; } = new(null, true);
}

/// <summary>
/// The config of one stack, keyed by full key (<c>ml-platform:region</c>, <c>aws:region</c>), from
/// either <c>PULUMI_CONFIG</c> (when Pulumi runs the compiler) or <c>Pulumi.&lt;stack&gt;.yaml</c> (by hand).
/// Both paths give the same shape, so the rest of the program cannot tell them apart.
/// </summary>
public sealed class StackConfig
{
    public StackConfig(IEnumerable<KeyValuePair<string, ConfigValue>> values) =>
        Values = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, values);

    public static StackConfig Empty { get; } = new([]);

    /// <summary>
    /// The stack file's <c>secretsprovider:</c> (a stack setting beside <c>config:</c>, not a config key):
    /// the key Pulumi encrypts the stack's secrets with. Pulumi does not pass it to the compiler, so
    /// under the YAML host it is read from the committed stack file.
    /// </summary>
    public string? SecretsProvider { get; init; }

    public ImmutableSortedDictionary<string, ConfigValue> Values { get; }

    public IEnumerable<string> Keys => Values.Keys;

    public ConfigValue? this[string fullKey] => Values.GetValueOrDefault(fullKey);

    /// <summary>Parses <c>PULUMI_CONFIG</c>: a JSON object from full key to string.</summary>
    /// <exception cref="FormatException">The text is not such an object.</exception>
    public static StackConfig FromPulumiConfigJson(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException error)
        {
            throw new FormatException($"PULUMI_CONFIG is not valid JSON: {error.Message}", error);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException($"PULUMI_CONFIG must be a JSON object, not {document.RootElement.ValueKind}");
            }

            var values = new List<KeyValuePair<string, ConfigValue>>();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                var text = property.Value.ValueKind == JsonValueKind.String
                    ? property.Value.GetString()!
                    : property.Value.GetRawText();
                values.Add(KeyValuePair.Create(property.Name, ConfigValue.Plain(text)));
            }

            return new StackConfig(values);
        }
    }
}
