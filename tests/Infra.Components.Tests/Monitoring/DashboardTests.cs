using System.Text.Json;
using Infra.Components.Monitoring;

namespace Infra.Components.Tests.Monitoring;

public class DashboardTests
{
    public static TheoryData<string> Uids { get; } = [.. PlatformDashboards.All.Select(dashboard => dashboard.Uid)];

    private static JsonElement Parse(string uid) =>
        JsonDocument.Parse(PlatformDashboards.All.Single(dashboard => dashboard.Uid == uid).ToJson()).RootElement;

    /// <summary>Every series our own rules record, which dashboards may read besides the exporters' metrics.</summary>
    private static HashSet<string> Recorded()
    {
        var groups = MonitoringFixtures.Build(TestEnvironments.AwsProd).Monitoring.RuleGroups;
        return [.. groups.SelectMany(group => group.Rules).OfType<RecordingRule>().Select(rule => rule.Record)];
    }

    [Theory]
    [MemberData(nameof(Uids))]
    public void The_dashboard_is_json_with_a_short_unique_uid_and_a_title(string uid)
    {
        var dashboard = Parse(uid);

        Assert.Equal(uid, dashboard.GetProperty("uid").GetString());
        Assert.True(uid.Length <= 40, "Grafana uids are at most 40 characters");
        Assert.False(string.IsNullOrWhiteSpace(dashboard.GetProperty("title").GetString()));
        Assert.Equal(PlatformDashboards.All.Length, PlatformDashboards.All.Select(item => item.Uid).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Uids))]
    public void Every_panel_and_query_names_the_prometheus_datasource_and_every_panel_has_a_query(string uid)
    {
        var panels = Parse(uid).GetProperty("panels").EnumerateArray().ToList();

        Assert.NotEmpty(panels);
        Assert.Equal(panels.Count, panels.Select(panel => panel.GetProperty("id").GetInt32()).Distinct().Count());
        foreach (var panel in panels)
        {
            var title = panel.GetProperty("title").GetString();
            Assert.Equal("prometheus", panel.GetProperty("datasource").GetProperty("type").GetString());
            Assert.Equal(Dashboard.DatasourceUid, panel.GetProperty("datasource").GetProperty("uid").GetString());
            var targets = panel.GetProperty("targets").EnumerateArray().ToList();
            Assert.True(targets.Count > 0, $"panel '{title}' has no query");
            Assert.All(targets, target =>
            {
                Assert.False(string.IsNullOrWhiteSpace(target.GetProperty("expr").GetString()), $"panel '{title}' has an empty query");
                Assert.Equal(Dashboard.DatasourceUid, target.GetProperty("datasource").GetProperty("uid").GetString());
            });
        }
    }

    [Theory]
    [MemberData(nameof(Uids))]
    public void Panels_read_only_metrics_the_exporters_export_or_our_rules_record(string uid)
    {
        var known = Recorded();
        known.UnionWith(KnownMetrics.All);
        var queries = Parse(uid).GetProperty("panels").EnumerateArray()
            .SelectMany(panel => panel.GetProperty("targets").EnumerateArray().Select(target => target.GetProperty("expr").GetString()!));

        foreach (var query in queries)
        {
            var names = PromQlNames.MetricNames(query);
            Assert.NotEmpty(names);
            Assert.All(names, name => Assert.True(known.Contains(name), $"'{name}' in `{query}` is neither exported nor recorded"));
        }
    }

    [Fact]
    public void The_pool_variable_is_declared_where_queries_use_it_and_lists_the_pools()
    {
        foreach (var dashboard in PlatformDashboards.All)
        {
            var json = dashboard.ToJson();
            Assert.Equal(dashboard.PoolVariable, json.Contains("$pool", StringComparison.Ordinal));
            var variables = JsonDocument.Parse(json).RootElement.GetProperty("templating").GetProperty("list").EnumerateArray().ToList();
            Assert.Equal(dashboard.PoolVariable ? 1 : 0, variables.Count);
        }

        Assert.Contains("label_values(ml_platform:node_pool:info, pool)", PlatformDashboards.All[0].ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_gpu_dashboards_cover_utilization_memory_temperature_power_errors_capacity_and_scaling()
    {
        var text = string.Concat(PlatformDashboards.All.Select(dashboard => dashboard.ToJson()));

        foreach (var metric in new[]
                 {
                     "DCGM_FI_DEV_GPU_UTIL", "DCGM_FI_DEV_FB_USED", "DCGM_FI_DEV_GPU_TEMP", "DCGM_FI_DEV_POWER_USAGE", "DCGM_FI_DEV_XID_ERRORS",
                     "kube_node_status_capacity", "kube_node_status_allocatable", "kube_pod_container_resource_requests",
                     PlatformRules.PoolNodes, PlatformRules.PoolMaxNodes, PlatformRules.NamespaceTeamInfo,
                 })
        {
            Assert.Contains(metric, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Alert_and_slo_rules_read_only_metrics_the_exporters_export_or_our_rules_record()
    {
        var groups = MonitoringFixtures.Build(TestEnvironments.AwsProd).Monitoring.RuleGroups;
        var known = Recorded();
        known.UnionWith(KnownMetrics.All);

        foreach (var rule in groups.SelectMany(group => group.Rules))
        {
            Assert.All(PromQlNames.MetricNames(rule.Expr), name => Assert.True(known.Contains(name), $"'{name}' in `{rule.Expr}` is neither exported nor recorded"));
        }
    }

    [Fact]
    public void The_metric_name_reader_skips_functions_labels_keywords_and_durations()
    {
        var names = PromQlNames.MetricNames(
            "sum by (pool) (rate(a_total{code=~\"5..\"}[5m])) / on (pool) group_left (x) b:recorded > bool 0.5 and c offset 1h unless vector(1)");

        Assert.Equal(["a_total", "b:recorded", "c"], names);
    }
}
