namespace Infra.Core.Diagnostics;

/// <summary>Stops a synthesis with the full list of problems that caused it.</summary>
public sealed class InfraException : Exception
{
    public InfraException(IEnumerable<Diagnostic> diagnostics)
        : base(Describe(diagnostics as IReadOnlyCollection<Diagnostic> ?? [.. diagnostics])) =>
        Diagnostics = [.. diagnostics];

    public InfraException(Diagnostic diagnostic)
        : this([diagnostic])
    {
    }

    public InfraException()
        : this([])
    {
    }

    public InfraException(string message)
        : base(message) => Diagnostics = [];

    public InfraException(string message, Exception innerException)
        : base(message, innerException) => Diagnostics = [];

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    private static string Describe(IReadOnlyCollection<Diagnostic> diagnostics) =>
        diagnostics.Count == 0
            ? "synthesis failed"
            : string.Join(Environment.NewLine, diagnostics.Select(diagnostic => diagnostic.ToString()));
}
