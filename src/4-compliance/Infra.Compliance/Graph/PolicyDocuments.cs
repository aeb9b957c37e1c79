using System.Text.Json;
using Infra.Core.Expressions;

namespace Infra.Compliance.Graph;

/// <summary>
/// The statements of an IAM or RAM policy document given as a property: a <c>fn::toJSON</c> tree
/// (how components write them) or a JSON string literal.
/// </summary>
public static class PolicyDocuments
{
    /// <summary>The statements as value trees; empty when the document is computed or not JSON.</summary>
    public static IReadOnlyList<MapValue> Statements(Value? policy)
    {
        var document = policy switch
        {
            ExprValue { Expression: Builtin { Name: "toJSON", Argument: var tree } } => tree,
            StringValue { Text: var json } => Parse(json),
            ExprValue { Expression: Interpolation interpolation } when interpolation.IsPlainTemplate => Parse(Render(interpolation)),
            _ => null,
        };
        return [.. PropertyValues.Items(PropertyValues.At(document, "Statement")).OfType<MapValue>()];
    }

    /// <summary>The literal strings of a statement field that may be one string or a list (<c>Action</c>, <c>Resource</c>).</summary>
    public static IReadOnlyList<string> Strings(MapValue statement, string field) =>
        PropertyValues.Texts(statement[field]);

    /// <summary>Anyone: <c>"*"</c>, <c>["*"]</c> or <c>{"AWS": "*"}</c>.</summary>
    public static bool IsAnyone(Value? principal) => principal switch
    {
        StringValue { Text: "*" } => true,
        ListValue list => PropertyValues.Texts(list) is ["*"],
        MapValue map => map.Entries.Count == 1 && map["AWS"] is { } aws && PropertyValues.Texts(aws) is ["*"],
        _ => false,
    };

    /// <summary>
    /// A JSON string with references inside (<c>"{\"Federated\":\"${oidc.arn}\"}"</c>), as text with
    /// each reference kept as <c>${…}</c>: the references sit inside JSON strings, so it parses.
    /// </summary>
    private static string Render(Interpolation interpolation) =>
        string.Concat(interpolation.Parts.Select(part => part.Text ?? "${" + ((Reference)part.Expression!).Render() + "}"));

    private static Value? Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return Convert(document.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Value Convert(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => MapValue.Of(element.EnumerateObject().Select(property => KeyValuePair.Create(property.Name, Convert(property.Value)))),
        JsonValueKind.Array => new ListValue([.. element.EnumerateArray().Select(Convert)]),
        JsonValueKind.True => BoolValue.True,
        JsonValueKind.False => BoolValue.False,
        JsonValueKind.Number => new NumberValue(element.GetDouble()),
        _ => new StringValue(element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText()),
    };
}
