namespace Infra.Components.Monitoring;

/// <summary>
/// One multi-window burn-rate alert: it fires when the error ratio over both the long and the
/// short window exceeds <c>factor × error budget</c>, where the factor is the burn rate at which
/// <see cref="BudgetFraction"/> of a window's budget is spent within <see cref="LongWindow"/>. The short
/// window (1/12 of the long one) makes the alert stop soon after the burn stops.
/// </summary>
public sealed record BurnRateWindow(TimeSpan LongWindow, TimeSpan ShortWindow, decimal BudgetFraction, string Severity, TimeSpan For)
{
    /// <summary>
    /// The burn-rate factor for an SLO window: fraction × window / long window. For 30 days this is
    /// the SRE workbook's 14.4 (1h), 6 (6h), 3 (1d) and 1 (3d).
    /// </summary>
    public decimal Factor(TimeSpan sloWindow) =>
        decimal.Round(BudgetFraction * (decimal)sloWindow.Ticks / LongWindow.Ticks, 6);
}

/// <summary>The four window pairs every SLO gets (Google SRE workbook, "Alerting on SLOs").</summary>
public static class BurnRateWindows
{
    /// <summary>Wake someone: 2% of the budget in 1h, or 5% in 6h.</summary>
    public const string Page = "page";

    /// <summary>Work hours: 10% of the budget in 1d, or in 3d.</summary>
    public const string Ticket = "ticket";

    public static ImmutableArray<BurnRateWindow> All { get; } =
    [
        new(TimeSpan.FromHours(1), TimeSpan.FromMinutes(5), 0.02m, Page, TimeSpan.FromMinutes(2)),
        new(TimeSpan.FromHours(6), TimeSpan.FromMinutes(30), 0.05m, Page, TimeSpan.FromMinutes(15)),
        new(TimeSpan.FromDays(1), TimeSpan.FromHours(2), 0.10m, Ticket, TimeSpan.FromHours(1)),
        new(TimeSpan.FromDays(3), TimeSpan.FromHours(6), 0.10m, Ticket, TimeSpan.FromHours(3)),
    ];

    /// <summary>The longest alert window: an SLO window must be at least this long.</summary>
    public static TimeSpan Longest { get; } = All.Max(window => window.LongWindow);

    /// <summary>Every window an error ratio is recorded over, shortest first.</summary>
    public static ImmutableArray<TimeSpan> RecordedWindows { get; } =
        [.. All.SelectMany(window => new[] { window.LongWindow, window.ShortWindow }).Distinct().Order()];
}
