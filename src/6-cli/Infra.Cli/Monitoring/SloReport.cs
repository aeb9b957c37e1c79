using System.Globalization;
using Infra.Components.Monitoring;

namespace Infra.Cli.Monitoring;

/// <summary>One SLO measured over a window ending at the report's time (docs/slo.md, "Reporting").</summary>
public sealed record SloMeasurement(
    ServiceLevelObjective Slo,
    TimeSpan Window,
    double ErrorRatio,
    double? ErrorRatio1h)
{
    public double ErrorBudget => (double)Slo.ErrorBudget;

    /// <summary>The share of good events over the window.</summary>
    public double Attainment => 1 - ErrorRatio;

    /// <summary>1 untouched, 0 spent, negative overspent: the same figure as <c>slo:error_budget:remaining_ratio</c>.</summary>
    public double BudgetRemaining => 1 - (ErrorRatio / ErrorBudget);

    /// <summary>How fast the budget went over the window: 1 spends it exactly.</summary>
    public double BurnRate => ErrorRatio / ErrorBudget;

    public double? BurnRate1h => ErrorRatio1h / ErrorBudget;

    public bool Exhausted => BudgetRemaining <= 0;
}

/// <summary>Measures a stack's SLOs from the series their rules record, and prints the report.</summary>
public static class SloReport
{
    public const int Version = 1;

    private static readonly string[] Header = ["SLO", "objective", "window", "attainment", "budget left", "burn rate", "burn 1h", "status"];

    /// <summary>
    /// The error ratio over the window is the mean of the recorded 5-minute ratio, exactly as
    /// <c>slo:sli_error:ratio_rate30d</c> is recorded (SloRules), so the report and the SLOs dashboard agree.
    /// </summary>
    public static string WindowQuery(ServiceLevelObjective slo, TimeSpan window) =>
        $"avg_over_time({SloRules.ErrorRatioRecord(TimeSpan.FromMinutes(5))}{{{SloRules.SloLabel}=\"{slo.Name}\"}}[{PromDuration.Format(window)}])";

    public static string HourQuery(ServiceLevelObjective slo) =>
        $"{SloRules.ErrorRatioRecord(TimeSpan.FromHours(1))}{{{SloRules.SloLabel}=\"{slo.Name}\"}}";

    /// <exception cref="PrometheusException">Prometheus cannot be asked, or an SLO has no recorded series in the window (every such SLO named).</exception>
    public static IReadOnlyList<SloMeasurement> Measure(PrometheusClient prometheus, IEnumerable<ServiceLevelObjective> slos, TimeSpan? window, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(prometheus);
        var measured = new List<SloMeasurement>();
        var missing = new List<string>();
        foreach (var slo in slos)
        {
            var span = window ?? slo.Window;
            var query = WindowQuery(slo, span);
            var ratio = Single(prometheus.Query(query, at));
            if (ratio is not { } value || double.IsNaN(value))
            {
                missing.Add($"{slo.Name}: no {SloRules.ErrorRatioRecord(TimeSpan.FromMinutes(5))}{{slo=\"{slo.Name}\"}} with events in the {PromDuration.Format(span)} before {ReportTime.Format(at)} " +
                    $"(is the PrometheusRule {SloRules.GroupName(slo)} deployed, and does Prometheus have the SLI's series?)");
                continue;
            }

            var hour = Single(prometheus.Query(HourQuery(slo), at));
            measured.Add(new SloMeasurement(slo, span, value, hour is { } h && !double.IsNaN(h) ? h : null));
        }

        if (missing.Count > 0)
        {
            throw new PrometheusException($"cannot measure {missing.Count} SLO(s) from Prometheus at {prometheus.BaseUrl}:\n  " + string.Join("\n  ", missing));
        }

        return measured;
    }

    public static string Table(string stack, Uri prometheus, DateTimeOffset at, IReadOnlyList<SloMeasurement> measurements)
    {
        ArgumentNullException.ThrowIfNull(measurements);
        var rows = new List<string[]> { Header };
        rows.AddRange(measurements.Select(m => new[]
        {
            m.Slo.Name,
            m.Slo.Objective.ToString(CultureInfo.InvariantCulture) + "%",
            PromDuration.Format(m.Window),
            Percent(m.Attainment, 3),
            Percent(m.BudgetRemaining, 1),
            m.BurnRate.ToString("0.00", CultureInfo.InvariantCulture),
            m.BurnRate1h?.ToString("0.00", CultureInfo.InvariantCulture) ?? "-",
            m.Exhausted ? "EXHAUSTED" : "ok",
        }));
        return $"SLOs of {stack} at {ReportTime.Format(at)} (Prometheus {prometheus})\n" + TextTable.Render(rows);
    }

    public static string Json(string stack, Uri prometheus, DateTimeOffset at, IReadOnlyList<SloMeasurement> measurements)
    {
        ArgumentNullException.ThrowIfNull(measurements);
        return ReportJson.Write(Version, stack, prometheus, json =>
        {
            json.WriteString("at", ReportTime.Format(at));
            json.WriteStartArray("slos");
            foreach (var m in measurements)
            {
                json.WriteStartObject();
                json.WriteString("name", m.Slo.Name);
                json.WriteNumber("objective", m.Slo.Objective / 100m);
                json.WriteString("window", PromDuration.Format(m.Window));
                json.WriteNumber("errorRatio", ReportJson.Round(m.ErrorRatio));
                json.WriteNumber("attainment", ReportJson.Round(m.Attainment));
                json.WriteNumber("errorBudget", m.Slo.ErrorBudget);
                json.WriteNumber("budgetRemaining", ReportJson.Round(m.BudgetRemaining));
                json.WriteNumber("burnRate", ReportJson.Round(m.BurnRate));
                if (m.BurnRate1h is { } hour)
                {
                    json.WriteNumber("burnRate1h", ReportJson.Round(hour));
                }
                else
                {
                    json.WriteNull("burnRate1h");
                }

                json.WriteBoolean("exhausted", m.Exhausted);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("exhausted");
            foreach (var m in measurements.Where(m => m.Exhausted))
            {
                json.WriteStringValue(m.Slo.Name);
            }

            json.WriteEndArray();
        });
    }

    private static double? Single(IReadOnlyList<PromSample> samples) => samples.Count == 0 ? null : samples[0].Value;

    internal static string Percent(double ratio, int decimals) =>
        (ratio * 100).ToString("0." + new string('0', decimals), CultureInfo.InvariantCulture) + "%";
}
