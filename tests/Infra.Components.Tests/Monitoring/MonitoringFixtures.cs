using Infra.Components.Compute;
using Infra.Components.Monitoring;
using Infra.Core.Resources;
using Infra.Providers;
using Infra.Providers.Kubernetes;

namespace Infra.Components.Tests.Monitoring;

/// <summary>A monitoring stack composed the way a stack composes it: under a cluster's Kubernetes provider.</summary>
internal static class MonitoringFixtures
{
    public static StackEnvironment AwsChinaProd => TestEnvironments.For(Cloud.AwsChina, Tier.Prod, "cn-northwest-1");

    public static StackEnvironment AlibabaProd => TestEnvironments.For(Cloud.Alicloud, Tier.Prod, "cn-beijing");

    public static StackEnvironment AlibabaDev => TestEnvironments.For(Cloud.Alicloud, Tier.Dev, "cn-shanghai");

    public static GpuPoolInfo[] Pools { get; } = [new("gpu-train", "h100", 8, 0, 4, WorkloadClass.Training, CapacityType.OnDemand, ["p5.48xlarge"]), new("gpu-infer", "l4", 1, 0, 10, WorkloadClass.Training, CapacityType.OnDemand, ["g6.xlarge"])];

    /// <summary>A webhook for pages and a team chat for the rest: Slack, or WeCom in China, where Slack is blocked.</summary>
    public static MonitoringStackArgs Args(StackEnvironment environment) =>
        MonitoringStackArgs.Defaults(environment.Tier, "ml-cluster", Pools) with
        {
            Receivers =
            [
                new AlertReceiver("oncall", ReceiverType.Webhook, ["page"], "alertUrlOncall"),
                environment.Jurisdiction == Jurisdiction.China ? WeComChat : SlackChat,
            ],
        };

    public static AlertReceiver SlackChat { get; } =
        new("team-chat", ReceiverType.Slack, ["ticket", "warning", "critical"], "alertUrlTeamChat") { Channel = "#ml-platform" };

    public static AlertReceiver WeComChat { get; } =
        new("team-chat", ReceiverType.WeCom, ["ticket", "warning", "critical"], "alertUrlTeamChat") { WeCom = new WeComTarget("ww0123456789abcdef", "1000002", ToParty: "2") };

    public static AlertReceiver DingTalkChat { get; } = new("team-chat", ReceiverType.DingTalk, ["ticket", "warning", "critical"], "alertUrlTeamChat");

    public static AlertReceiver FeishuChat { get; } = new("team-chat", ReceiverType.Feishu, ["ticket", "warning", "critical"], "alertUrlTeamChat");

    /// <summary>The default args with the team chat replaced by <paramref name="chat"/>.</summary>
    public static MonitoringStackArgs WithChat(StackEnvironment environment, AlertReceiver chat) =>
        Args(environment) with { Receivers = [Args(environment).Receivers[0], chat] };

    public static (MonitoringStack Monitoring, ProgramTemplate Template, Stack Stack) Build(StackEnvironment environment, MonitoringStackArgs? args = null)
    {
        var stack = TestEnvironments.StackFor(environment);
        var kubernetes = KubernetesProvider(stack);
        var monitoring = new MonitoringStack(stack, "monitoring", environment, args ?? Args(environment), new ComponentOptions { Providers = [kubernetes] });
        return (monitoring, ProgramTemplate.From(stack), stack);
    }

    public static ProviderResource KubernetesProvider(Stack stack) =>
        PinnedProvider.Create(stack, "k8s", new KubernetesProviderArgs { Kubeconfig = "~/.kube/ml-cluster.yaml", EnableServerSideApply = true });

    /// <summary>The environments every monitoring theory runs in, by name.</summary>
    public static TheoryData<string> EnvironmentNames { get; } = ["aws-dev", "aws-prod", "aws-cn-prod", "alicloud-dev", "alicloud-prod"];

    public static StackEnvironment Environment(string name) => name switch
    {
        "aws-dev" => TestEnvironments.AwsDev,
        "aws-prod" => TestEnvironments.AwsProd,
        "aws-cn-prod" => AwsChinaProd,
        "alicloud-dev" => AlibabaDev,
        _ => AlibabaProd,
    };
}
