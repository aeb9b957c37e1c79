using System.Text;
using System.Text.Json;

namespace Infra.Cli.Monitoring;

/// <summary>The shared envelope of the reports' JSON: <c>version</c>, <c>stack</c>, <c>prometheus</c>, then the report's own fields.</summary>
internal static class ReportJson
{
    public static string Write(int version, string stack, Uri prometheus, Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", version);
            json.WriteString("stack", stack);
            json.WriteString("prometheus", prometheus.ToString());
            body(json);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Figures to 6 decimals: what the sums of floating-point samples can honestly claim.</summary>
    public static double Round(double value) => Math.Round(value, 6);

    public static void WriteNullable(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, Round(number));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
