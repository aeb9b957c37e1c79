using Microsoft.CodeAnalysis;

namespace Infra.Providers.Generator;

internal enum SchemaDiagnostic
{
    Invalid,
    ForceNewWithoutSource,
}

/// <summary>The generator's diagnostics; both are errors, so a bad schema file fails the build.</summary>
internal static class SchemaDiagnostics
{
    public static readonly DiagnosticDescriptor Invalid = new(
        "INFRAGEN001", "Invalid provider schema file", "{0}: {1}", "Infra.Providers", DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor ForceNewWithoutSource = new(
        "INFRAGEN002", "ForceNew fact without a source", "{0}: {1}", "Infra.Providers", DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "Every input said to force a replacement names where that is documented (the provider schema or its docs).");

    public static Diagnostic Create(SchemaException error, string path) =>
        Diagnostic.Create(
            error.Diagnostic == SchemaDiagnostic.ForceNewWithoutSource ? ForceNewWithoutSource : Invalid,
            Location.Create(path, default, default),
            path,
            error.Message);
}
