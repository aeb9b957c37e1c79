using Infra.Components.Compute;
using Infra.Components.Monitoring;
using Infra.Core.Diagnostics;
using Infra.Platform.Kubernetes;
using YamlDotNet.RepresentationModel;

namespace Infra.Components.Tests.Monitoring;

public class MonitoringStackTests
{
    public static TheoryData<string> Environments => MonitoringFixtures.EnvironmentNames;

    private static StackEnvironment Environment(string name) => MonitoringFixtures.Environment(name);

    [Theory]
    [MemberData(nameof(Environments))]
    public void The_whole_stack_is_in_the_graph_under_the_kubernetes_provider_and_checks_clean(string name)
    {
        var (_, template, stack) = MonitoringFixtures.Build(Environment(name));

        Assert.Empty(GraphChecker.Check(stack));
        template.ResourceCountIs("kubernetes:core/v1:Namespace", 1);
        template.ResourceCountIs("kubernetes:helm.sh/v3:Release", 1);
        template.ResourceCountIs("kubernetes:core/v1:Secret", 1);
        template.ResourceCountIs("kubernetes:yaml/v2:ConfigGroup", 2);
        template.ResourceCountIs("kubernetes:core/v1:ConfigMap", PlatformDashboards.All.Length);
        template.ResourceCountIs("kubernetes:storage.k8s.io/v1:StorageClass", 1);
        foreach (var (resourceName, resource) in template.Resources.Where(entry => ProgramTemplate.Scalar(entry.Value, "type")!.StartsWith("kubernetes:", StringComparison.Ordinal)))
        {
            Assert.True(ProgramTemplate.Scalar(resource, "options.provider") == "${k8s}", $"{resourceName} is not created through the cluster's provider");
        }
    }

    [Fact]
    public void The_chart_is_pinned_to_a_version_from_its_repository()
    {
        var (_, template, _) = MonitoringFixtures.Build(TestEnvironments.AwsDev);

        template.HasResource("kubernetes:helm.sh/v3:Release", """
            chart: kube-prometheus-stack
            version: 88.5.3
            repositoryOpts:
              repo: https://prometheus-community.github.io/helm-charts
            name: kube-prometheus-stack
            namespace: monitoring
            """, "dependsOn: [\"${monitoring-namespace}\", \"${monitoring-grafana-admin}\", \"${monitoring-storage-class}\"]");
    }

    [Theory]
    [InlineData("aws-dev", "30d", "42GB", "50Gi", 1)]
    [InlineData("aws-prod", "45d", "170GB", "200Gi", 2)]
    [InlineData("alicloud-prod", "45d", "170GB", "200Gi", 2)]
    public void Retention_storage_and_replicas_follow_the_tier(string name, string retention, string retentionSize, string storage, int replicas)
    {
        var (monitoring, template, _) = MonitoringFixtures.Build(Environment(name));

        template.HasResource("kubernetes:helm.sh/v3:Release", $$"""
            values:
              prometheus:
                prometheusSpec:
                  retention: {{retention}}
                  retentionSize: {{retentionSize}}
                  replicas: {{replicas}}
                  externalLabels: {cluster: ml-cluster}
                  ruleSelectorNilUsesHelmValues: false
                  serviceMonitorSelectorNilUsesHelmValues: false
                  storageSpec:
                    volumeClaimTemplate:
                      spec:
                        storageClassName: {{monitoring.StorageClassName}}
                        accessModes: [ReadWriteOnce]
                        resources:
                          requests:
                            storage: {{storage}}
              alertmanager:
                alertmanagerSpec:
                  replicas: {{replicas}}
            """);
    }

    [Theory]
    [InlineData("aws-dev", "monitoring-gp3", "ebs.csi.aws.com", "gp3", "Delete")]
    [InlineData("aws-cn-prod", "monitoring-gp3", "ebs.csi.aws.com", "gp3", "Retain")]
    [InlineData("alicloud-prod", "monitoring-essd", "diskplugin.csi.alibabacloud.com", "cloud_essd", "Retain")]
    public void Volumes_use_the_clouds_ssd_class_bound_in_the_pods_zone(string name, string className, string provisioner, string type, string reclaim)
    {
        var (monitoring, template, _) = MonitoringFixtures.Build(Environment(name));

        Assert.Equal(className, monitoring.StorageClassName);
        template.HasResource("kubernetes:storage.k8s.io/v1:StorageClass", $"""
            metadata: {"{"}name: {className}{"}"}
            provisioner: {provisioner}
            parameters: {"{"}type: {type}{"}"}
            reclaimPolicy: {reclaim}
            volumeBindingMode: WaitForFirstConsumer
            allowVolumeExpansion: true
            """);
    }

