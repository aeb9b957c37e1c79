using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Infra.Providers.Generator;

/// <summary>
/// Turns the schema subset (<c>Schema/**/*.json</c>, given as AdditionalFiles) into the typed
/// resources and argument records of Infra.Providers, and the by-token lookup of ForceNew inputs.
/// The output is plain C# with no reflection, as trimming- and AOT-safe as hand-written records.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ProviderSchemaGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider
            .Where(file => file.Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            .Select((file, cancellation) => (file.Path, Text: file.GetText(cancellation)?.ToString() ?? ""));

        context.RegisterSourceOutput(files, (output, file) =>
        {
            if (TryRead(output, file.Path, file.Text) is { } schema)
            {
                output.AddSource(HintName(file.Path), SourceText.From(CodeWriter.Write(schema), System.Text.Encoding.UTF8));
            }
        });

        // The lookup reads every file again: parsing the subset takes milliseconds, and this keeps
        // the per-file step free of cross-file state. Errors are reported by the per-file step.
        context.RegisterSourceOutput(files.Collect(), (output, all) =>
        {
            var schemas = all.OrderBy(file => file.Path, StringComparer.Ordinal).Select(file => TryParse(file.Text)).Where(schema => schema is not null);
            output.AddSource("ProviderSchema.g.cs", SourceText.From(CodeWriter.WriteProviderSchema(schemas!), System.Text.Encoding.UTF8));
        });
    }

    /// <summary><c>Schema/Aws/Eks.json</c> → <c>Aws.Eks.g.cs</c>: two files may share a namespace.</summary>
    private static string HintName(string path)
    {
        var parts = path.Replace('\\', '/').Split('/');
        var start = Array.LastIndexOf(parts, "Schema") + 1;
        return string.Join(".", parts.Skip(start)).Replace(".json", ".g.cs");
    }

    private static SchemaFile? TryRead(SourceProductionContext output, string path, string text)
    {
        try
        {
            return SchemaReader.Read(text);
        }
        catch (SchemaException error)
        {
            output.ReportDiagnostic(SchemaDiagnostics.Create(error, path));
            return null;
        }
    }

    private static SchemaFile? TryParse(string text)
    {
        try
        {
            return SchemaReader.Read(text);
        }
        catch (SchemaException)
        {
            return null;
        }
    }
}
