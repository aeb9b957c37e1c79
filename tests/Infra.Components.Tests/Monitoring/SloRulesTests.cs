using Infra.Components.Monitoring;

namespace Infra.Components.Tests.Monitoring;

public class SloRulesTests
{
    [Fact]
    public void A_thirty_day_window_gets_the_sre_workbooks_burn_rates()
    {
        Assert.Equal([14.4m, 6m, 3m, 1m], BurnRateWindows.All.Select(pair => pair.Factor(TimeSpan.FromDays(30))));
        Assert.Equal(["page", "page", "ticket", "ticket"], BurnRateWindows.All.Select(pair => pair.Severity));
        Assert.Equal(["1h/5m", "6h/30m", "1d/2h", "3d/6h"],
            BurnRateWindows.All.Select(pair => $"{PromDuration.Format(pair.LongWindow)}/{PromDuration.Format(pair.ShortWindow)}"));
    }

    [Fact]
    public void Other_windows_keep_the_same_share_of_budget_per_alert_window()
    {
        Assert.Equal([13.44m, 5.6m, 2.8m, 0.933333m], BurnRateWindows.All.Select(pair => pair.Factor(TimeSpan.FromDays(28))));
    }

    [Fact]
    public void An_slo_records_its_error_ratio_over_every_alert_window_and_its_own_window()
    {
        var group = SloRules.For(PlatformSlos.GpuNodeAvailability(99.5m));
        var records = group.Rules.OfType<RecordingRule>().Select(rule => rule.Record).ToList();

        Assert.Equal("slo-gpu-node-availability", group.Name);
        Assert.Equal(
        [
            "slo:sli_error:ratio_rate5m", "slo:sli_error:ratio_rate30m", "slo:sli_error:ratio_rate1h", "slo:sli_error:ratio_rate2h",
            "slo:sli_error:ratio_rate6h", "slo:sli_error:ratio_rate1d", "slo:sli_error:ratio_rate3d", "slo:sli_error:ratio_rate30d",
            "slo:objective:ratio", "slo:error_budget:ratio", "slo:error_budget:remaining_ratio",
        ], records);
        Assert.All(group.Rules, rule => Assert.Equal("gpu-node-availability", rule.Labels["slo"]));
        var sixHours = group.Rules.OfType<RecordingRule>().Single(rule => rule.Record == "slo:sli_error:ratio_rate6h");
        Assert.Contains("[6h]", sixHours.Expr, StringComparison.Ordinal);
        Assert.DoesNotContain("{{window}}", sixHours.Expr, StringComparison.Ordinal);
        Assert.StartsWith("1 - (", sixHours.Expr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_budget_is_measured_from_recorded_ratios_not_thirty_days_of_raw_series()
    {
        var rules = SloRules.For(PlatformSlos.ApiServerAvailability(99.9m)).Rules.OfType<RecordingRule>().ToList();

        Assert.Equal("avg_over_time(slo:sli_error:ratio_rate5m{slo=\"apiserver-availability\"}[30d])", rules.Single(rule => rule.Record == "slo:sli_error:ratio_rate30d").Expr);
        Assert.Equal("vector(0.001)", rules.Single(rule => rule.Record == SloRules.ErrorBudgetRecord).Expr);
        Assert.Equal("vector(0.999)", rules.Single(rule => rule.Record == SloRules.ObjectiveRecord).Expr);
        Assert.Equal("1 - slo:sli_error:ratio_rate30d{slo=\"apiserver-availability\"} / 0.001", rules.Single(rule => rule.Record == SloRules.BudgetRemainingRecord).Expr);
    }

    [Fact]
    public void Each_window_pair_alerts_when_both_windows_burn_faster_than_its_factor()
    {
        var alerts = SloRules.For(PlatformSlos.GpuPodScheduling(99m)).Rules.OfType<AlertingRule>().ToList();

        Assert.Equal(4, alerts.Count);
        Assert.All(alerts, alert => Assert.Equal(SloRules.AlertName, alert.Alert));
        var fastest = alerts[0];
        Assert.Equal("slo:sli_error:ratio_rate1h{slo=\"gpu-pod-scheduling\"} > (14.4 * 0.01)\nand\nslo:sli_error:ratio_rate5m{slo=\"gpu-pod-scheduling\"} > (14.4 * 0.01)", fastest.Expr);
        Assert.Equal(TimeSpan.FromMinutes(2), fastest.For);
        Assert.Equal("page", fastest.Labels["severity"]);
        Assert.Equal(["1h", "6h", "1d", "3d"], alerts.Select(alert => alert.Labels["long_window"]));
        Assert.Equal(["14.4", "6", "3", "1"], alerts.Select(alert => alert.Labels["burn_rate"]));
    }

    [Fact]
    public void A_latency_sli_counts_requests_under_the_threshold_bucket_as_good()
    {
        var sli = ServiceLevelIndicator.Latency("apiserver_request_duration_seconds", "job=\"apiserver\",verb!=\"WATCH\"", 1);

        Assert.Equal("sum(rate(apiserver_request_duration_seconds_bucket{job=\"apiserver\",verb!=\"WATCH\",le=\"1\"}[{{window}}]))", sli.GoodQuery);
        Assert.Equal("sum(rate(apiserver_request_duration_seconds_count{job=\"apiserver\",verb!=\"WATCH\"}[{{window}}]))", sli.TotalQuery);
        Assert.Null(sli.BadQuery);
    }

    [Theory]
    [InlineData(5, "5m")]
    [InlineData(120, "2h")]
    [InlineData(1440, "1d")]
    [InlineData(43200, "30d")]
    [InlineData(90, "90m")]
    public void Durations_are_written_in_their_largest_whole_unit(int minutes, string expected) =>
        Assert.Equal(expected, PromDuration.Format(TimeSpan.FromMinutes(minutes)));
}