    [Fact]
    public void An_existing_storage_class_is_used_instead_of_creating_one()
    {
        var environment = TestEnvironments.AwsDev;
        var (monitoring, template, _) = MonitoringFixtures.Build(environment, MonitoringFixtures.Args(environment) with { StorageClassName = "gp3" });

        Assert.Equal("gp3", monitoring.StorageClassName);
        template.ResourceCountIs("kubernetes:storage.k8s.io/v1:StorageClass", 0);
    }

    [Fact]
    public void The_grafana_password_is_a_secret_config_reference_that_pulumi_demands_and_never_a_literal()
    {
        var (_, template, _) = MonitoringFixtures.Build(TestEnvironments.AwsProd);

        Assert.Equal("true", ProgramTemplate.Scalar(template.Root, "config.grafanaAdminPassword.secret"));
        Assert.Equal("string", ProgramTemplate.Scalar(template.Root, "config.grafanaAdminPassword.type"));
        template.HasResource("kubernetes:core/v1:Secret", """
            metadata: {name: grafana-admin, namespace: monitoring}
            type: Opaque
            stringData:
              admin-user: admin
              admin-password:
                fn::secret: ${ml-platform:grafanaAdminPassword}
            """);
        template.HasResource("kubernetes:helm.sh/v3:Release", """
            values:
              grafana:
                admin: {existingSecret: grafana-admin, userKey: admin-user, passwordKey: admin-password}
            """);
        Assert.DoesNotContain("adminPassword:", template.Text, StringComparison.Ordinal);
    }

    [Fact]
    // The program's `secret: true` does not make a value the stack sets in plain text secret (pulumi-yaml
    // 36f271cf0a61 pkg/pulumiyaml/run.go:1229-1240 and 1369-1374); fn::secret does (evaluateBuiltinSecret).
    public void Receivers_get_their_severities_and_their_urls_by_secret_reference_under_fn_secret()
    {
        var (_, template, _) = MonitoringFixtures.Build(TestEnvironments.AwsProd);

        Assert.Equal("true", ProgramTemplate.Scalar(template.Root, "config.alertUrlOncall.secret"));
        Assert.Equal("true", ProgramTemplate.Scalar(template.Root, "config.alertUrlTeamChat.secret"));
        template.HasResource("kubernetes:helm.sh/v3:Release", """
            values:
              alertmanager:
                config:
                  route:
                    receiver: "null"
                    routes:
                      - {receiver: "null", matchers: ['alertname = "Watchdog"']}
                      - {receiver: "null", matchers: ['alertname = "InfoInhibitor"']}
                      - {receiver: oncall, matchers: ['severity =~ "page"'], continue: true}
                      - {receiver: team-chat, matchers: ['severity =~ "ticket|warning|critical"'], continue: true}
                  receivers:
                    - {name: "null"}
                    - name: oncall
                      webhook_configs: [{url: {fn::secret: "${ml-platform:alertUrlOncall}"}, send_resolved: true}]
                    - name: team-chat
                      slack_configs:
                        - {api_url: {fn::secret: "${ml-platform:alertUrlTeamChat}"}, channel: "#ml-platform", send_resolved: true}
            """);
    }

    [Fact]
    public void The_dcgm_exporter_is_scraped_where_the_gpu_side_runs_it_with_the_node_label()
    {
        var (_, template, _) = MonitoringFixtures.Build(TestEnvironments.AwsDev);
        var instance = GpuTelemetry.ServiceSelector["app.kubernetes.io/instance"];
        var app = GpuTelemetry.ServiceSelector["app.kubernetes.io/name"];

        template.HasResource("kubernetes:yaml/v2:ConfigGroup", $$"""
            objs:
              - apiVersion: monitoring.coreos.com/v1
                kind: ServiceMonitor
                metadata:
                  name: dcgm-exporter
                  namespace: monitoring
                  labels:
                    release: kube-prometheus-stack
                spec:
                  namespaceSelector: {matchNames: [{{GpuTelemetry.Namespace}}]}
                  selector:
                    matchLabels:
                      app.kubernetes.io/instance: {{instance}}
                      app.kubernetes.io/name: {{app}}
                  endpoints:
                    - port: {{GpuTelemetry.MetricsPortName}}
                      honorLabels: true
                      relabelings:
                        - {sourceLabels: [__meta_kubernetes_pod_node_name], targetLabel: node, action: replace}
            """, "dependsOn: [\"${monitoring-release}\"]");
    }

