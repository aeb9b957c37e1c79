using Infra.Components.Compute;
using Infra.Components.Monitoring;
using Infra.Core.Diagnostics;
using Infra.Core.Graph;
using Infra.Platform.Catalog;
using Infra.Stacks.Composition;
using Infra.Stacks.Config;
using Infra.Stacks.Specs;

namespace Infra.Stacks.Tests;

public class MonitoringSpecReaderTests
{
    private static readonly Dictionary<string, string> Prod = new()
    {
        ["ml-platform:tier"] = "prod",
        ["ml-platform:cloud"] = "alicloud",
        ["ml-platform:region"] = "cn-beijing",
        ["ml-platform:owner"] = "ml-platform-team",
        ["ml-platform:costCenter"] = "cc-1",
        ["ml-platform:orgPrefix"] = "acme",
        ["ml-platform:vpcCidr"] = "10.65.0.0/16",
        ["ml-platform:registryMirror"] = """{"registry":"acme-registry.cn-beijing.cr.aliyuncs.com/ml-platform"}""",
    };

    private static StackConfig Config(params (string Key, string Value)[] extra) =>
        new(Prod.Concat(extra.Select(entry => KeyValuePair.Create(entry.Key, entry.Value)))
            .Select(entry => KeyValuePair.Create(entry.Key, ConfigValue.Plain(entry.Value))));

    private static EnvironmentSpec Read(StackConfig config) =>
        new EnvironmentSpecReader(RegionCatalog.Default).Read("prod-cn", "ml-platform", config);

    private static IReadOnlyList<Diagnostic> Errors(StackConfig config) =>
        Assert.Throws<InfraException>(() => Read(config)).Diagnostics;

    [Fact]
    public void Without_monitoring_config_a_stack_gets_its_tiers_sizes_and_slos_and_no_receivers()
    {
        var monitoring = Read(Config()).Monitoring;

        Assert.Equal(TimeSpan.FromDays(45), monitoring.Retention);
        Assert.Equal(200, monitoring.PrometheusStorageGi);
        Assert.Equal(2, monitoring.PrometheusReplicas);
        Assert.Equal(["apiserver-availability", "gpu-node-availability", "gpu-pod-scheduling"], monitoring.Slos.Select(slo => slo.Name));
        Assert.Empty(monitoring.Receivers);
    }

    [Fact]
    public void Receivers_and_size_overrides_come_from_config_with_their_url_keys_derived()
    {
        var monitoring = Read(Config(
            ("ml-platform:monitoring", """{"retentionDays": 60, "prometheusStorageGi": 500}"""),
            ("ml-platform:alertReceivers", """[{"name": "oncall", "type": "webhook", "severities": ["page"]}, {"name": "team-chat", "type": "slack", "severities": ["ticket", "warning"], "channel": "#ml"}]"""),
            ("ml-platform:alertUrlOncall", "https://pager.example/hook"))).Monitoring;

        Assert.Equal(TimeSpan.FromDays(60), monitoring.Retention);
        Assert.Equal(500, monitoring.PrometheusStorageGi);
        Assert.Equal(
            [
                new AlertReceiver("oncall", ReceiverType.Webhook, ["page"], "alertUrlOncall"),
                new AlertReceiver("team-chat", ReceiverType.Slack, ["ticket", "warning"], "alertUrlTeamChat") { Channel = "#ml" },
            ],
            monitoring.Receivers,
            (a, b) => a.Name == b.Name && a.Type == b.Type && a.Severities.SequenceEqual(b.Severities) && a.UrlConfigKey == b.UrlConfigKey && a.Channel == b.Channel);
    }

    [Fact]
    public void A_receiver_of_an_unknown_type_or_without_severities_fails_the_schema_naming_the_item()
    {
        var errors = Errors(Config(("ml-platform:alertReceivers", """[{"name": "pager", "type": "sms", "severities": []}]""")));

        Assert.Equal(["ml-platform:alertReceivers[0].severities", "ml-platform:alertReceivers[0].type"], errors.Select(error => error.Subject).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_slack_channel_on_a_webhook_and_a_retention_shorter_than_the_slo_window_are_named_by_config_key()
    {
        var errors = Errors(Config(
            ("ml-platform:monitoring", """{"retentionDays": 7}"""),
            ("ml-platform:alertReceivers", """[{"name": "oncall", "type": "webhook", "severities": ["page"], "channel": "#x"}]""")));

        Assert.Contains(errors, error => error.Subject == "ml-platform:monitoring.retentionDays" && error.Code == MonitoringCodes.RetentionShorterThanWindow
            && error.Message.Contains("allowed: 30 or more", StringComparison.Ordinal));
        Assert.Contains(errors, error => error.Subject == "ml-platform:alertReceivers[oncall].channel" && error.Code == MonitoringCodes.InvalidReceiver);
    }

    [Fact]
    public void Receiver_url_keys_are_known_to_the_schema_by_pattern_and_others_are_not()
    {
        var check = ConfigSchema.Default.Validate(Config(("ml-platform:alertUrlOncall", "https://x"), ("ml-platform:alertUrl_oncall", "https://x")), "ml-platform");

        var error = Assert.Single(check.Diagnostics);
        Assert.Equal("ml-platform:alertUrl_oncall", error.Subject);
        Assert.True(ConfigSchema.Default.Knows("alertUrlTeamChat"));
        Assert.True(ConfigSchema.Default.Knows("grafanaAdminPassword"));
    }

    [Fact]
    public void A_secret_password_from_the_stack_file_passes_the_schema_without_being_read()
    {
        var config = new StackConfig(Prod.Select(entry => KeyValuePair.Create(entry.Key, ConfigValue.Plain(entry.Value)))
            .Append(KeyValuePair.Create("ml-platform:grafanaAdminPassword", ConfigValue.EncryptedSecret)));

        Assert.Empty(ConfigSchema.Default.Validate(config, "ml-platform").Diagnostics);
    }

    [Fact]
    public void Every_stack_gets_a_checked_monitoring_stack_for_its_cluster_under_the_clusters_provider()
    {
        var config = Config(("ml-platform:alertReceivers", """[{"name": "oncall", "type": "webhook", "severities": ["page"]}]"""));
        var spec = Read(config);

        var stack = StackComposer.Compose(spec);

        Assert.Empty(GraphChecker.Check(stack));
        var cluster = Assert.Single(stack.AllComponents.OfType<KubernetesCluster>());
        var monitoring = Assert.Single(stack.AllComponents.OfType<MonitoringStack>());
        Assert.Equal("monitoring-essd", monitoring.StorageClassName);
        Assert.All(stack.AllResources.Where(resource => resource.Scope == monitoring), resource => Assert.Same(cluster.KubernetesProvider, resource.Options.Provider));
        Assert.Equal(["alertUrlOncall", "grafanaAdminPassword"], stack.ConfigDeclarations.Keys);
    }
}
