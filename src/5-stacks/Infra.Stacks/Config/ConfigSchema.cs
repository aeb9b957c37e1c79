using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Infra.Core.Diagnostics;
using Json.Pointer;
using Json.Schema;

namespace Infra.Stacks.Config;

/// <summary>
/// The JSON Schema of the project's config keys (<c>Schema/stack-config.schema.json</c>, embedded),
/// checked on every synthesis before any value is read. Errors name the full key and path
/// (<c>ml-platform:gpuPools[1].gpu</c>), the value given and what is allowed; an unknown key gets a
/// "did you mean". Keys of provider namespaces (<c>aws:region</c>) are warned about: every program
/// uses explicit providers, so they have no effect.
/// </summary>
public sealed class ConfigSchema
{
    private static readonly string[] ProviderNamespaces = ["aws", "alicloud", "kubernetes"];

    private readonly JsonSchema _schema;
    private readonly JsonElement _root;

    private ConfigSchema(string text)
    {
        _schema = JsonSchema.FromText(text);
        _root = JsonDocument.Parse(text).RootElement.Clone();
        Keys = [.. _root.GetProperty("properties").EnumerateObject().Select(property => property.Name).Order(StringComparer.Ordinal)];
        KeyPatterns = _root.TryGetProperty("patternProperties", out var patterns)
            ? [.. patterns.EnumerateObject().Select(pattern => new Regex(pattern.Name, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))]
            : [];
    }

    public static ConfigSchema Default { get; } = Load();

    /// <summary>The keys the schema knows, without namespace.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>Families of keys named by pattern (<c>patternProperties</c>), e.g. one secret URL per alert receiver.</summary>
    public IReadOnlyList<Regex> KeyPatterns { get; }

    /// <summary>Whether <paramref name="key"/> (without namespace) is a key of the schema, by name or by pattern.</summary>
    public bool Knows(string key) => Keys.Contains(key) || KeyPatterns.Any(pattern => pattern.IsMatch(key));

    /// <summary>The schema text, for docs and editors.</summary>
    public static string Text()
    {
        using var stream = typeof(ConfigSchema).Assembly.GetManifestResourceStream("Infra.Stacks.stack-config.schema.json")
            ?? throw new InvalidOperationException("the embedded config schema is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Validates the project's keys; returns the diagnostics and the full keys that failed.</summary>
    public ConfigCheck Validate(StackConfig config, string project)
    {
        ArgumentNullException.ThrowIfNull(config);
        var diagnostics = new DiagnosticBag();
        var failed = new HashSet<string>(StringComparer.Ordinal);
        var prefix = project + ":";
        var values = new SortedDictionary<string, ConfigValue>(StringComparer.Ordinal);
        foreach (var (fullKey, value) in config.Values)
        {
            if (fullKey.StartsWith(prefix, StringComparison.Ordinal))
            {
                var key = fullKey[prefix.Length..];
                if (Knows(key))
                {
                    values[key] = value;
                }
                else
                {
                    failed.Add(fullKey);
                    var suggestion = Suggestions.Closest(key, Keys);
                    diagnostics.Error(ConfigCodes.UnknownKey, fullKey,
                        $"is not a key of this project{(suggestion is null ? "" : $"; did you mean '{prefix}{suggestion}'?")} Known keys: {string.Join(", ", Keys)}");
                }
            }
            else if (ProviderNamespaces.Contains(fullKey.Split(':')[0]))
            {
                diagnostics.Warning(ConfigCodes.IgnoredKey, fullKey,
                    $"has no effect: every program uses explicit providers configured from {prefix}region and the stack spec");
            }
        }

        var instance = BuildInstance(values, prefix, diagnostics, failed);
        var results = _schema.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        foreach (var detail in results.Details ?? [])
        {
            foreach (var (keyword, message) in detail.Errors ?? new Dictionary<string, string>())
            {
                Report(detail, keyword, message, instance.RootElement, prefix, diagnostics, failed);
            }
        }

        return new ConfigCheck([.. diagnostics], failed);
    }

    private static ConfigSchema Load() => new(Text());

    private JsonDocument BuildInstance(
        SortedDictionary<string, ConfigValue> values, string prefix, DiagnosticBag diagnostics, HashSet<string> failed)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (key, value) in values)
            {
                if (value.Text is null)
                {
                    // A secret read from a stack file by hand: its value is not available here, only its presence.
                    writer.WriteString(key, "(secret)");
                    continue;
                }

                var type = DeclaredType(key);
                if (!TryWriteTyped(writer, key, value.Text, type))
                {
                    failed.Add(prefix + key);
                    diagnostics.Error(ConfigCodes.Malformed, prefix + key,
                        $"'{value.Text}' is not {Article(type)} {type}; write it as {Example(type)}");
                }
            }

            writer.WriteEndObject();
        }