    [Fact]
    public void Custom_resources_wait_for_the_release_that_installs_their_crds()
    {
        var (_, template, _) = MonitoringFixtures.Build(TestEnvironments.AwsDev);

        foreach (var (name, group) in template.ResourcesOfType("kubernetes:yaml/v2:ConfigGroup"))
        {
            Assert.True(ProgramTemplate.Child(group, "options") is YamlMappingNode options
                && ProgramTemplate.Child(options, "dependsOn") is YamlSequenceNode dependsOn
                && dependsOn.Children.OfType<YamlScalarNode>().Any(item => item.Value == "${monitoring-release}"), $"{name} does not depend on the release");
        }
    }

    [Fact]
    public void Every_rule_group_is_a_prometheus_rule_the_operator_selects()
    {
        var (monitoring, template, _) = MonitoringFixtures.Build(TestEnvironments.AwsProd);
        var rules = RuleFiles.PrometheusRules(template);

        Assert.Equal(monitoring.RuleGroups.Select(group => group.Name), rules.Select(rule => rule.Name));
        Assert.Contains("slo-apiserver-availability", rules.Select(rule => rule.Name));
        Assert.Contains("slo-gpu-pod-scheduling", rules.Select(rule => rule.Name));
        Assert.All(rules, rule => Assert.Equal("kube-prometheus-stack", rule.Labels["release"]));
    }

    [Fact]
    public void Dashboards_are_config_maps_with_the_label_the_grafana_sidecar_watches()
    {
        var (_, template, _) = MonitoringFixtures.Build(TestEnvironments.AwsDev);

        foreach (var dashboard in PlatformDashboards.All)
        {
            template.HasResource("kubernetes:core/v1:ConfigMap", $$"""
                metadata:
                  name: {{dashboard.Uid}}
                  namespace: monitoring
                  labels: {grafana_dashboard: "1"}
                """, "dependsOn: [\"${monitoring-namespace}\"]");
        }
    }

    [Fact]
    public void Kube_state_metrics_exports_the_platforms_node_and_namespace_labels()
    {
        var (_, template, _) = MonitoringFixtures.Build(TestEnvironments.AwsDev);

        template.HasResource("kubernetes:helm.sh/v3:Release", $$"""
            values:
              kube-state-metrics:
                metricLabelsAllowlist:
                  - nodes=[{{PlatformLabels.Pool}},{{PlatformLabels.GpuModel}},{{PlatformLabels.WorkloadClass}},node.kubernetes.io/instance-type]
                  - namespaces=[{{PlatformLabels.Team}}]
            """);
    }

    [Fact]
    public void Two_monitoring_stacks_share_the_declared_secret_config()
    {
        var environment = TestEnvironments.AwsDev;
        var stack = TestEnvironments.StackFor(environment);
        var kubernetes = MonitoringFixtures.KubernetesProvider(stack);
        var args = MonitoringFixtures.Args(environment);
        _ = new MonitoringStack(stack, "monitoring-a", environment, args with { Namespace = "monitoring-a" }, new ComponentOptions { Providers = [kubernetes] });
        _ = new MonitoringStack(stack, "monitoring-b", environment, args with { Namespace = "monitoring-b", StorageClassName = "monitoring-gp3" }, new ComponentOptions { Providers = [kubernetes] });

        Assert.Empty(GraphChecker.Check(stack));
        Assert.Equal(3, stack.ConfigDeclarations.Count);
    }

    [Fact]
    public void Bad_sizes_pools_and_receivers_are_reported_together_naming_what_is_wrong()
    {
        var environment = TestEnvironments.AwsDev;
        var args = MonitoringFixtures.Args(environment) with
        {
            Retention = TimeSpan.FromDays(7),
            PrometheusStorageGi = 2,
            GpuPools = [new GpuPoolInfo("Train", "h100", 0, 0, 2, WorkloadClass.Training, CapacityType.OnDemand, [])],
            Receivers = [new AlertReceiver("oncall", ReceiverType.Webhook, ["urgent"], "oncallUrl") { Channel = "#x" }],
        };

        var error = Assert.Throws<InfraException>(() => MonitoringFixtures.Build(environment, args));

        var subjects = error.Diagnostics.Select(diagnostic => diagnostic.Subject).ToList();
        Assert.Contains("monitoring.slos[apiserver-availability].window", subjects);
        Assert.Contains("monitoring.prometheusStorageGi", subjects);
        Assert.Contains("monitoring.gpuPools[Train]", subjects);
        Assert.Contains("monitoring.receivers[oncall].severities", subjects);
        Assert.Contains("monitoring.receivers[oncall].url", subjects);
        Assert.Contains("monitoring.receivers[oncall].channel", subjects);
        Assert.All(error.Diagnostics, diagnostic => Assert.StartsWith("ML60", diagnostic.Code, StringComparison.Ordinal));
    }
}
