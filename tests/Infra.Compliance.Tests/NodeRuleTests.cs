using Infra.Compliance.Rules.Nodes;
using Infra.Testing;

namespace Infra.Compliance.Tests;

/// <summary>
/// The node rules against crafted launch templates, EKS managed node groups and ACK node pools
/// (input names from @pulumi/aws 7.48.0 ec2.LaunchTemplateArgs / eks.NodeGroupArgs and
/// @pulumi/alicloud 3.108.0 cs.NodePoolArgs; the compliant ones are <see cref="CraftedResources"/>).
/// </summary>
public class NodeRuleTests
{
    private static MapValue Template(string httpTokens, params string[] encrypted) => Tree.Map(
        ("name", "gpu-nodes"),
        ("metadataOptions", Tree.Map(("httpTokens", httpTokens), ("httpPutResponseHopLimit", 2))),
        ("blockDeviceMappings", Tree.List(encrypted.Select((flag, i) =>
            Tree.Map(("deviceName", $"/dev/xvd{(char)('a' + i)}"), ("ebs", Tree.Map(("volumeSize", 200), ("volumeType", "gp3"), ("encrypted", flag))))))));

    private static MapValue NodeGroup(object? launchTemplate) => Tree.Map(
        ("clusterName", "ml"),
        ("nodeRoleArn", "arn:aws:iam::123456789012:role/nodes"),
        ("subnetIds", Fixtures.Strings("subnet-a")),
        ("scalingConfig", Tree.Map(("desiredSize", 0), ("maxSize", 4), ("minSize", 0))),
        ("launchTemplate", launchTemplate));

    [Fact]
    public void A_node_group_on_a_launch_template_that_requires_imdsv2_and_encrypts_its_disks_passes_both_rules()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AwsDev);
        var template = Fixtures.Raw(stack, "lt", ResourceTypes.LaunchTemplate, CraftedResources.LaunchTemplateArgs());
        _ = Fixtures.Raw(stack, "pool", ResourceTypes.EksNodeGroup, CraftedResources.EksNodeGroupArgs(template));

        foreach (var rule in new Engine.ComplianceRule[] { new ImdsV2Rule(), new EncryptedDisksRule() })
        {
            var report = Fixtures.Judge(stack, environment, rule);
            report.PassesOn(rule.Id, "lt");
            report.PassesOn(rule.Id, "pool");
        }
    }

    [Fact]
    public void A_launch_template_with_optional_tokens_and_an_unencrypted_volume_fails_both_rules()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AwsDev);
        _ = Fixtures.Raw(stack, "lt", ResourceTypes.LaunchTemplate, Template("optional", "true", "false"));

        Fixtures.Judge(stack, environment, new ImdsV2Rule()).FailsOn("MLC-NOD-001", "lt", "httpTokens is 'optional'");
        Fixtures.Judge(stack, environment, new EncryptedDisksRule()).FailsOn("MLC-NOD-002", "lt", "blockDeviceMappings[1].ebs.encrypted is 'false'");
    }

    [Fact]
    public void A_node_group_without_a_launch_template_from_the_program_fails_both_rules()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AwsDev);
        _ = Fixtures.Raw(stack, "default-lt", ResourceTypes.EksNodeGroup, NodeGroup(null));
        _ = Fixtures.Raw(stack, "foreign-lt", ResourceTypes.EksNodeGroup, NodeGroup(Tree.Map(("name", "made-by-hand"), ("version", "1"))));

        var imds = Fixtures.Judge(stack, environment, new ImdsV2Rule());
        imds.FailsOn("MLC-NOD-001", "default-lt", "has no launch template");
        imds.FailsOn("MLC-NOD-001", "foreign-lt", "not in this program");
        Fixtures.Judge(stack, environment, new EncryptedDisksRule()).FindingOn("MLC-NOD-002", "default-lt");
    }

    [Fact]
    public void An_ack_node_pool_passes_in_hardened_mode_with_encrypted_disks_and_fails_without()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AlicloudChina);
        _ = Fixtures.Raw(stack, "hardened", ResourceTypes.AckNodePool, CraftedResources.AckNodePoolArgs());
        _ = Fixtures.Raw(stack, "default", ResourceTypes.AckNodePool, Tree.Map(
            ("clusterId", "c-1"),
            ("dataDisks", Tree.List(Tree.Map(("category", "cloud_essd"), ("size", 500))))));

        var imds = Fixtures.Judge(stack, environment, new ImdsV2Rule());
        var disks = Fixtures.Judge(stack, environment, new EncryptedDisksRule());

        imds.PassesOn("MLC-NOD-001", "hardened");
        disks.PassesOn("MLC-NOD-002", "hardened");
        imds.FailsOn("MLC-NOD-001", "default", "httpTokens is (not set)");
        var message = disks.FindingOn("MLC-NOD-002", "default").Message;
        Assert.Contains("systemDiskEncrypted is (not set)", message, StringComparison.Ordinal);
        Assert.Contains("dataDisks[0].encrypted", message, StringComparison.Ordinal);
    }
}
