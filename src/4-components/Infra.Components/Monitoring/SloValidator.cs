using System.Globalization;
using System.Text.RegularExpressions;

namespace Infra.Components.Monitoring;

/// <summary>
/// Checks SLOs before any rule is generated: name, objective in (0, 100), a PromQL SLI that uses
/// the <c>{{window}}</c> range, and a window at least as long as the longest alert window. Every
/// problem names the SLO (<c>slos[gpu-node-availability].objective</c>).
/// </summary>
public static partial class SloValidator
{
    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex NameShape();

    /// <summary>Adds a diagnostic for every problem of every SLO to <paramref name="diagnostics"/>.</summary>
    /// <param name="slos">The SLOs to check.</param>
    /// <param name="path">The spec path of the list, e.g. <c>slos</c> or <c>ml-platform:monitoring.slos</c>.</param>
    /// <param name="diagnostics">Where problems are added.</param>
    public static void Validate(IEnumerable<ServiceLevelObjective> slos, string path, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(slos);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var slo in slos)
        {
            var subject = string.IsNullOrWhiteSpace(slo.Name) ? $"{path}[{index}]" : $"{path}[{slo.Name}]";
            index++;
            if (!NameShape().IsMatch(slo.Name ?? "") || slo.Name!.Length > 40)
            {
                diagnostics.Error(MonitoringCodes.InvalidSloName, subject + ".name",
                    $"'{slo.Name}' is not allowed; allowed: 1-40 lowercase letters, digits and single hyphens, starting with a letter (it becomes a label value and a rule group name)");
            }
            else if (!seen.Add(slo.Name))
            {
                diagnostics.Error(MonitoringCodes.DuplicateSlo, subject, $"SLO '{slo.Name}' is declared twice; names must be unique");
            }

            if (slo.Objective is <= 0m or >= 100m)
            {
                diagnostics.Error(MonitoringCodes.ObjectiveOutOfRange, subject + ".objective",
                    $"{slo.Objective.ToString(CultureInfo.InvariantCulture)} is not allowed; allowed: a percentage strictly between 0 and 100, e.g. 99.5");
            }

            if (slo.Window < BurnRateWindows.Longest)
            {
                diagnostics.Error(MonitoringCodes.WindowTooShort, subject + ".window",
                    $"{Describe(slo.Window)} is shorter than the longest burn-rate alert window ({PromDuration.Format(BurnRateWindows.Longest)}); allowed: {PromDuration.Format(BurnRateWindows.Longest)} or more, usually 30d");
            }

            ValidateSli(slo.Sli, subject + ".sli", diagnostics);
        }
    }

    private static void ValidateSli(ServiceLevelIndicator? sli, string subject, DiagnosticBag diagnostics)
    {
        if (sli is null)
        {
            diagnostics.Error(MonitoringCodes.EmptySli, subject, "is missing; give bad (or good) and total event queries");
            return;
        }

        if (sli.BadQuery is not null && sli.GoodQuery is not null)
        {
            diagnostics.Error(MonitoringCodes.EmptySli, subject, "has both a bad and a good query; give one of them and the total");
        }

        if (sli.BadQuery is null && sli.GoodQuery is null)
        {
            diagnostics.Error(MonitoringCodes.EmptySli, subject, "has neither a bad nor a good query; give one of them and the total");
        }

        Query(sli.BadQuery, subject + ".bad", diagnostics);
        Query(sli.GoodQuery, subject + ".good", diagnostics);
        Query(sli.TotalQuery ?? "", subject + ".total", diagnostics);
    }

    private static void Query(string? query, string subject, DiagnosticBag diagnostics)
    {
        if (query is null)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(query))
        {
            diagnostics.Error(MonitoringCodes.EmptySli, subject, "is empty; allowed: a PromQL query with the range [{{window}}], e.g. sum(rate(http_requests_total[{{window}}]))");
            return;
        }

        var problems = PromQlSyntax.Problems(query.Replace(ServiceLevelIndicator.WindowPlaceholder, "5m", StringComparison.Ordinal));
        if (problems.Count > 0)
        {
            diagnostics.Error(MonitoringCodes.NotPromQl, subject, $"'{query}' is not PromQL: {string.Join("; ", problems)}");
        }
        else if (!query.Contains("[" + ServiceLevelIndicator.WindowPlaceholder + "]", StringComparison.Ordinal)
                 && !query.Contains("[" + ServiceLevelIndicator.WindowPlaceholder + ":", StringComparison.Ordinal))
        {
            diagnostics.Error(MonitoringCodes.NotPromQl, subject,
                $"'{query}' has no range [{ServiceLevelIndicator.WindowPlaceholder}]; every SLI query is evaluated over each alert window, e.g. sum(rate(x[{ServiceLevelIndicator.WindowPlaceholder}]))");
        }
    }

    private static string Describe(TimeSpan window) =>
        window <= TimeSpan.Zero || window.Ticks % TimeSpan.TicksPerSecond != 0
            ? window.ToString("c", CultureInfo.InvariantCulture)
            : PromDuration.Format(window);
}
