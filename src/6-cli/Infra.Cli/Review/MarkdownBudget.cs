using System.Globalization;
using System.Text;

namespace Infra.Cli.Review;

/// <summary>
/// Fits a Markdown report into a number of characters (GitHub counts a comment's characters; a
/// C# string's length counts UTF-16 units, never fewer). The head (alerts, the table of stacks) is
/// kept whole; stack sections share what is left, the longest shortened first, so a stack with a
/// short section keeps all of it while a huge one is cut: every section gets at most a common
/// limit, the largest that fits. A cut section keeps whole lines, closes the code block and
/// <c>&lt;details&gt;</c> it was cut in, and says how many lines it lost. Deterministic: the same
/// report and limit give the same text.
/// </summary>
public static class MarkdownBudget
{
    /// <param name="head">What is kept whole: the title, the alerts and the table.</param>
    /// <param name="sections">The stack sections, in order.</param>
    /// <param name="maxLength">The limit in characters; 0 or less for none.</param>
    public static string Fit(string head, IReadOnlyList<string> sections, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(head);
        ArgumentNullException.ThrowIfNull(sections);
        var whole = head + string.Concat(sections);
        if (maxLength <= 0 || whole.Length <= maxLength)
        {
            return whole;
        }

        var limit = CommonLimit([.. sections.Select(section => section.Length)], maxLength - head.Length);
        var fitted = head + string.Concat(sections.Select(section => section.Length <= limit ? section : Cut(section, limit)));
        return fitted.Length <= maxLength ? fitted : Cut(fitted, maxLength);
    }

    /// <summary>What a cut section ends with.</summary>
    public static string Note(int lines) =>
        string.Create(CultureInfo.InvariantCulture, $"\n*… {lines} more line{(lines == 1 ? "" : "s")}; full report in the job summary/artifact.*\n");

    /// <summary>The largest limit L with Σ min(length, L) ≤ budget (0 when even that does not fit).</summary>
    private static int CommonLimit(int[] lengths, int budget)
    {
        if (budget <= 0)
        {
            return 0;
        }

        Array.Sort(lengths);
        var spent = 0L;
        for (var i = 0; i < lengths.Length; i++)
        {
            var remaining = lengths.Length - i;
            if (spent + ((long)lengths[i] * remaining) > budget)
            {
                return (int)((budget - spent) / remaining);
            }

            spent += lengths[i];
        }

        return int.MaxValue;
    }

    /// <summary>The longest prefix of whole lines that, with what closes it and the note, is at most <paramref name="limit"/> characters.</summary>
    private static string Cut(string text, int limit)
    {
        var lines = text.Split('\n');
        var total = lines.Length - (text.EndsWith('\n') ? 1 : 0);
        var kept = new StringBuilder();
        var fenced = false;
        var details = 0;
        var keptLines = 0;
        for (; keptLines < total; keptLines++)
        {
            var line = lines[keptLines] + "\n";
            var (nextFenced, nextDetails) = Track(line, fenced, details);
            var ending = Closing(nextFenced, nextDetails) + Note(total - keptLines - 1);
            if (kept.Length + line.Length + ending.Length > limit)
            {
                break;
            }

            kept.Append(line);
            (fenced, details) = (nextFenced, nextDetails);
        }

        return kept.Append(Closing(fenced, details)).Append(Note(total - keptLines)).ToString();
    }

    private static (bool Fenced, int Details) Track(string line, bool fenced, int details)
    {
        if (line.StartsWith("```", StringComparison.Ordinal))
        {
            return (!fenced, details);
        }

        if (fenced)
        {
            return (fenced, details);
        }

        return (fenced, details + Count(line, "<details") - Count(line, "</details>"));
    }

    private static string Closing(bool fenced, int details) =>
        (fenced ? "```\n" : "") + string.Concat(Enumerable.Repeat("\n</details>\n", Math.Max(0, details)));

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
