using System.Text.Json;
using Infra.Compliance.Engine;
using Infra.Stacks.Config;

namespace Infra.Stacks.Specs;

/// <summary>
/// Reads <c>ml-platform:suppressions</c>: the compliance findings a stack accepts, each with the key
/// path it was declared at, so the compliance engine can say where a bad one is. The schema has
/// already checked the shape; whether the rule and resource exist is known only once the graph is.
/// </summary>
public static class SuppressionSpecReader
{
    public static IReadOnlyList<Suppression> Read(ConfigReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (reader.OptionalText(ConfigKeys.Suppressions) is not { } text)
        {
            return [];
        }

        using var document = JsonDocument.Parse(text);
        return [.. document.RootElement.EnumerateArray().Select((item, i) => new Suppression(
            Text(item, "rule"),
            Text(item, "resource"),
            Text(item, "reason"),
            $"{reader.FullKey(ConfigKeys.Suppressions)}[{i}]"))];
    }

    private static string Text(JsonElement item, string field) =>
        item.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
}
