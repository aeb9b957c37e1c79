using Infra.Components.Monitoring;
using Infra.Core.Diagnostics;
using Infra.Platform.Supply;

namespace Infra.Components.Tests.Monitoring;

/// <summary>
/// Receivers by jurisdiction and type: Slack refused in China; WeCom through Alertmanager's own
/// wechat_configs; DingTalk and Feishu through their adapters, deployed from the image catalog.
/// </summary>
public sealed class AlertReceiverTests
{
    [Theory]
    [InlineData("aws-cn-prod")]
    [InlineData("alicloud-dev")]
    public void A_slack_receiver_in_a_china_stack_is_refused_naming_the_receiver_the_value_and_the_allowed_types(string name)
    {
        var environment = MonitoringFixtures.Environment(name);

        var error = Assert.Throws<InfraException>(() => MonitoringFixtures.Build(environment, MonitoringFixtures.WithChat(environment, MonitoringFixtures.SlackChat)));

        var diagnostic = Assert.Single(error.Diagnostics);
        DiagnosticAssert.Is(diagnostic, MonitoringCodes.ReceiverNotAllowedInJurisdiction, "monitoring.receivers[team-chat].type",
            "'slack' is not allowed in a China stack");
        Assert.EndsWith("allowed: webhook, wecom, dingtalk, feishu", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_global_stack_may_use_every_type()
    {
        Assert.Equal(ReceiverTypes.All.Select(entry => entry.Type), ReceiverTypes.AllowedIn(Infra.Platform.Jurisdiction.Global));
    }

    [Fact]
    // Field names: Alertmanager docs/configuration.md <wechat_config> and config/notifiers.go WechatConfig at
    // v0.34.0 (the chart's Alertmanager, kube-prometheus-stack 88.5.3 values.yaml alertmanagerSpec.image.tag).
    // api_url: config/config.go DefaultGlobalConfig wechat_api_url "https://qyapi.weixin.qq.com/cgi-bin/".
    public void A_wecom_receiver_is_alertmanagers_wechat_config_with_the_application_secret_under_fn_secret()
    {
        var (_, template, stack) = MonitoringFixtures.Build(MonitoringFixtures.AlibabaProd);

        Assert.Equal("true", ProgramTemplate.Scalar(template.Root, "config.alertSecretTeamChat.secret"));
        Assert.DoesNotContain("alertUrlTeamChat", stack.ConfigDeclarations.Keys);
        HasTeamChatReceiver(template, """
            wechat_configs:
              - api_secret: {fn::secret: "${ml-platform:alertSecretTeamChat}"}
                api_url: "https://qyapi.weixin.qq.com/cgi-bin/"
                corp_id: ww0123456789abcdef
                agent_id: "1000002"
                to_party: "2"
                send_resolved: true
            """);
        template.ResourceCountIs("kubernetes:apps/v1:Deployment", 0);
    }

    [Fact]
    public void A_wecom_receiver_without_a_target_or_recipient_and_a_target_on_another_type_are_refused()
    {
        var environment = MonitoringFixtures.AlibabaDev;
        var args = MonitoringFixtures.Args(environment) with
        {
            Receivers =
            [
                MonitoringFixtures.WeComChat with { Name = "no-target", WeCom = null },
                MonitoringFixtures.WeComChat with { Name = "nobody", WeCom = new WeComTarget("ww1", "1000002") },
                MonitoringFixtures.DingTalkChat with { WeCom = new WeComTarget("ww1", "1", ToUser: "@all") },
            ],
        };

        var error = Assert.Throws<InfraException>(() => MonitoringFixtures.Build(environment, args));

        Assert.Equal(
            ["monitoring.receivers[no-target].wecom", "monitoring.receivers[nobody].wecom", "monitoring.receivers[team-chat].wecom"],
            error.Diagnostics.Select(diagnostic => diagnostic.Subject).Order(StringComparer.Ordinal));
    }

    [Fact]
    // Adapter facts: timonwong/prometheus-webhook-dingtalk v2.1.0 — README flags, port 8060, web/web.go /-/ready,
    // config.example.yml `targets: {name: {url, secret}}`, web/dingtalk/dingtalk.go POST /{name}/send.
    public void A_dingtalk_receiver_posts_to_the_in_cluster_adapter_which_reads_the_robot_from_a_secret_config()
    {
        var environment = MonitoringFixtures.AlibabaProd;
        var (_, template, _) = MonitoringFixtures.Build(environment, MonitoringFixtures.WithChat(environment, MonitoringFixtures.DingTalkChat));

        Assert.Equal("true", ProgramTemplate.Scalar(template.Root, "config.alertUrlTeamChat.secret"));
        Assert.Equal("true", ProgramTemplate.Scalar(template.Root, "config.alertSecretTeamChat.secret"));
        HasTeamChatReceiver(template, """
            webhook_configs: [{url: "http://alert-dingtalk.monitoring.svc:8060/dingtalk/team-chat/send", send_resolved: true}]
            """);
        template.HasResource("kubernetes:core/v1:Secret", """
            metadata: {namespace: monitoring}
            stringData:
              config.yml:
                fn::secret:
                  fn::toJSON:
                    targets:
                      team-chat: {url: "${ml-platform:alertUrlTeamChat}", secret: "${ml-platform:alertSecretTeamChat}"}
            """);
        template.HasResource("kubernetes:apps/v1:Deployment", $$$"""
            metadata: {name: alert-dingtalk, namespace: monitoring}
            spec:
              replicas: 2
              selector: {matchLabels: {app.kubernetes.io/name: alert-dingtalk}}
              template:
                spec:
                  automountServiceAccountToken: false
                  securityContext: {runAsNonRoot: true, runAsUser: 65534}
                  containers:
                    - name: alert-dingtalk
                      image: {{{ImageFacts.DingTalkAdapter}}}
                      args: ["--web.listen-address=:8060", "--config.file=/config/config.yml"]
                      ports: [{name: http, containerPort: 8060}]
                      readinessProbe: {httpGet: {path: /-/ready, port: http}}
                      volumeMounts: [{name: config, mountPath: /config, readOnly: true}]
                      securityContext: {allowPrivilegeEscalation: false, readOnlyRootFilesystem: true}
                  volumes:
                    - name: config
                      secret: {secretName: "${monitoring-alert-dingtalk-config.metadata.name}"}
            """);
        template.HasResource("kubernetes:core/v1:Service", """
            metadata: {name: alert-dingtalk, namespace: monitoring}
            spec:
              type: ClusterIP
              selector: {app.kubernetes.io/name: alert-dingtalk}
              ports: [{name: http, port: 8060, targetPort: http}]
            """);
    }

    [Fact]
    // Adapter facts: bougou/alertmanager-webhook-adapter v1.1.11 — rootcmd.go --listen-address (0.0.0.0:8090),
    // pkg/api/api.go POST /webhook/send, pkg/senders/feishu.go channel_type=feishu&token=….
    public void A_feishu_receiver_posts_to_the_in_cluster_adapter_with_the_bot_token_in_a_secret_url()
    {
        var environment = MonitoringFixtures.AwsChinaProd;
        var (_, template, stack) = MonitoringFixtures.Build(environment, MonitoringFixtures.WithChat(environment, MonitoringFixtures.FeishuChat));

        Assert.Equal("true", ProgramTemplate.Scalar(template.Root, "config.alertSecretTeamChat.secret"));
        Assert.DoesNotContain("alertUrlTeamChat", stack.ConfigDeclarations.Keys);
        HasTeamChatReceiver(template, """
            webhook_configs:
              - url: {fn::secret: "http://alert-feishu.monitoring.svc:8090/webhook/send?channel_type=feishu&token=${ml-platform:alertSecretTeamChat}"}
                send_resolved: true
            """);
        template.HasResource("kubernetes:apps/v1:Deployment", $$$"""
            metadata: {name: alert-feishu, namespace: monitoring}
            spec:
              template:
                spec:
                  containers:
                    - image: {{{ImageFacts.FeishuAdapter}}}
                      args: ["--listen-address=:8090"]
                      ports: [{name: http, containerPort: 8090}]
                      readinessProbe: {tcpSocket: {port: http}}
            """);
        template.ResourceCountIs("kubernetes:core/v1:Secret", 1);
    }

    [Fact]
    public void Every_adapter_image_is_pinned_to_the_release_its_source_names()
    {
        // timonwong/prometheus-webhook-dingtalk: latest tag v2.1.0 (VERSION 2.1.0); bougou/alertmanager-webhook-adapter: tag v1.1.11.
        Assert.Equal("docker.io/timonwong/prometheus-webhook-dingtalk:v2.1.0", ImageFacts.DingTalkAdapter.ToString());
        Assert.Equal("docker.io/bougou/alertmanager-webhook-adapter:v1.1.11", ImageFacts.FeishuAdapter.ToString());
        Assert.All(ImageFacts.All, entry =>
        {
            Assert.Matches(@"^v\d+\.\d+\.\d+$", entry.Image.Tag);
            Assert.Contains(entry.Image.Tag, entry.Source, StringComparison.Ordinal);
        });
    }

    /// <summary>
    /// The release's Alertmanager receivers are the null sink, oncall and team-chat, with team-chat's
    /// configuration containing <paramref name="teamChat"/> (YAML, the receiver's fields besides its name).
    /// </summary>
    private static void HasTeamChatReceiver(ProgramTemplate template, string teamChat)
    {
        // The receiver's fields sit under its list item, ten columns in.
        var fields = string.Join('\n', teamChat.Split('\n').Select(line => "          " + line));
        template.HasResource("kubernetes:helm.sh/v3:Release", $$"""
            values:
              alertmanager:
                config:
                  receivers:
                    - {name: "null"}
                    - name: oncall
                    - name: team-chat
            {{fields}}
            """);
    }
}
