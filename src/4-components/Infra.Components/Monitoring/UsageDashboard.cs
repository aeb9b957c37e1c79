namespace Infra.Components.Monitoring;

/// <summary>
/// "GPU usage by team": the accounting series of <see cref="UsageRules"/> per team and pool, and
/// GPU-hours and cost over the last 7 and 30 days (the figures <c>infra usage</c> prints for a period).
/// </summary>
public static class UsageDashboard
{
    private const string PoolFilter = "{pool=~\"$pool\"}";

    /// <summary>Sampling step of the dashboard's 7- and 30-day totals: coarser than the CLI's minute, so the panels stay cheap.</summary>
    private const int TotalsStepMinutes = 5;

    public static Dashboard Build() => new("ml-platform-gpu-usage", "GPU usage by team",
    [
        new("GPUs allocated per team", "none",
            [new($"sum by (team) ({UsageRules.Allocated}{PoolFilter})", "{{team}}")])
        {
            Description = "GPUs requested by the team's running pods on the selected pools.",
        },
        new("GPUs used per team", "none",
            [new($"sum by (team) ({UsageRules.Used}{PoolFilter})", "{{team}}")])
        {
            Description = "GPU-equivalents busy: the DCGM utilization of the team's GPUs summed (1 = one GPU fully busy).",
        },
        new("GPU utilization per team and pool", "percentunit",
            [new($"sum by (team, pool) ({UsageRules.Used}{PoolFilter})\n/\nsum by (team, pool) ({UsageRules.Allocated}{PoolFilter})", "{{team}} on {{pool}}")]),
        new("Cost per hour per team", "none",
            [new($"sum by (team, currency) ({UsageRules.Cost}{PoolFilter})", "{{team}} ({{currency}})")])
        {
            Description = "Allocated GPUs at the catalog's on-demand price per GPU of their node's instance type.",
        },
        new("GPU-hours allocated, last 7 and 30 days", "none",
        [
            new(UsageRules.Integral($"sum by (team) ({UsageRules.Allocated}{PoolFilter})", "7d", TotalsStepMinutes), "{{team}} 7d"),
            new(UsageRules.Integral($"sum by (team) ({UsageRules.Allocated}{PoolFilter})", "30d", TotalsStepMinutes), "{{team}} 30d"),
        ])
        {
            Type = "table",
        },
        new("GPU-hours used, last 7 and 30 days", "none",
        [
            new(UsageRules.Integral($"sum by (team) ({UsageRules.Used}{PoolFilter})", "7d", TotalsStepMinutes), "{{team}} 7d"),
            new(UsageRules.Integral($"sum by (team) ({UsageRules.Used}{PoolFilter})", "30d", TotalsStepMinutes), "{{team}} 30d"),
        ])
        {
            Type = "table",
        },
        new("Cost, last 30 days", "none",
            [new(UsageRules.Integral($"sum by (team, currency) ({UsageRules.Cost}{PoolFilter})", "30d", TotalsStepMinutes), "{{team}} ({{currency}})")])
        {
            Type = "table",
            Description = "On-demand list prices: spot capacity and discounts make the bill lower.",
        },
    ])
    {
        PoolVariable = true,
        Description = "GPU-hours allocated and used, utilization and cost per team (docs/usage.md).",
    };
}
