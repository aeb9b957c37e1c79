using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Infra.Cli.Views;

/// <summary>
/// A command's JSON output as text: indented, non-ASCII and punctuation left as they are (the output is
/// read by jobs and people, never embedded in HTML), ending with a newline.
/// </summary>
internal static class JsonText
{
    public static string Write(Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
