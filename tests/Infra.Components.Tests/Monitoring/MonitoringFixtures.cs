using Infra.Components.Compute;
using Infra.Platform;
using Infra.Platform.Environment;
using Infra.Components.Monitoring;
using Infra.Core.Graph;
using Infra.Core.Resources;
using Infra.Providers;
using Infra.Providers.Kubernetes;
using Infra.Testing;

namespace Infra.Components.Tests.Monitoring;

/// <summary>A monitoring stack composed the way a stack composes it: under a cluster's Kubernetes provider.</summary>
internal static class MonitoringFixtures
{
    public static StackEnvironment AwsChinaProd => TestEnvironments.For(Cloud.AwsChina, Tier.Prod, "cn-northwest-1");

    public static StackEnvironment AlibabaProd => TestEnvironments.For(Cloud.Alicloud, Tier.Prod, "cn-beijing");

    public static StackEnvironment AlibabaDev => TestEnvironments.For(Cloud.Alicloud, Tier.Dev, "cn-shanghai");

    public static GpuPoolInfo[] Pools { get; } = [new("gpu-train", "h100", 8, 0, 4, WorkloadClass.Training, CapacityType.OnDemand, []), new("gpu-infer", "l4", 1, 0, 10, WorkloadClass.Training, CapacityType.OnDemand, [])];

    public static MonitoringStackArgs Args(StackEnvironment environment) =>
        MonitoringStackArgs.Defaults(environment.Tier, "ml-cluster", Pools) with
        {
            Receivers =
            [
                new AlertReceiver("oncall", ReceiverType.Webhook, ["page"], "alertUrlOncall"),
                new AlertReceiver("team-chat", ReceiverType.Slack, ["ticket", "warning", "critical"], "alertUrlTeamChat") { Channel = "#ml-platform" },
            ],
        };

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
