using System.Collections;

namespace Infra.Core.Diagnostics;

/// <summary>
/// Collects every problem of one phase, so a person sees them all at once instead of fixing
/// them one run at a time.
/// </summary>
public sealed class DiagnosticBag : IEnumerable<Diagnostic>
{
    private readonly List<Diagnostic> _items = [];

    public bool HasErrors => _items.Exists(item => item.IsError);

    public int Count => _items.Count;

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    public void Error(string code, string subject, string message) => Add(Diagnostic.Error(code, subject, message));

    public void Warning(string code, string subject, string message) => Add(Diagnostic.Warning(code, subject, message));

    /// <summary>Throws <see cref="InfraException"/> carrying every diagnostic when any is an error.</summary>
    public void ThrowIfErrors()
    {
        if (HasErrors)
        {
            throw new InfraException(_items);
        }
    }

    public IEnumerator<Diagnostic> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
