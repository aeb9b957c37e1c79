using Infra.Components.Monitoring;
using YamlDotNet.RepresentationModel;

namespace Infra.Components.Tests.Monitoring;

/// <summary>
/// The Alertmanager configuration of every reference stack (its golden program) and of stacks with
/// each receiver type, as Alertmanager would load it, checked by the real amtool (Debian's
/// prometheus-alertmanager package: amtool 0.25.0; the chart deploys Alertmanager v0.34.0, whose
/// wechat and webhook fields are the same, config/notifiers.go at both tags).
/// </summary>
public sealed class AmtoolTests : IDisposable
{
    private readonly Promtool.WorkDirectory _work = new();

    public void Dispose() => _work.Dispose();

    public static TheoryData<string> ReferenceStacks { get; } = [.. Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "tests", "golden"), "*.yaml")
        .Select(file => Path.GetFileNameWithoutExtension(file)!)
        .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ReferenceStacks))]
    public void The_alertmanager_configuration_of_every_reference_stack_passes_amtool(string stack)
    {
        var template = ProgramTemplate.Parse(File.ReadAllText(RepositoryPaths.Golden(stack)));

        AssertPasses(AlertmanagerConfigFiles.ProgramConfig(template));
    }

    [Theory]
    [InlineData("aws-prod", "webhook")]
    [InlineData("aws-prod", "slack")]
    [InlineData("aws-prod", "wecom")]
    [InlineData("alicloud-prod", "wecom")]
    [InlineData("alicloud-prod", "dingtalk")]
    [InlineData("aws-cn-prod", "feishu")]
    public void The_alertmanager_configuration_of_each_receiver_type_passes_amtool(string environmentName, string type)
    {
        var environment = MonitoringFixtures.Environment(environmentName);
        var chat = type switch
        {
            "slack" => MonitoringFixtures.SlackChat,
            "wecom" => MonitoringFixtures.WeComChat,
            "dingtalk" => MonitoringFixtures.DingTalkChat,
            "feishu" => MonitoringFixtures.FeishuChat,
            _ => MonitoringFixtures.SlackChat with { Type = ReceiverType.Webhook, Channel = null },
        };

        var config = AssertPasses(Config(environment, chat));

        var receivers = (YamlSequenceNode)config.Children[new YamlScalarNode("receivers")];
        var teamChat = receivers.Children.OfType<YamlMappingNode>().Single(receiver => ProgramTemplate.Scalar(receiver, "name") == "team-chat");
        Assert.True(teamChat.Children.ContainsKey(new YamlScalarNode(ConfigsKey(chat.Type))), teamChat.ToString());
    }

    [Fact]
    public void A_wecom_receiver_without_a_corp_id_fails_amtool_so_the_check_is_real()
    {
        var program = Config(MonitoringFixtures.AlibabaProd, MonitoringFixtures.WeComChat);
        var receivers = (YamlSequenceNode)program.Children[new YamlScalarNode("receivers")];
        var wechat = (YamlMappingNode)((YamlSequenceNode)((YamlMappingNode)receivers.Children[^1]).Children[new YamlScalarNode("wechat_configs")]).Children[0];
        Assert.True(wechat.Children.Remove(new YamlScalarNode("corp_id")));
        var file = AlertmanagerConfigFiles.Write(_work.Path, "alertmanager.yaml", AlertmanagerConfigFiles.Effective(program));

        var (exitCode, output) = Amtool.Run("check-config", file);

        // No corp_id and no global wechat_api_corp_id: config/config.go "no global Wechat CorpID set".
        Assert.NotEqual(0, exitCode);
        Assert.Contains("no global Wechat CorpID set", output, StringComparison.Ordinal);
    }

    private static YamlMappingNode Config(StackEnvironment environment, AlertReceiver chat) =>
        AlertmanagerConfigFiles.ProgramConfig(MonitoringFixtures.Build(environment, MonitoringFixtures.WithChat(environment, chat)).Template);

    private static string ConfigsKey(ReceiverType type) => type switch
    {
        ReceiverType.Slack => "slack_configs",
        ReceiverType.WeCom => "wechat_configs",
        _ => "webhook_configs",
    };

    private YamlMappingNode AssertPasses(YamlMappingNode programConfig)
    {
        var effective = AlertmanagerConfigFiles.Effective(programConfig);
        var file = AlertmanagerConfigFiles.Write(_work.Path, "alertmanager.yaml", effective);

        var (exitCode, output) = Amtool.Run("check-config", file);

        Assert.True(exitCode == 0, output + "\n" + File.ReadAllText(file));
        Assert.Contains("SUCCESS", output, StringComparison.Ordinal);
        return effective;
    }
}
