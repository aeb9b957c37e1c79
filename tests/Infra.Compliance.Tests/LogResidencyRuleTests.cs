using Infra.Compliance.Rules.Residency;
using Infra.Components.Clouds;
using Infra.Core.Expressions;
using Infra.Core.Resources;
using Infra.Providers;
using Infra.Providers.Aws;
using AliLog = Infra.Providers.Alicloud.Log;
using AwsLogs = Infra.Providers.Aws.CloudWatch;

namespace Infra.Compliance.Tests;

public class LogResidencyRuleTests
{
    [Fact]
    public void A_china_stacks_log_group_in_its_china_region_passes()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AwsChina);
        _ = new AwsLogs.LogGroup(stack, "containers-logs", new AwsLogs.LogGroupArgs { Name = "/ml-platform/containers", RetentionInDays = 30 });

        Fixtures.Judge(stack, environment, new LogResidencyRule()).PassesOn("MLC-RES-005", "containers-logs");
    }

    [Fact]
    public void A_china_stacks_log_group_through_a_provider_in_a_global_region_fails_naming_the_log_group()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AwsChina);
        var abroad = PinnedProvider.Create(stack, "aws-us-west-2", new AwsProviderArgs { Region = "us-west-2" });
        _ = new AwsLogs.LogGroup(stack, "containers-logs", new AwsLogs.LogGroupArgs { Name = "/ml-platform/containers" },
            new ResourceOptions { Provider = abroad });

        Fixtures.Judge(stack, environment, new LogResidencyRule()).FailsOn("MLC-RES-005", "containers-logs", "keeps logs in us-west-2");
    }

    [Fact]
    public void A_global_stacks_logstore_in_a_china_region_fails()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AwsDev);
        var china = RegionalProviders.For(stack, Fixtures.AlicloudChina, "cn-shanghai");
        _ = new AliLog.Store(stack, "nodes-store", new AliLog.StoreArgs { ProjectName = "p", LogstoreName = "nodes", RetentionPeriod = 30 },
            new ResourceOptions { Provider = china });

        Fixtures.Judge(stack, environment, new LogResidencyRule()).FailsOn("MLC-RES-005", "nodes-store", "China region");
    }

    [Fact]
    public void A_log_project_whose_region_is_not_known_before_deployment_fails()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AlicloudChina);
        var configured = new ProviderResource(stack, "alicloud-configured", "alicloud", ProviderVersions.All["alicloud"],
            Tree.Map(("region", Output.Config<string>("alicloud:region"))));
        _ = new AliLog.Project(stack, "logs-project", new AliLog.ProjectArgs { ProjectName = "acme-logs" },
            new ResourceOptions { Provider = configured });

        Fixtures.Judge(stack, environment, new LogResidencyRule()).FailsOn("MLC-RES-005", "logs-project", "cannot be proven");
    }
}
