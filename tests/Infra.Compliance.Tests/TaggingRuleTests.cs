using Infra.Compliance.Rules.Tagging;
using Infra.Components.Networking;
using Infra.Components.Storage;
using Infra.Platform.Environment;
using Infra.Providers;
using Infra.Providers.Aws;
using Aws = Infra.Providers.Aws;

namespace Infra.Compliance.Tests;

public class RequiredTagsRuleTests
{
    [Fact]
    public void The_components_tag_every_taggable_resource_on_both_clouds()
    {
        foreach (var environment in new[] { Fixtures.AwsProd, Fixtures.AlicloudChinaProd })
        {
            var stack = Fixtures.StackFor(environment);
            _ = new Network(stack, "network", environment, NetworkRuleTests.Args(environment));
            _ = new MlDataStorage(stack, "data", environment, new MlDataStorageArgs());

            Fixtures.Judge(stack, environment, new RequiredTagsRule()).PassesAll("MLC-TAG-001");
        }
    }

    [Fact]
    public void On_aws_the_provider_s_default_tags_count_and_without_them_the_resource_fails()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AwsDev);
        _ = new Aws.Ec2.Vpc(stack, "tagged-by-default", new Aws.Ec2.VpcArgs { CidrBlock = "10.0.0.0/16" });
        var bare = PinnedProvider.Create(stack, "aws-bare", new AwsProviderArgs { Region = "us-west-2" });
        _ = new Aws.Ec2.Vpc(stack, "untagged", new Aws.Ec2.VpcArgs
        {
            CidrBlock = "10.1.0.0/16",
            Tags = new InputMap<string> { [StandardTags.OwnerKey] = "team" },
        }, new Infra.Core.Resources.ResourceOptions { Provider = bare });

        var report = Fixtures.Judge(stack, environment, new RequiredTagsRule());

        report.PassesOn("MLC-TAG-001", "tagged-by-default");
        report.FailsOn("MLC-TAG-001", "untagged",
            "lacks the tags cost-center, environment, data-classification (in its tags or its provider's defaultTags)");
    }

    [Fact]
    public void Types_without_a_tags_input_are_not_judged_and_typed_cluster_types_are()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AlicloudChina);
        _ = new Infra.Providers.Alicloud.Kms.Alias(stack, "alias", new Infra.Providers.Alicloud.Kms.AliasArgs { AliasName = "alias/x", KeyId = "k" });
        _ = new Infra.Providers.Alicloud.Cs.NodePool(stack, "pool", new Infra.Providers.Alicloud.Cs.NodePoolArgs
        {
            ClusterId = "c-1",
            Tags = InputMap.From(new Dictionary<string, string> { ["owner"] = "team" }),
        });
        _ = Fixtures.Raw(stack, "something-else", "alicloud:ecs/eipAssociation:EipAssociation", Tree.Map(("allocationId", "a")));

        var report = Fixtures.Judge(stack, environment, new RequiredTagsRule());

        Assert.Equal(1, report.Results.Single().Checked);
        report.FailsOn("MLC-TAG-001", "pool", "lacks the tags cost-center, environment, data-classification");
    }

    [Fact]
    public void A_read_back_program_learns_taggable_types_from_the_types_it_is_given()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AlicloudChina);
        _ = Fixtures.Raw(stack, "vpc", "alicloud:vpc/network:Network", Tree.Map(("cidrBlock", "10.64.0.0/16")));

        var withoutTypes = new Engine.CompliancePack([new RequiredTagsRule()]).Evaluate(new Engine.ComplianceContext(stack, environment, Platform.Catalog.RegionCatalog.Default));
        var withTypes = new Engine.CompliancePack([new RequiredTagsRule()]).Evaluate(
            new Engine.ComplianceContext(stack, environment, Platform.Catalog.RegionCatalog.Default, ["alicloud:vpc/network:Network"]));

        Assert.Empty(withoutTypes.Findings);
        withTypes.FindingOn("MLC-TAG-001", "vpc");
    }
}