        return JsonDocument.Parse(buffer.ToArray());
    }

    /// <summary>The JSON type the schema declares for a key (<c>string</c>, <c>array</c>, <c>object</c>, …).</summary>
    public string DeclaredType(string key)
    {
        var property = _root.GetProperty("properties").TryGetProperty(key, out var named)
            ? named
            : _root.GetProperty("patternProperties").EnumerateObject().First(pattern => Regex.IsMatch(key, pattern.Name, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))).Value;
        return property.TryGetProperty("type", out var type) ? type.GetString() ?? "string" : "string";
    }

    /// <summary>Pulumi passes every value as a string; structured ones as JSON text.</summary>
    private static bool TryWriteTyped(Utf8JsonWriter writer, string key, string text, string type)
    {
        switch (type)
        {
            case "integer" when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer):
                writer.WriteNumber(key, integer);
                return true;
            case "number" when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number):
                writer.WriteNumber(key, number);
                return true;
            case "boolean" when text is "true" or "false":
                writer.WriteBoolean(key, text == "true");
                return true;
            case "array" or "object":
                try
                {
                    using var document = JsonDocument.Parse(text);
                    if (document.RootElement.ValueKind != (type == "array" ? JsonValueKind.Array : JsonValueKind.Object))
                    {
                        return false;
                    }

                    writer.WritePropertyName(key);
                    document.RootElement.WriteTo(writer);
                    return true;
                }
                catch (JsonException)
                {
                    return false;
                }

            case "string":
                writer.WriteString(key, text);
                return true;
            default:
                return false;
        }
    }

    private void Report(
        EvaluationResults detail, string keyword, string message, JsonElement instance, string prefix,
        DiagnosticBag diagnostics, HashSet<string> failed)
    {
        var segments = Segments(detail.InstanceLocation);
        var schemaNode = SchemaForInstance(segments) ?? SchemaAt(detail);
        if (keyword != "additionalProperties" && Segments(detail.EvaluationPath) is [.. var owner, "additionalProperties"])
        {
            // `additionalProperties: false` fails as the `false` subschema at the unknown field itself.
            keyword = "additionalProperties";
            schemaNode = Lookup(_root, owner);
        }

        if (keyword == "required" && schemaNode?.TryGetProperty("required", out _) != true)
        {
            // Inside array items the evaluator's schema location does not point at the object; walk the instance path instead.
            schemaNode = SchemaFor(segments);
        }

        switch (keyword)
        {
            case "required" when schemaNode is { } node && node.TryGetProperty("required", out var required):
                foreach (var name in required.EnumerateArray().Select(item => item.GetString()!)
                             .Where(name => Lookup(instance, segments) is not { ValueKind: JsonValueKind.Object } o || !o.TryGetProperty(name, out _)))
                {
                    var subject = Subject(prefix, [.. segments, name]);
                    failed.Add(prefix + (segments.Count == 0 ? name : segments[0]));
                    diagnostics.Error(ConfigCodes.Missing, subject,
                        $"is required{Describe(PropertySchema(node, name))}{(segments.Count == 0 ? $"; set it with `pulumi config set {subject} <value>`" : "")}");
                }

                return;
            case "additionalProperties" when segments.Count > 1:
                var parent = schemaNode;
                var known = parent?.TryGetProperty("properties", out var properties) == true
                    ? properties.EnumerateObject().Select(property => property.Name).ToList()
                    : [];
                var suggestion = Suggestions.Closest(segments[^1], known);
                failed.Add(prefix + segments[0]);
                diagnostics.Error(ConfigCodes.UnknownKey, Subject(prefix, segments),
                    $"is not a known field{(suggestion is null ? "" : $"; did you mean '{suggestion}'?")} Known fields: {string.Join(", ", known)}");
                return;
        }

        if (segments.Count == 0)
        {
            return;
        }

        failed.Add(prefix + segments[0]);
        var given = Lookup(instance, segments) is { } value ? Show(value) : "the value";
        var allowed = keyword switch
        {
            "enum" when schemaNode?.TryGetProperty("enum", out var values) == true =>
                "allowed: " + string.Join(", ", values.EnumerateArray().Select(item => item.ToString())),
            "pattern" when schemaNode?.TryGetProperty("description", out var description) == true => "allowed: " + description.GetString(),
            _ => message.TrimEnd('.'),
        };
        diagnostics.Error(ConfigCodes.InvalidValue, Subject(prefix, segments), $"{given} is not allowed; {allowed}");
    }

    /// <summary>The subschema of an instance location: <c>/gpuPools/1</c> → <c>properties.gpuPools.items</c>.</summary>
    private JsonElement? SchemaFor(IReadOnlyList<string> segments)
    {
        JsonElement? node = _root;
        foreach (var segment in segments)
        {
            node = node is not { } current ? null
                : int.TryParse(segment, CultureInfo.InvariantCulture, out _) && current.TryGetProperty("items", out var items) ? items
                : current.TryGetProperty("properties", out var properties) && properties.TryGetProperty(segment, out var property) ? property
                : null;
        }

        return node;
    }

    private JsonElement? SchemaAt(EvaluationResults detail)
    {
        // The schema location's fragment is a JSON pointer into our schema (…#/properties/tier/enum).
        var fragment = Uri.UnescapeDataString(detail.SchemaLocation.Fragment.TrimStart('#'));
        var pointer = JsonPointer.Parse(fragment.Length == 0 ? "" : fragment);
        var segments = Segments(pointer);
        if (segments.Count > 0 && segments[^1] is "enum" or "pattern" or "required" or "type" or "minimum" or "maximum"
                or "minLength" or "maxLength" or "minItems" or "maxItems" or "uniqueItems" or "additionalProperties")
        {
            segments.RemoveAt(segments.Count - 1);
        }

        return Lookup(_root, segments);
    }

    /// <summary>
    /// The subschema that describes the value at an instance path, following <c>properties</c> and
    /// array <c>items</c> (the evaluator's schema locations inside array items are not usable).
    /// </summary>
    private JsonElement? SchemaForInstance(IReadOnlyList<string> segments)
    {
        var current = _root;
        foreach (var segment in segments)
        {
            if (current.TryGetProperty("properties", out var properties) && properties.TryGetProperty(segment, out var property))
            {
                current = property;
            }
            else if (int.TryParse(segment, CultureInfo.InvariantCulture, out _) && current.TryGetProperty("items", out var items))
            {
                current = items;
            }
            else
            {
                return null;
            }
        }

        return current;
    }

    private static List<string> Segments(JsonPointer pointer) =>
        [.. Enumerable.Range(0, pointer.SegmentCount).Select(i => pointer[i].ToString())];

    private static JsonElement? PropertySchema(JsonElement node, string name) =>
        node.TryGetProperty("properties", out var properties) && properties.TryGetProperty(name, out var property) ? property : null;

    private static string Describe(JsonElement? property) =>
        property is { } node && node.TryGetProperty("enum", out var values)
            ? "; allowed: " + string.Join(", ", values.EnumerateArray().Select(item => item.ToString()))
            : property is { } described && described.TryGetProperty("description", out var description)
                ? $" ({description.GetString()})"
                : "";

    private static JsonElement? Lookup(JsonElement root, IReadOnlyList<string> segments)
    {
        var current = root;
        foreach (var segment in segments)
        {
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(segment, out var child))
            {
                current = child;
            }
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(segment, CultureInfo.InvariantCulture, out var index)
                     && index >= 0 && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else
            {
                return null;
            }
        }

        return current;
    }

    /// <summary><c>ml-platform:gpuPools[1].gpu</c> from the instance path <c>/gpuPools/1/gpu</c>.</summary>
    private static string Subject(string prefix, IReadOnlyList<string> segments) =>
        prefix + string.Concat(segments.Select((segment, i) =>
            i == 0 ? segment : int.TryParse(segment, CultureInfo.InvariantCulture, out _) ? $"[{segment}]" : "." + segment));

    private static string Show(JsonElement value) => value.ValueKind == JsonValueKind.String ? $"'{value.GetString()}'" : value.GetRawText();

    private static string Article(string type) => type is "integer" or "array" or "object" ? "an" : "a";

    private static string Example(string type) => type switch
    {
        "integer" => "a whole number, e.g. 3",
        "number" => "a number, e.g. 0.5",
        "boolean" => "true or false",
        "array" => "a YAML list, e.g. [a, b]",
        "object" => "a YAML map",
        _ => "text",
    };
}

/// <summary>The outcome of a schema check: diagnostics, and the full keys whose values must not be read.</summary>
public sealed record ConfigCheck(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlySet<string> FailedKeys);
