using Infra.Core.Diagnostics;
using Xunit;

namespace Infra.Testing;

/// <summary>
/// Assertions on a <see cref="Diagnostic"/> as the house writes them: its code, the subject a person
/// would look for (a config key, a spec path, a logical name), and what its message says.
/// </summary>
public static class DiagnosticAssert
{
    /// <summary>
    /// <paramref name="diagnostic"/> has <paramref name="code"/> and <paramref name="subject"/>, and its
    /// message contains each of <paramref name="says"/> (ordinal).
    /// </summary>
    public static void Is(Diagnostic diagnostic, string code, string subject, params string[] says)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(subject, diagnostic.Subject);
        foreach (var text in says)
        {
            Assert.Contains(text, diagnostic.Message, StringComparison.Ordinal);
        }
    }
}
