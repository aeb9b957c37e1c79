using System.Buffers;
using YamlDotNet.Core;

namespace Infra.Core.Yaml;

/// <summary>
/// Chooses how a string is written so that every YAML reader takes it back as the same string:
/// plain only when it cannot be read as a number, bool or null (under YAML 1.1 or 1.2) and has no
/// character with a meaning in YAML; a literal block for readable multi-line text; quoted otherwise.
/// </summary>
public static class ScalarStyles
{
    private static readonly SearchValues<char> PlainChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-./:@${}[]()=+");

    private static readonly HashSet<string> ReservedWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~",
    };

    public static ScalarStyle For(string text)
    {
        if (IsSafePlain(text))
        {
            return ScalarStyle.Plain;
        }

        return IsReadableBlock(text) ? ScalarStyle.Literal : ScalarStyle.DoubleQuoted;
    }

    public static bool IsSafePlain(string text) =>
        text.Length > 0
        && (char.IsAsciiLetter(text[0]) || text[0] is '/' or '$' or '_')
        && !text.AsSpan().ContainsAnyExcept(PlainChars)
        && !text.EndsWith(':')
        && !text.Contains(": ", StringComparison.Ordinal)
        && !ReservedWords.Contains(text);

    // A literal block keeps multi-line text (rules, scripts, JSON documents) readable. Trailing
    // spaces, tabs, carriage returns and leading blanks would not survive it, so those are quoted.
    private static bool IsReadableBlock(string text) =>
        text.Contains('\n', StringComparison.Ordinal)
        && !text.StartsWith(' ')
        && !text.StartsWith('\n')
        && !string.IsNullOrWhiteSpace(text)
        && !text.AsSpan().ContainsAny('\t', '\r')
        && !text.Split('\n').Any(line => line.EndsWith(' '))
        && text.All(c => c == '\n' || !char.IsControl(c));
}
