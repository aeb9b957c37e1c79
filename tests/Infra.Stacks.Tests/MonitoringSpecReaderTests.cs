using Infra.Components.Compute;
using Infra.Components.Monitoring;
using Infra.Core.Diagnostics;
using Infra.Core.Graph;
using Infra.Stacks.Composition;
using Infra.Stacks.Specs;
using Infra.Testing;

namespace Infra.Stacks.Tests;

public class MonitoringSpecReaderTests
{
    private static readonly Dictionary<string, string> Prod = new(SpecReading.Minimal("prod", "alicloud", "cn-beijing", "10.65.0.0/16"))
    {
        ["ml-platform:registryMirror"] = """{"registry":"acme-registry.cn-beijing.cr.aliyuncs.com/ml-platform"}""",
    };

    private static StackConfig Config(params (string Key, string Value)[] extra) =>
        SpecReading.Plain(Prod.Concat(extra.Select(entry => KeyValuePair.Create(entry.Key, entry.Value))));

    /// <summary>The same stack on AWS us-east-1: a global one, where Slack is reachable (and its China mirror is not allowed).</summary>
    private static StackConfig GlobalConfig(params (string Key, string Value)[] extra) =>
        SpecReading.Plain(SpecReading.Minimal("prod", "aws", "us-east-1", "10.1.0.0/16")
            .Concat(extra.Select(entry => KeyValuePair.Create(entry.Key, entry.Value))));

    private static EnvironmentSpec Read(StackConfig config) => SpecReading.Read("prod-cn", config);

    private static IReadOnlyList<Diagnostic> Errors(StackConfig config) => SpecReading.Errors("prod-cn", config);

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
        var monitoring = Read(GlobalConfig(
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
        var config = new StackConfig(SpecReading.Plain(Prod).Values
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

    [Fact]
    public void A_slack_receiver_in_a_china_stack_fails_naming_the_config_key_the_receiver_the_value_and_the_allowed_types()
    {
        var errors = Errors(Config(("ml-platform:alertReceivers",
            """[{"name": "oncall", "type": "webhook", "severities": ["page"]}, {"name": "team-chat", "type": "slack", "severities": ["ticket"], "channel": "#ml"}]""")));

        var error = Assert.Single(errors);
        DiagnosticAssert.Is(error, MonitoringCodes.ReceiverNotAllowedInJurisdiction, "ml-platform:alertReceivers[team-chat].type",
            "'slack' is not allowed in a China stack");
        Assert.EndsWith("allowed: webhook, wecom, dingtalk, feishu", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_slack_receiver_in_a_china_stack_fails_the_synthesis_with_that_message_and_no_program()
    {
        var config = Config(("ml-platform:alertReceivers", """[{"name": "team-chat", "type": "slack", "severities": ["ticket"], "channel": "#ml"}]"""));

        var error = Assert.Throws<InfraException>(() => new Infra.Stacks.Synthesis.Synthesizer().Synthesize("prod-cn", Infra.Stacks.Synthesis.Synthesizer.DefaultProject, config));

        Assert.Equal(
            "ml-platform:alertReceivers[team-chat].type: 'slack' is not allowed in a China stack (Slack is blocked in mainland China; use a WeCom, DingTalk or Feishu receiver); allowed: webhook, wecom, dingtalk, feishu",
            Assert.Single(error.Diagnostics).Subject + ": " + error.Diagnostics[0].Message);
    }

    [Fact]
    public void Wecom_dingtalk_and_feishu_receivers_are_read_with_their_wecom_target_and_declare_their_secret_keys()
    {
        var spec = Read(Config(("ml-platform:alertReceivers", """
            [{"name": "ops", "type": "wecom", "severities": ["page"], "wecom": {"corpId": "ww0123", "agentId": "1000002", "toParty": "2|3"}},
             {"name": "tickets", "type": "dingtalk", "severities": ["ticket"]},
             {"name": "chat", "type": "feishu", "severities": ["warning"]}]
            """)));

        Assert.Equal([ReceiverType.WeCom, ReceiverType.DingTalk, ReceiverType.Feishu], spec.Monitoring.Receivers.Select(receiver => receiver.Type));
        Assert.Equal(new WeComTarget("ww0123", "1000002", ToParty: "2|3"), spec.Monitoring.Receivers[0].WeCom);
        var stack = StackComposer.Compose(spec);
        Assert.Empty(GraphChecker.Check(stack));
        Assert.Equal(["alertSecretChat", "alertSecretOps", "alertSecretTickets", "alertUrlTickets", "grafanaAdminPassword"], stack.ConfigDeclarations.Keys);
    }

    [Fact]
    public void A_wecom_receiver_without_its_target_or_with_an_unknown_field_is_named_by_config_key()
    {
        var missing = Errors(Config(("ml-platform:alertReceivers", """[{"name": "ops", "type": "wecom", "severities": ["page"]}]""")));
        var unknown = Errors(Config(("ml-platform:alertReceivers", """[{"name": "ops", "type": "wecom", "severities": ["page"], "wecom": {"corpId": "ww1", "agentId": "1", "toParty": "2", "secret": "x"}}]""")));

        Assert.Contains(missing, error => error.Subject == "ml-platform:alertReceivers[ops].wecom" && error.Message.Contains("is missing", StringComparison.Ordinal));
        Assert.Contains(unknown, error => error.Subject.StartsWith("ml-platform:alertReceivers[0].wecom", StringComparison.Ordinal));
    }

    [Fact]
    public void Receiver_secret_keys_are_known_to_the_schema_by_pattern()
    {
        Assert.True(ConfigSchema.Default.Knows("alertSecretTeamChat"));
        Assert.False(ConfigSchema.Default.Knows("alertSecret_team"));
    }
}
