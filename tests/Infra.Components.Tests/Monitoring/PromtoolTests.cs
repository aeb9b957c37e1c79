using System.Globalization;
using System.Text.Json;
using Infra.Components.Monitoring;

namespace Infra.Components.Tests.Monitoring;

/// <summary>
/// The rules a monitoring stack deploys, extracted from the synthesized program, checked and
/// unit-tested by the real promtool with synthetic series.
/// </summary>
public sealed class PromtoolTests : IDisposable
{
    private readonly Promtool.WorkDirectory _work = new();

    public void Dispose() => _work.Dispose();

    private static IReadOnlyList<ExtractedRule> Rules(Infra.Platform.Environment.StackEnvironment environment) =>
        RuleFiles.PrometheusRules(MonitoringFixtures.Build(environment).Template);

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public void Promtool_accepts_every_generated_rule_group(string tier)
    {
        var environment = tier == "dev" ? TestEnvironments.AwsDev : MonitoringFixtures.AlibabaProd;
        var file = RuleFiles.Write(_work.Path, "rules.yaml", Rules(environment));

        var (exitCode, output) = Promtool.Run("check", "rules", file);

        Assert.True(exitCode == 0, output);
        Assert.Contains("SUCCESS", output, StringComparison.Ordinal);
    }

    /// <summary>
    /// The prod API server SLO (99.9%, budget 0.001) with 1000 requests a minute, of which
    /// <c>burn × 1</c> fail: the error ratio is exactly <c>burn × budget</c> over every window. Each
    /// window pair fires just above its factor (14.4, 6, 3, 1) and stays silent just below it.
    /// </summary>
    [Theory]
    [InlineData(15.0, "1h,6h,1d,3d")]
    [InlineData(14.0, "6h,1d,3d")]
    [InlineData(6.5, "6h,1d,3d")]
    [InlineData(5.5, "1d,3d")]
    [InlineData(3.3, "1d,3d")]
    [InlineData(2.7, "3d")]
    [InlineData(1.1, "3d")]
    [InlineData(0.9, "")]
    public void Each_burn_rate_alert_fires_above_its_rate_and_stays_silent_below_it(double burn, string firing)
    {
        var expected = firing.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(window => BurnRateWindows.All.Single(pair => PromDuration.Format(pair.LongWindow) == window))
            .Select(pair => $"""
                          - exp_labels:
                              slo: apiserver-availability
                              severity: {pair.Severity}
                              long_window: {PromDuration.Format(pair.LongWindow)}
                              short_window: {PromDuration.Format(pair.ShortWindow)}
                              burn_rate: "{SloRules.Number(pair.Factor(ServiceLevelObjective.DefaultWindow))}"
                """);
        var errors = burn.ToString(CultureInfo.InvariantCulture);
        var good = (1000 - burn).ToString(CultureInfo.InvariantCulture);
        AssertUnitTestsPass($$"""
              - interval: 1m
                input_series:
                  - series: 'apiserver_request_total{job="apiserver",code="200"}'
                    values: '0+{{good}}x200'
                  - series: 'apiserver_request_total{job="apiserver",code="500"}'
                    values: '0+{{errors}}x200'
                alert_rule_test:
                  # 3h10m: past the longest `for` (3h of the 3d/6h pair).
                  - eval_time: 190m
                    alertname: SloErrorBudgetBurn
                    exp_alerts:{{(firing.Length == 0 ? " []" : "\n" + string.Join("\n", expected))}}
                promql_expr_test:
                  # promtool compares floats exactly: round to 1/1000 of the budget.
                  - expr: round(slo:error_budget:remaining_ratio{slo="apiserver-availability"}, 0.001)
                    eval_time: 190m
                    exp_samples:
                      - labels: '{slo="apiserver-availability"}'
                        value: {{Math.Round(1 - burn, 3).ToString(CultureInfo.InvariantCulture)}}
            """);
    }

