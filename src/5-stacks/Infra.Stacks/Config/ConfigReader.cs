using System.Collections.Immutable;
using System.Text.Json;
using Infra.Core.Diagnostics;

namespace Infra.Stacks.Config;

/// <summary>
/// Typed reads of the project's config keys. A bad or missing value is recorded as a diagnostic
/// naming the full key, the value given and what is allowed, and the read returns null, so one
/// pass reports every problem. Keys the schema check already reported are read as absent, silently.
/// </summary>
public sealed class ConfigReader(StackConfig config, string project, DiagnosticBag diagnostics, IReadOnlySet<string>? reported = null)
{
    public DiagnosticBag Diagnostics => diagnostics;

    public string FullKey(string key) => $"{project}:{key}";

    public bool Has(string key) => config[FullKey(key)] is not null;

    /// <summary>True when the schema check already reported this key (its value is not read).</summary>
    public bool WasReported(string key) => reported?.Contains(FullKey(key)) == true;

    /// <summary>A required string; <paramref name="allowed"/> describes valid values for the message.</summary>
    public string? RequiredText(string key, string allowed)
    {
        var fullKey = FullKey(key);
        if (WasReported(key))
        {
            return null;
        }

        switch (config[fullKey])
        {
            case null:
                diagnostics.Error(ConfigCodes.Missing, fullKey, $"is required; allowed: {allowed}; set it with `pulumi config set {fullKey} <value>`");
                return null;
            case { IsSecret: true, Text: null }:
                diagnostics.Error(ConfigCodes.InvalidValue, fullKey, $"is set as a secret, but it is not secret data; allowed: {allowed}");
                return null;
            case { Text: { } text } when string.IsNullOrWhiteSpace(text):
                diagnostics.Error(ConfigCodes.InvalidValue, fullKey, $"is empty; allowed: {allowed}");
                return null;
            case { Text: { } text }:
                return text;
            default:
                return null;
        }
    }

    public string? OptionalText(string key) => WasReported(key) ? null : config[FullKey(key)]?.Text;

    /// <summary>A required choice among named values (enums): the message lists them all.</summary>
    public T? RequiredChoice<T>(string key, IReadOnlyList<T> values, Func<T, string> name)
        where T : struct
    {
        var allowed = string.Join(", ", values.Select(name));
        var text = RequiredText(key, allowed);
        if (text is null || WasReported(key))
        {
            return null;
        }

        foreach (var value in values)
        {
            if (name(value) == text)
            {
                return value;
            }
        }

        diagnostics.Error(ConfigCodes.InvalidValue, FullKey(key), $"'{text}' is not allowed; allowed: {allowed}");
        return null;
    }

    /// <summary>An optional list of strings, given as a YAML list (JSON text in PULUMI_CONFIG).</summary>
    public ImmutableArray<string>? OptionalStringList(string key)
    {
        var text = OptionalText(key);
        if (text is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind == JsonValueKind.Array
                && document.RootElement.EnumerateArray().All(item => item.ValueKind == JsonValueKind.String))
            {
                return [.. document.RootElement.EnumerateArray().Select(item => item.GetString()!)];
            }
        }
        catch (JsonException)
        {
            // Reported below with the same message as any other non-list.
        }

        diagnostics.Error(ConfigCodes.Malformed, FullKey(key), $"'{text}' is not a list of strings; write it as a YAML list, e.g. [a, b]");
        return null;
    }
}
