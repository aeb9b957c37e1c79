using System.Globalization;
using Infra.Platform.Kubernetes;

namespace Infra.Components.Monitoring;

/// <summary>The kube-prometheus-stack values of a <see cref="MonitoringStack"/> (names from the pinned chart's values.yaml).</summary>
internal static class ChartValues
{
    /// <summary>
    /// Alertmanager keeps silences and notification state: a small volume is plenty, raised to the
    /// disk type's minimum where the class has one (20 GiB for ESSD: <c>MonitoringStorage.ClaimGi</c>).
    /// </summary>
    private const int AlertmanagerStorageGi = 5;

    // prod keeps the volumes when their StatefulSets are deleted (VolumeRetention).
    public static MapValue For(MonitoringStackArgs args, bool prod, string storageClass, string adminSecret, IReadOnlyDictionary<string, ReceiverSecrets> secrets) => Tree.Map(
    [
        // Every cluster the platform creates has a managed control plane (EKS, ACK managed Kubernetes).
        .. ManagedControlPlane.UnreachableComponents.Select(component => (component, (object?)Tree.Map(("enabled", false)))),
        ("prometheus", Tree.Map(("prometheusSpec", Tree.Map(
            ("replicas", args.PrometheusReplicas),
            ("retention", PromDuration.Format(args.Retention)),
            // Delete old blocks before the volume fills: 85% of it, in Prometheus's base-2 units.
            ("retentionSize", $"{(args.PrometheusStorageGi * 85 / 100).ToString(CultureInfo.InvariantCulture)}GB"),
            ("externalLabels", Tree.Map(("cluster", args.ClusterName))),
            // Select rules and monitors by any label, not only the release's own.
            ("ruleSelectorNilUsesHelmValues", false),
            ("serviceMonitorSelectorNilUsesHelmValues", false),
            ("podMonitorSelectorNilUsesHelmValues", false),
            ("storageSpec", VolumeClaim(storageClass, MonitoringStorage.ClaimGi(storageClass, args.PrometheusStorageGi))),
            ("persistentVolumeClaimRetentionPolicy", VolumeRetention.For(prod)))))),
        ("alertmanager", Tree.Map(
            ("config", AlertmanagerConfig.For(args.Receivers, secrets, args.Namespace)),
            ("alertmanagerSpec", Tree.Map(
                ("replicas", args.AlertmanagerReplicas),
                ("storage", VolumeClaim(storageClass, MonitoringStorage.ClaimGi(storageClass, AlertmanagerStorageGi))),
                ("persistentVolumeClaimRetentionPolicy", VolumeRetention.For(prod)))))),
        ("grafana", Tree.Map(
            ("admin", Tree.Map(
                ("existingSecret", adminSecret),
                ("userKey", KubePrometheusStack.AdminUserKey),
                ("passwordKey", KubePrometheusStack.AdminPasswordKey))),
            ("defaultDashboardsTimezone", "utc"),
            // The chart's defaults, stated because the dashboards' ConfigMaps depend on them.
            ("sidecar", Tree.Map(("dashboards", Tree.Map(
                ("enabled", true),
                ("label", KubePrometheusStack.DashboardLabel),
                ("labelValue", KubePrometheusStack.DashboardLabelValue),
                ("searchNamespace", "ALL"))))))),
        // kube_node_labels and kube_namespace_labels carry only allow-listed labels: the pool,
        // GPU model, workload class and instance type of nodes (the instance type prices GPU usage,
        // UsageRules) and the team of namespaces, for per-pool/team views.
        ("kube-state-metrics", Tree.Map(("metricLabelsAllowlist", Tree.List(
            $"nodes=[{PlatformLabels.Pool},{PlatformLabels.GpuModel},{PlatformLabels.WorkloadClass},{UsageRules.InstanceTypeLabel}]",
            $"namespaces=[{PlatformLabels.Team}]")))),
    ]);

    private static MapValue VolumeClaim(string storageClass, int gi) => Tree.Map(("volumeClaimTemplate", Tree.Map(("spec", Tree.Map(
        ("storageClassName", storageClass),
        ("accessModes", Tree.List<string>(["ReadWriteOnce"])),
        ("resources", Tree.Map(("requests", Tree.Map(("storage", $"{gi.ToString(CultureInfo.InvariantCulture)}Gi"))))))))));
}

/// <summary>
/// Alertmanager's routing: each receiver gets the severities it asked for (an alert may go to
/// several); everything else, and the chart's always-firing Watchdog, goes nowhere. A paging SLO
/// alert silences the ticket for the same SLO.
/// </summary>
internal static class AlertmanagerConfig
{
    private const string Null = "null";

