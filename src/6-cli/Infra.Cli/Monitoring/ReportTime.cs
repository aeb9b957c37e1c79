using System.Globalization;
using System.Text.RegularExpressions;

namespace Infra.Cli.Monitoring;

/// <summary>The times and durations the reports take on the command line, checked with messages naming the option.</summary>
public static partial class ReportTime
{
    [GeneratedRegex("^([1-9][0-9]{0,5})(m|h|d|w)$", RegexOptions.CultureInvariant)]
    private static partial Regex Duration();

    /// <summary>A window such as <c>30d</c>, <c>6h</c>, <c>90m</c>, <c>2w</c>.</summary>
    /// <exception cref="FormatException">Names the option, the value and what is allowed.</exception>
    public static TimeSpan ParseWindow(string option, string text)
    {
        var match = Duration().Match(text);
        if (!match.Success)
        {
            throw new FormatException($"{option}: '{text}' is not allowed; allowed: a whole number of minutes, hours, days or weeks, e.g. 90m, 6h, 30d, 2w");
        }

        var count = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch
        {
            "m" => TimeSpan.FromMinutes(count),
            "h" => TimeSpan.FromHours(count),
            "d" => TimeSpan.FromDays(count),
            _ => TimeSpan.FromDays(7 * count),
        };
    }

    /// <summary>An RFC 3339 time with its offset (<c>2026-01-01T00:00:00Z</c>) or a date (<c>2026-01-01</c>, midnight UTC), truncated to the minute.</summary>
    /// <exception cref="FormatException">Names the option, the value and what is allowed.</exception>
    public static DateTimeOffset ParseTime(string option, string text)
    {
        var formats = new[] { "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ss.FFFK" };
        if (!DateTimeOffset.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            || (text.Contains('T', StringComparison.Ordinal) && !HasOffset(text)))
        {
            throw new FormatException($"{option}: '{text}' is not allowed; allowed: an RFC 3339 time with its offset, e.g. 2026-01-01T00:00:00Z, or a date, e.g. 2026-01-01 (midnight UTC)");
        }

        return Minute(time);
    }

    public static DateTimeOffset Minute(DateTimeOffset time) =>
        new(time.UtcTicks - (time.UtcTicks % TimeSpan.TicksPerMinute), TimeSpan.Zero);

    /// <summary><c>2026-01-01T07:00:00Z</c>.</summary>
    public static string Format(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A PromQL duration of whole seconds: <c>21600s</c>.</summary>
    public static string Seconds(TimeSpan span) => ((long)span.TotalSeconds).ToString(CultureInfo.InvariantCulture) + "s";

    private static bool HasOffset(string text) => text.EndsWith('Z') || text.EndsWith('z') || Regex.IsMatch(text, "[+-][0-9]{2}:[0-9]{2}$", RegexOptions.CultureInvariant);
}