    /// <summary>
    /// A 20x burn for 90 minutes, then none: the 1h page stops within 5 minutes of the burn
    /// stopping (its 5m window is clean) although the 1h error ratio is still above 14.4x; the 6h
    /// page stops within 30 minutes; the 1d ticket stays while its 2h window still sees errors.
    /// </summary>
    [Fact]
    public void A_page_stops_soon_after_the_burn_stops_because_its_short_window_clears()
    {
        static string Alert(string severity, string longWindow, string shortWindow, string factor) =>
            $"          - exp_labels: {{slo: apiserver-availability, severity: {severity}, long_window: {longWindow}, short_window: {shortWindow}, burn_rate: \"{factor}\"}}";
        var page1h = Alert("page", "1h", "5m", "14.4");
        var page6h = Alert("page", "6h", "30m", "6");
        var ticket1d = Alert("ticket", "1d", "2h", "3");
        AssertUnitTestsPass($$"""
              - interval: 1m
                input_series:
                  - series: 'apiserver_request_total{job="apiserver",code="200"}'
                    values: '0+980x90 89200+1000x40'
                  - series: 'apiserver_request_total{job="apiserver",code="500"}'
                    values: '0+20x90 1800+0x40'
                alert_rule_test:
                  - eval_time: 80m
                    alertname: SloErrorBudgetBurn
                    exp_alerts:
            {{page1h}}
            {{page6h}}
            {{ticket1d}}
                  - eval_time: 100m
                    alertname: SloErrorBudgetBurn
                    exp_alerts:
            {{page6h}}
            {{ticket1d}}
                  - eval_time: 125m
                    alertname: SloErrorBudgetBurn
                    exp_alerts:
            {{ticket1d}}
            """);
    }

    [Fact]
    public void Every_dashboard_query_is_promql_that_promtool_parses()
    {
        var queries = PlatformDashboards.All
            .SelectMany(dashboard => dashboard.Panels.SelectMany(panel => panel.Queries))
            .Select((query, i) => $"""
                      - record: dashboard:query_{i}:check
                        expr: {JsonSerializer.Serialize(query.Expr.Replace("$pool", ".*", StringComparison.Ordinal))}
                """);
        var file = Path.Combine(_work.Path, "dashboards.yaml");
        File.WriteAllText(file, "groups:\n  - name: dashboard-queries\n    rules:\n" + string.Join("\n", queries) + "\n");

        var (exitCode, output) = Promtool.Run("check", "rules", file);

        Assert.True(exitCode == 0, output);
    }

    [Fact]
    public void A_hardware_xid_raises_a_ticket_and_an_application_xid_does_not()
    {
        AssertUnitTestsPass("""
              - interval: 1m
                input_series:
                  - series: 'DCGM_FI_DEV_XID_ERRORS{node="gpu-node-1",gpu="0"}'
                    values: '0 0 79x10'
                  - series: 'DCGM_FI_DEV_XID_ERRORS{node="gpu-node-2",gpu="3"}'
                    values: '13x12'
                alert_rule_test:
                  - eval_time: 1m
                    alertname: GpuXidError
                    exp_alerts: []
                  - eval_time: 5m
                    alertname: GpuXidError
                    exp_alerts:
                      - exp_labels: {severity: ticket, node: gpu-node-1, gpu: "0"}
            """);
    }

    [Fact]
    public void Pending_gpu_pods_raise_a_ticket_for_the_pool_that_is_at_its_maximum_size()
    {
        // gpu-train has 4 of at most 4 nodes; gpu-infer 1 of 10. One GPU pod cannot be scheduled.
        AssertUnitTestsPass("""
              - interval: 1m
                input_series:
                  - series: 'kube_node_labels{node="train-1",label_ml_platform_io_pool="gpu-train",label_ml_platform_io_gpu_model="h100"}'
                    values: '1x30'
                  - series: 'kube_node_labels{node="train-2",label_ml_platform_io_pool="gpu-train",label_ml_platform_io_gpu_model="h100"}'
                    values: '1x30'
                  - series: 'kube_node_labels{node="train-3",label_ml_platform_io_pool="gpu-train",label_ml_platform_io_gpu_model="h100"}'
                    values: '1x30'
                  - series: 'kube_node_labels{node="train-4",label_ml_platform_io_pool="gpu-train",label_ml_platform_io_gpu_model="h100"}'
                    values: '1x30'
                  - series: 'kube_node_labels{node="infer-1",label_ml_platform_io_pool="gpu-infer",label_ml_platform_io_gpu_model="l4"}'
                    values: '1x30'
                  - series: 'kube_pod_container_resource_requests{namespace="team-a",pod="train-0",container="main",resource="nvidia_com_gpu",unit="integer"}'
                    values: '8x30'
                  - series: 'kube_pod_status_unschedulable{namespace="team-a",pod="train-0",uid="u-1"}'
                    values: '_x4 1x26'
                alert_rule_test:
                  - eval_time: 15m
                    alertname: GpuPodsPendingPoolAtMaxSize
                    exp_alerts: []
                  - eval_time: 25m
                    alertname: GpuPodsPendingPoolAtMaxSize
                    exp_alerts:
                      - exp_labels: {severity: ticket, pool: gpu-train}
                promql_expr_test:
                  - expr: ml_platform:gpu_pool:nodes
                    eval_time: 25m
                    exp_samples:
                      - labels: 'ml_platform:gpu_pool:nodes{pool="gpu-infer"}'
                        value: 1
                      - labels: 'ml_platform:gpu_pool:nodes{pool="gpu-train"}'
                        value: 4
            """);
    }

