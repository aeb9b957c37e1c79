using System.Globalization;

namespace Infra.Components.Monitoring;

/// <summary>
/// The Prometheus rules of one SLO, in one group evaluated in order:
/// <list type="bullet">
/// <item>its error ratio over every alerting window (<c>slo:sli_error:ratio_rate5m</c> … <c>_rate3d</c>),
///   from the SLI's own queries;</item>
/// <item>its error ratio over the whole SLO window (<c>slo:sli_error:ratio_rate30d</c>), as the average of
///   the recorded 5-minute ratio, so no query ever reads 30 days of raw series;</item>
/// <item>objective, error budget and the error budget remaining (1 = untouched, 0 = spent, negative = overspent);</item>
/// <item>four <c>SloErrorBudgetBurn</c> alerts, one per window pair of <see cref="BurnRateWindows"/>,
///   labelled with their severity and windows.</item>
/// </list>
/// Every series carries the label <c>slo="&lt;name&gt;"</c>.
/// </summary>
public static class SloRules
{
    public const string AlertName = "SloErrorBudgetBurn";
    public const string SloLabel = "slo";

    public static string ErrorRatioRecord(TimeSpan window) => $"slo:sli_error:ratio_rate{PromDuration.Format(window)}";

    public const string ObjectiveRecord = "slo:objective:ratio";
    public const string ErrorBudgetRecord = "slo:error_budget:ratio";
    public const string BudgetRemainingRecord = "slo:error_budget:remaining_ratio";

    public static string GroupName(ServiceLevelObjective slo) => $"slo-{slo.Name}";

    /// <summary>The rule group of a valid SLO (see <see cref="SloValidator"/>).</summary>
    public static RuleGroup For(ServiceLevelObjective slo)
    {
        ArgumentNullException.ThrowIfNull(slo);
        var label = Labels.Of((SloLabel, slo.Name));
        var selector = $"{{{SloLabel}=\"{slo.Name}\"}}";
        var budget = Number(slo.ErrorBudget);
        var rules = ImmutableArray.CreateBuilder<PrometheusRule>();
        foreach (var window in BurnRateWindows.RecordedWindows)
        {
            rules.Add(new RecordingRule { Record = ErrorRatioRecord(window), Expr = slo.Sli.ErrorRatio(PromDuration.Format(window)), Labels = label });
        }

        var shortest = BurnRateWindows.RecordedWindows[0];
        rules.Add(new RecordingRule
        {
            Record = ErrorRatioRecord(slo.Window),
            Expr = $"avg_over_time({ErrorRatioRecord(shortest)}{selector}[{PromDuration.Format(slo.Window)}])",
            Labels = label,
        });
        rules.Add(new RecordingRule { Record = ObjectiveRecord, Expr = $"vector({Number(slo.Objective / 100m)})", Labels = label });
        rules.Add(new RecordingRule { Record = ErrorBudgetRecord, Expr = $"vector({budget})", Labels = label });
        rules.Add(new RecordingRule
        {
            Record = BudgetRemainingRecord,
            Expr = $"1 - {ErrorRatioRecord(slo.Window)}{selector} / {budget}",
            Labels = label,
        });

        foreach (var pair in BurnRateWindows.All)
        {
            var factor = Number(pair.Factor(slo.Window));
            var threshold = $"({factor} * {budget})";
            var longWindow = PromDuration.Format(pair.LongWindow);
            var shortWindow = PromDuration.Format(pair.ShortWindow);
            rules.Add(new AlertingRule
            {
                Alert = AlertName,
                Expr = $"{ErrorRatioRecord(pair.LongWindow)}{selector} > {threshold}\nand\n{ErrorRatioRecord(pair.ShortWindow)}{selector} > {threshold}",
                For = pair.For,
                Labels = Labels.Of(
                    (SloLabel, slo.Name),
                    ("severity", pair.Severity),
                    ("long_window", longWindow),
                    ("short_window", shortWindow),
                    ("burn_rate", factor)),
                Annotations = Labels.Of(
                    ("summary", $"SLO {slo.Name} is burning its error budget {factor}x too fast"),
                    ("description",
                        $"The error ratio of SLO {slo.Name} ({slo.Description ?? slo.ToString()}) is above {factor} times its budget of {budget} " +
                        $"over the last {longWindow} and {shortWindow} (now {{{{ $value | humanizePercentage }}}} over {longWindow}). " +
                        $"At this rate {Number(pair.BudgetFraction * 100m)}% of the {PromDuration.Format(slo.Window)} budget is gone within {longWindow}.")),
            });
        }

        return new RuleGroup(GroupName(slo), rules.ToImmutable());
    }

    /// <summary>A decimal in PromQL without exponent or trailing zeros (0.005, 14.4, 1).</summary>
    internal static string Number(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);
}
