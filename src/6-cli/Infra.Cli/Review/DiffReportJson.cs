using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Infra.Stacks.Review;

namespace Infra.Cli.Review;

/// <summary>
/// <c>infra diff --json</c>: the <see cref="DiffReport"/> as versioned JSON (docs/cli.md), and the
/// reader of <c>--from-report</c>. Source-generated (no reflection: the binary is NativeAOT).
/// </summary>
public static class DiffReportJson
{
    private static readonly DiffReportJsonContext Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter<ChangeKind>(JsonNamingPolicy.KebabCaseLower) },
    });

    public static string Write(DiffReport report) => JsonSerializer.Serialize(report, Context.DiffReport) + "\n";

    /// <exception cref="FormatException">Not a report of <c>infra diff --json</c>, or one of another version.</exception>
    public static DiffReport Read(string json, string sourceName)
    {
        int? version;
        try
        {
            using var document = JsonDocument.Parse(json);
            version = document.RootElement.ValueKind == JsonValueKind.Object
                      && document.RootElement.TryGetProperty("version", out var value) && value.TryGetInt32(out var number)
                ? number
                : null;
        }
        catch (JsonException error)
        {
            throw new FormatException($"{sourceName} is not JSON: {error.Message}", error);
        }

        if (version != DiffReport.CurrentVersion)
        {
            throw new FormatException(
                $"{sourceName} is not a report of `infra diff --json` version {DiffReport.CurrentVersion} (its version: {version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}); write it again with this infra");
        }

        try
        {
            return JsonSerializer.Deserialize(json, Context.DiffReport) ?? throw new FormatException($"{sourceName} holds no report");
        }
        catch (JsonException error)
        {
            throw new FormatException($"{sourceName} is not a report of `infra diff --json`: {error.Message}", error);
        }
    }
}

[JsonSerializable(typeof(DiffReport))]
internal sealed partial class DiffReportJsonContext : JsonSerializerContext;
