using System.Text.RegularExpressions;

namespace Infra.Components.Tests.Monitoring;

/// <summary>The metric names a PromQL expression reads (identifiers that are not functions, keywords, labels or durations).</summary>
internal static partial class PromQlNames
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "and", "or", "unless", "by", "without", "on", "ignoring", "group_left", "group_right", "bool", "offset", "atan2",
    };

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'")]
    private static partial Regex Strings();

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex Matchers();

    [GeneratedRegex(@"\[[^\[\]]*\]")]
    private static partial Regex Ranges();

    [GeneratedRegex(@"\b(by|without|on|ignoring|group_left|group_right)\s*\([^()]*\)")]
    private static partial Regex LabelLists();

    [GeneratedRegex(@"[A-Za-z_:][A-Za-z0-9_:]*(?=\s*(\()?)")]
    private static partial Regex Identifiers();

    public static IReadOnlySet<string> MetricNames(string expr)
    {
        var text = Strings().Replace(expr, "\"\"");
        text = Matchers().Replace(text, " ");
        text = Ranges().Replace(text, " ");
        text = LabelLists().Replace(text, " ");
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (Match match in Identifiers().Matches(text))
        {
            var isCall = match.Groups[1].Success;
            var precededByDigit = match.Index > 0 && (char.IsAsciiDigit(text[match.Index - 1]) || text[match.Index - 1] == '.');
            if (!isCall && !precededByDigit && !Keywords.Contains(match.Value))
            {
                names.Add(match.Value);
            }
        }

        return names;
    }
}
