using System.Globalization;
using System.Text;
using System.Text.Json;
using Infra.Core.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Infra.Stacks.Config;

/// <summary>
/// Writes a <c>Pulumi.&lt;stack&gt;.yaml</c>: a comment, the stack's <c>secretsprovider:</c> where it has one, then <c>config:</c> with the keys in the
/// order given. Values of keys the schema declares as lists or maps are written as YAML
/// structures, everything else as text, so <see cref="StackFile.Parse"/> reads back exactly the
/// config that was written.
/// </summary>
public static class StackFileWriter
{
    private static readonly EmitterSettings Settings = new EmitterSettings()
        .WithBestIndent(2)
        .WithBestWidth(int.MaxValue)
        .WithNewLine("\n")
        .WithIndentedSequences();

    /// <exception cref="ArgumentException">A value is secret (its text is not known), or a structured value is not JSON.</exception>
    public static string Write(string comment, IEnumerable<KeyValuePair<string, ConfigValue>> values, string project, ConfigSchema schema, string? secretsProvider = null)
    {
        ArgumentNullException.ThrowIfNull(comment);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(schema);
        var text = new StringWriter(new StringBuilder(), CultureInfo.InvariantCulture) { NewLine = "\n" };
        var emitter = new Emitter(text, Settings);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        foreach (var line in comment.Split('\n'))
        {
            emitter.Emit(new Comment(line, false));
        }

        emitter.Emit(new MappingStart());
        if (secretsProvider is not null)
        {
            Scalar(emitter, StackFile.SecretsProviderKey);
            Scalar(emitter, secretsProvider);
        }

        Scalar(emitter, "config");
        emitter.Emit(new MappingStart());
        foreach (var (key, value) in values)
        {
            if (value.Text is null)
            {
                throw new ArgumentException($"{key} is secret; its value cannot be written here, set it with `pulumi config set --secret`", nameof(values));
            }

            Scalar(emitter, key);
            var ownKey = key.StartsWith(project + ":", StringComparison.Ordinal) ? key[(project.Length + 1)..] : null;
            if (ownKey is not null && schema.Keys.Contains(ownKey) && schema.DeclaredType(ownKey) is "array" or "object")
            {
                using var document = JsonDocument.Parse(value.Text);
                Json(emitter, document.RootElement);
            }
            else
            {
                Scalar(emitter, value.Text);
            }
        }

        emitter.Emit(new MappingEnd());
        emitter.Emit(new MappingEnd());
        emitter.Emit(new DocumentEnd(true));
        emitter.Emit(new StreamEnd());
        return text.ToString();
    }

    private static void Json(IEmitter emitter, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                emitter.Emit(new MappingStart());
                foreach (var property in element.EnumerateObject())
                {
                    Scalar(emitter, property.Name);
                    Json(emitter, property.Value);
                }

                emitter.Emit(new MappingEnd());
                break;
            case JsonValueKind.Array:
                emitter.Emit(new SequenceStart(null, null, false, SequenceStyle.Block));
                foreach (var item in element.EnumerateArray())
                {
                    Json(emitter, item);
                }

                emitter.Emit(new SequenceEnd());
                break;
            case JsonValueKind.String:
                Scalar(emitter, element.GetString()!);
                break;
            default:
                // Numbers, booleans and null keep their type: written plain, read back as such.
                emitter.Emit(new YamlDotNet.Core.Events.Scalar(null, null, element.GetRawText(), ScalarStyle.Plain, true, false));
                break;
        }
    }

    private static void Scalar(IEmitter emitter, string text)
    {
        var style = ScalarStyles.IsSafePlain(text) ? ScalarStyle.Plain : ScalarStyle.DoubleQuoted;
        emitter.Emit(new YamlDotNet.Core.Events.Scalar(null, null, text, style, true, false));
    }
}