    [Fact]
    public void A_gpu_pod_counts_against_the_scheduling_slo_only_after_fifteen_minutes_without_a_node()
    {
        AssertUnitTestsPass("""
              - interval: 1m
                input_series:
                  - series: 'kube_pod_container_resource_requests{namespace="team-a",pod="train-0",container="main",resource="nvidia_com_gpu",unit="integer"}'
                    values: '1x30'
                  - series: 'kube_pod_status_phase{namespace="team-a",pod="train-0",uid="u-1",phase="Pending"}'
                    values: '1x30'
                  - series: 'kube_pod_status_unschedulable{namespace="team-a",pod="train-0",uid="u-1"}'
                    values: '1x30'
                  - series: 'kube_pod_created{namespace="team-a",pod="train-0",uid="u-1"}'
                    values: '0x30'
                promql_expr_test:
                  - expr: ml_platform:gpu_pods:count
                    eval_time: 10m
                    exp_samples:
                      - labels: 'ml_platform:gpu_pods:count'
                        value: 1
                  - expr: ml_platform:gpu_pods_waiting:count
                    eval_time: 10m
                    exp_samples:
                      - labels: 'ml_platform:gpu_pods_waiting:count'
                        value: 0
                  - expr: ml_platform:gpu_pods_waiting:count
                    eval_time: 20m
                    exp_samples:
                      - labels: 'ml_platform:gpu_pods_waiting:count'
                        value: 1
            """);
    }

    [Fact]
    public void Node_not_ready_and_a_filling_volume_raise_tickets_after_their_wait()
    {
        AssertUnitTestsPass("""
              - interval: 1m
                input_series:
                  - series: 'kube_node_status_condition{node="gpu-node-1",condition="Ready",status="true"}'
                    values: '1 1 0x20'
                  - series: 'kubelet_volume_stats_available_bytes{namespace="monitoring",persistentvolumeclaim="prometheus-db"}'
                    values: '50x3 5x10'
                  - series: 'kubelet_volume_stats_capacity_bytes{namespace="monitoring",persistentvolumeclaim="prometheus-db"}'
                    values: '100x13'
                alert_rule_test:
                  - eval_time: 8m
                    alertname: NodeNotReady
                    exp_alerts: []
                  - eval_time: 13m
                    alertname: NodeNotReady
                    exp_alerts:
                      - exp_labels: {severity: ticket, node: gpu-node-1, condition: Ready, status: "true"}
                  - eval_time: 5m
                    alertname: PersistentVolumeFillingUp
                    exp_alerts: []
                  - eval_time: 10m
                    alertname: PersistentVolumeFillingUp
                    exp_alerts:
                      - exp_labels: {severity: ticket, namespace: monitoring, persistentvolumeclaim: prometheus-db}
            """);
    }

    /// <summary>
    /// Runs promtool's rule unit tests <paramref name="tests"/> (the entries of its <c>tests:</c> list)
    /// against the AWS prod stack's rules, evaluated every minute; fails with promtool's output.
    /// </summary>
    private void AssertUnitTestsPass(string tests)
    {
        var rules = RuleFiles.Write(_work.Path, "rules.yaml", Rules(TestEnvironments.AwsProd), withoutAnnotations: true);
        var path = Path.Combine(_work.Path, "test.yaml");
        File.WriteAllText(path, $"""
            rule_files:
              - {Path.GetFileName(rules)}
            evaluation_interval: 1m
            tests:
            {tests}
            """);

        var (exitCode, output) = Promtool.Run("test", "rules", path);

        Assert.True(exitCode == 0, output);
    }
}
