using Infra.Core.Diagnostics;

namespace Infra.Cli.Commands;

/// <summary>Prints diagnostics one per line on stderr, errors first, so they read well in Pulumi's output.</summary>
public static class DiagnosticPrinter
{
    public static void Print(TextWriter error, string stack, IReadOnlyCollection<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(diagnostic => diagnostic.IsError);
        if (errors > 0)
        {
            error.WriteLine($"infra: stack '{stack}' has {errors} error{(errors == 1 ? "" : "s")}; nothing was synthesized:");
        }

        PrintEach(error, diagnostics);
    }

    /// <summary>A command's refusal: one headline, then each problem, errors first.</summary>
    public static void Refused(TextWriter error, string headline, IEnumerable<Diagnostic> diagnostics)
    {
        error.WriteLine(headline);
        PrintEach(error, diagnostics);
    }

    private static void PrintEach(TextWriter error, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics.OrderBy(diagnostic => diagnostic.IsError ? 0 : 1))
        {
            error.WriteLine("  " + diagnostic);
        }
    }
}
