using System.Globalization;

namespace Infra.Components.Monitoring;

/// <summary>
/// A service level objective: what fraction of events must be good over a rolling window. The
/// rules that record its error ratio and alert on fast and slow burn of its error budget are
/// generated from it (<see cref="SloRules"/>); see docs/slo.md.
/// </summary>
public sealed record ServiceLevelObjective
{
    /// <summary>The default compliance window: 30 days, the window the SRE workbook's burn rates assume.</summary>
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromDays(30);

    /// <summary>Lowercase letters, digits and hyphens (it becomes a label value and part of rule names).</summary>
    public required string Name { get; init; }

    /// <summary>The target in percent of good events, strictly between 0 and 100 (e.g. 99.5).</summary>
    public required decimal Objective { get; init; }

    /// <summary>The rolling compliance window over which the error budget is measured.</summary>
    public TimeSpan Window { get; init; } = DefaultWindow;

    public required ServiceLevelIndicator Sli { get; init; }

    /// <summary>What the SLO promises, in words, for alert descriptions and dashboards.</summary>
    public string? Description { get; init; }

    /// <summary>The allowed fraction of bad events: 1 − objective/100 (0.005 for 99.5%).</summary>
    public decimal ErrorBudget => (100m - Objective) / 100m;

    public override string ToString() => $"{Name} ({Objective.ToString(CultureInfo.InvariantCulture)}% over {PromDuration.Format(Window)})";
}

/// <summary>
/// The indicator of an SLO as PromQL: the rate of bad (or good) events and of all events over a
/// window. Each query contains the placeholder <c>{{window}}</c> as a range, e.g.
/// <c>sum(rate(http_requests_total{code=~"5.."}[{{window}}]))</c>; the generator substitutes every
/// alerting window (5m … 3d).
/// </summary>
public sealed record ServiceLevelIndicator
{
    /// <summary>The placeholder each query uses as its range.</summary>
    public const string WindowPlaceholder = "{{window}}";

    /// <summary>Bad events over the window (set this or <see cref="GoodQuery"/>).</summary>
    public string? BadQuery { get; init; }

    /// <summary>Good events over the window (set this or <see cref="BadQuery"/>).</summary>
    public string? GoodQuery { get; init; }

    /// <summary>All events over the window.</summary>
    public required string TotalQuery { get; init; }

    /// <summary>An SLI from bad and total events.</summary>
    public static ServiceLevelIndicator BadOverTotal(string bad, string total) => new() { BadQuery = bad, TotalQuery = total };

    /// <summary>An SLI from good and total events.</summary>
    public static ServiceLevelIndicator GoodOverTotal(string good, string total) => new() { GoodQuery = good, TotalQuery = total };

    /// <summary>
    /// A latency SLI from a Prometheus histogram: an event is good when it took at most
    /// <paramref name="thresholdSeconds"/>, which must be one of the histogram's bucket bounds (<c>le</c>).
    /// </summary>
    /// <param name="histogram">The histogram's base name, e.g. <c>apiserver_request_duration_seconds</c>.</param>
    /// <param name="selector">Label matchers without braces, e.g. <c>job="apiserver",verb!="WATCH"</c> (may be empty).</param>
    /// <param name="thresholdSeconds">The latency bound of a good event, in seconds.</param>
    public static ServiceLevelIndicator Latency(string histogram, string selector, double thresholdSeconds)
    {
        var matchers = string.IsNullOrWhiteSpace(selector) ? "" : selector.Trim() + ",";
        var bound = thresholdSeconds.ToString("R", CultureInfo.InvariantCulture);
        return GoodOverTotal(
            $"sum(rate({histogram}_bucket{{{matchers}le=\"{bound}\"}}[{WindowPlaceholder}]))",
            $"sum(rate({histogram}_count{{{matchers.TrimEnd(',')}}}[{WindowPlaceholder}]))");
    }

    /// <summary>The error ratio over <paramref name="window"/> as one PromQL expression.</summary>
    public string ErrorRatio(string window) => BadQuery is { } bad
        ? $"({Substitute(bad, window)})\n/\n({Substitute(TotalQuery, window)})"
        : $"1 - (\n  ({Substitute(GoodQuery ?? "", window)})\n  /\n  ({Substitute(TotalQuery, window)})\n)";

    private static string Substitute(string query, string window) =>
        query.Trim().Replace(WindowPlaceholder, window, StringComparison.Ordinal);
}
