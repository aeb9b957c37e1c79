using System.Globalization;

namespace Infra.Compliance.Graph;

/// <summary>Reading a property tree the way rules need it: literals by path, with computed values kept apart.</summary>
public static class PropertyValues
{
    /// <summary>The node at a dotted path of map keys (<c>vpcConfig.endpointPublicAccess</c>), or null.</summary>
    public static Value? At(Value? value, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        foreach (var key in path.Split('.'))
        {
            value = (value as MapValue)?[key];
            if (value is null)
            {
                return null;
            }
        }

        return value;
    }

    public static string? Text(Value? value) => (value as StringValue)?.Text;

    /// <summary>A literal bool, also when the provider types it as a string (<c>encrypted: "true"</c>).</summary>
    public static bool? Flag(Value? value) => value switch
    {
        BoolValue flag => flag.Flag,
        StringValue { Text: var text } when bool.TryParse(text, out var parsed) => parsed,
        _ => null,
    };

    public static double? Number(Value? value) => value switch
    {
        NumberValue number => number.Number,
        StringValue { Text: var text } when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    /// <summary>The items of a literal list; one value that is not a list counts as a list of itself.</summary>
    public static IReadOnlyList<Value> Items(Value? value) => value switch
    {
        null => [],
        ListValue list => list.Items,
        _ => [value],
    };

    /// <summary>The literal strings of a list (computed items are left out).</summary>
    public static IReadOnlyList<string> Texts(Value? value) => [.. Items(value).Select(Text).OfType<string>()];

    /// <summary>Pulumi computes it while deploying: its value cannot be judged now.</summary>
    public static bool IsComputed(Value? value) => value is ExprValue;

    /// <summary>A short rendering of a value for messages.</summary>
    public static string Describe(Value? value) => value switch
    {
        null => "(not set)",
        StringValue { Text: var text } => $"'{text}'",
        ExprValue => "(computed)",
        _ => value.ToString() ?? "",
    };
}
