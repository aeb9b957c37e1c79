namespace Infra.Components.Monitoring;

/// <summary>
/// The kube-prometheus-stack Helm chart we install, pinned. Source: github.com/prometheus-community/helm-charts,
/// tag <c>kube-prometheus-stack-88.5.3</c> (charts/kube-prometheus-stack/Chart.yaml: version 88.5.3,
/// Prometheus Operator v0.93.1; depends on kube-state-metrics 8.4.0 and grafana 12.11.1). Value names
/// used below are from that tag's values.yaml; the chart, its version and images are in
/// <see cref="Infra.Platform.Facts.ChartFacts.KubePrometheusStack"/>.
/// </summary>
public static class KubePrometheusStack
{
    /// <summary>The Helm release name; the chart labels what it selects with <c>release: &lt;name&gt;</c>.</summary>
    public const string ReleaseName = "kube-prometheus-stack";

    /// <summary>The CRD group and version of PrometheusRule and ServiceMonitor (Prometheus Operator).</summary>
    public const string MonitoringApiVersion = "monitoring.coreos.com/v1";

    /// <summary>
    /// The label the chart's Grafana dashboard sidecar watches for, and its value
    /// (values.yaml: grafana.sidecar.dashboards.label / labelValue; searchNamespace ALL).
    /// </summary>
    public const string DashboardLabel = "grafana_dashboard";

    public const string DashboardLabelValue = "1";

    /// <summary>The Secret keys the chart's Grafana reads the admin credentials from (grafana.admin.userKey / passwordKey).</summary>
    public const string AdminUserKey = "admin-user";

    public const string AdminPasswordKey = "admin-password";
}