    public static MapValue For(IEnumerable<AlertReceiver> receivers, IReadOnlyDictionary<string, ReceiverSecrets> secrets, string ns)
    {
        var list = receivers.ToList();
        return Tree.Map(
            ("global", Tree.Map(("resolve_timeout", "5m"))),
            ("route", Tree.Map(
                ("receiver", Null),
                ("group_by", Tree.List("alertname", "cluster", "slo", "pool", "namespace")),
                ("group_wait", "30s"),
                ("group_interval", "5m"),
                ("repeat_interval", "12h"),
                ("routes", Tree.List<MapValue>(
                [
                    Tree.Map(("receiver", Null), ("matchers", Tree.List<string>(["alertname = \"Watchdog\""]))),
                    Tree.Map(("receiver", Null), ("matchers", Tree.List<string>(["alertname = \"InfoInhibitor\""]))),
                    .. list.Select(receiver => Tree.Map(
                        ("receiver", receiver.Name),
                        ("matchers", Tree.List<string>([$"severity =~ \"{string.Join("|", receiver.Severities)}\""])),
                        ("continue", true))),
                ])))),
            ("inhibit_rules", Tree.List(
                Tree.Map(
                    ("source_matchers", Tree.List<string>(["severity = \"page\""])),
                    ("target_matchers", Tree.List<string>(["severity = \"ticket\""])),
                    ("equal", Tree.List("alertname", "slo"))),
                Tree.Map(
                    ("source_matchers", Tree.List<string>(["severity = \"critical\""])),
                    ("target_matchers", Tree.List<string>(["severity =~ \"warning|info\""])),
                    ("equal", Tree.List("namespace", "alertname"))))),
            ("receivers", Tree.List<MapValue>(
            [
                Tree.Map(("name", Null)),
                .. list.Select(receiver => Receiver(receiver, secrets[receiver.Name], ns)),
            ])));
    }

    /// <summary>
    /// WeCom's official API URL, Alertmanager's default (config/config.go DefaultGlobalConfig
    /// wechat_api_url at v0.25.0 and v0.34.0), stated so the program shows where alerts go.
    /// </summary>
    public const string WeComApiUrl = "https://qyapi.weixin.qq.com/cgi-bin/";

    private static MapValue Receiver(AlertReceiver receiver, ReceiverSecrets secrets, string ns) => receiver.Type switch
    {
        ReceiverType.Slack => Tree.Map(("name", receiver.Name), ("slack_configs", Tree.List(Tree.Map(
            ("api_url", Fn.Secret<string>(secrets.Url!.Value)),
            ("channel", receiver.Channel),
            ("send_resolved", true),
            ("title", "{{ .CommonAnnotations.summary }}"),
            ("text", "{{ range .Alerts }}{{ .Annotations.description }}\n{{ end }}"))))),
        // Alertmanager's wechat_config (docs/configuration.md, config/notifiers.go WechatConfig at v0.34.0,
        // the chart's Alertmanager; the same fields at v0.25.0, Debian's amtool). send_resolved defaults to false there.
        ReceiverType.WeCom => Tree.Map(("name", receiver.Name), ("wechat_configs", Tree.List(Tree.Map(
            ("api_secret", Fn.Secret<string>(secrets.Secret!.Value)),
            ("api_url", WeComApiUrl),
            ("corp_id", receiver.WeCom!.CorpId),
            ("agent_id", receiver.WeCom.AgentId),
            ("to_user", receiver.WeCom.ToUser),
            ("to_party", receiver.WeCom.ToParty),
            ("to_tag", receiver.WeCom.ToTag),
            ("send_resolved", true))))),
        // The DingTalk adapter holds the robot's URL and secret; Alertmanager only names the target.
        ReceiverType.DingTalk => Webhook(receiver, $"{AlertAdapter.DingTalk.ServiceUrl(ns)}/dingtalk/{receiver.Name}/send"),
        // The Feishu adapter takes the bot's token in the query (pkg/senders/feishu.go): the URL is secret.
        ReceiverType.Feishu => Webhook(receiver, Fn.Secret<string>(Output.Format($"{AlertAdapter.Feishu.ServiceUrl(ns)}/webhook/send?channel_type=feishu&token={secrets.Secret!.Value}"))),
        _ => Webhook(receiver, Fn.Secret<string>(secrets.Url!.Value)),
    };

    private static MapValue Webhook(AlertReceiver receiver, object url) => Tree.Map(("name", receiver.Name), ("webhook_configs", Tree.List(Tree.Map(
        ("url", url),
        ("send_resolved", true)))));
}
