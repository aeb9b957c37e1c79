using Infra.Core.Graph;
using Infra.Core.Resources;
using Infra.Core.Values;

namespace Infra.Testing;

/// <summary>
/// Compliant clusters, node pools and security groups written with the providers' real type tokens
/// and input names (@pulumi/aws 7.48.0, @pulumi/alicloud 3.108.0), for types no typed record covers
/// yet. The compliance tests judge them; the conformance tests prove every input exists in the SDK.
/// </summary>
public static class CraftedResources
{
    public const string EksCluster = "aws:eks/cluster:Cluster";
    public const string EksNodeGroup = "aws:eks/nodeGroup:NodeGroup";
    public const string LaunchTemplate = "aws:ec2/launchTemplate:LaunchTemplate";
    public const string AwsSecurityGroup = "aws:ec2/securityGroup:SecurityGroup";
    public const string AwsIngressRule = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule";
    public const string AckCluster = "alicloud:cs/managedKubernetes:ManagedKubernetes";
    public const string AckNodePool = "alicloud:cs/nodePool:NodePool";
    public const string AlicloudSecurityGroupRule = "alicloud:ecs/securityGroupRule:SecurityGroupRule";
    public const string AwsLoadBalancer = "aws:lb/loadBalancer:LoadBalancer";
    public const string AlicloudClb = "alicloud:slb/applicationLoadBalancer:ApplicationLoadBalancer";
    public const string AlicloudAlb = "alicloud:alb/loadBalancer:LoadBalancer";
    public const string AlicloudNlb = "alicloud:nlb/loadBalancer:LoadBalancer";

    /// <summary>Internal load balancers of each kind MLC-NET-003 judges (a China stack's public one needs an ICP filing).</summary>
    public static IReadOnlyList<(string Name, string Type, MapValue Properties)> InternalLoadBalancers { get; } =
    [
        ("internal-nlb", AwsLoadBalancer, Tree.Map(("internal", true), ("loadBalancerType", "network"), ("subnets", Strings("subnet-a", "subnet-b")))),
        ("internal-clb", AlicloudClb, Tree.Map(("addressType", "intranet"), ("vswitchId", "vsw-example"), ("loadBalancerSpec", "slb.s1.small"))),
        ("internal-alb", AlicloudAlb, Tree.Map(
            ("addressType", "Intranet"),
            ("loadBalancerEdition", "Standard"),
            ("loadBalancerBillingConfig", Tree.Map(("payType", "PayAsYouGo"))),
            ("vpcId", "vpc-example"),
            ("zoneMappings", new ListValue([Tree.Map(("vswitchId", "vsw-a"), ("zoneId", "cn-shanghai-e")), Tree.Map(("vswitchId", "vsw-b"), ("zoneId", "cn-shanghai-f"))])))),
        ("internal-nlb-alicloud", AlicloudNlb, Tree.Map(
            ("addressType", "Intranet"),
            ("vpcId", "vpc-example"),
            ("zoneMappings", new ListValue([Tree.Map(("vswitchId", "vsw-a"), ("zoneId", "cn-shanghai-e")), Tree.Map(("vswitchId", "vsw-b"), ("zoneId", "cn-shanghai-f"))])))),
    ];

    /// <summary>Private endpoint, all control-plane logs, secrets envelope-encrypted with <paramref name="keyArn"/>.</summary>
    public static MapValue Eks(object keyArn) => Tree.Map(
        ("roleArn", "arn:aws:iam::123456789012:role/eks-cluster"),
        ("vpcConfig", Tree.Map(("subnetIds", Strings("subnet-a", "subnet-b")), ("endpointPrivateAccess", true), ("endpointPublicAccess", false))),
        ("enabledClusterLogTypes", Strings("api", "audit", "authenticator", "controllerManager", "scheduler")),
        ("encryptionConfig", Tree.Map(("provider", Tree.Map(("keyArn", keyArn))), ("resources", Strings("secrets")))));

    /// <summary>IMDSv2 required, one encrypted gp3 root volume.</summary>
    public static MapValue LaunchTemplateArgs() => Tree.Map(
        ("name", "gpu-nodes"),
        ("metadataOptions", Tree.Map(("httpEndpoint", "enabled"), ("httpTokens", "required"), ("httpPutResponseHopLimit", 2))),
        ("blockDeviceMappings", new ListValue([Tree.Map(
            ("deviceName", "/dev/xvda"),
            ("ebs", Tree.Map(("volumeSize", 200), ("volumeType", "gp3"), ("encrypted", "true"))))])));

    /// <summary>A managed node group on <paramref name="launchTemplate"/>.</summary>
    public static MapValue EksNodeGroupArgs(Resource launchTemplate) => Tree.Map(
        ("clusterName", "ml"),
        ("nodeRoleArn", "arn:aws:iam::123456789012:role/eks-nodes"),
        ("subnetIds", Strings("subnet-a", "subnet-b")),
        ("scalingConfig", Tree.Map(("desiredSize", 0), ("maxSize", 4), ("minSize", 0))),
        // The SDK types version as a string and latestVersion as a number; the YAML host converts, TypeScript
        // does not, so the fixture pins the first version (the rules only follow the id).
        ("launchTemplate", Tree.Map(("id", launchTemplate.Id), ("version", "1"))));

    /// <summary>No internet-facing API server, apiserver and audit logs, secrets encrypted with <paramref name="keyId"/>.</summary>
    public static MapValue Ack(object keyId) => Tree.Map(
        ("clusterSpec", "ack.pro.small"),
        ("vswitchIds", Strings("vsw-a", "vsw-b")),
        ("slbInternetEnabled", false),
        ("controlPlaneLogComponents", Strings("apiserver", "kcm", "scheduler")),
        ("controlPlaneLogTtl", "30"),
        ("auditLogConfig", Tree.Map(("enabled", true))),
        ("encryptionProviderKey", keyId),
        ("disableEncryption", false));

    /// <summary>Hardened instance metadata, encrypted system and data disks.</summary>
    public static MapValue AckNodePoolArgs() => Tree.Map(
        ("clusterId", "c-example"),
        ("instanceMetadataOptions", Tree.Map(("httpTokens", "required"))),
        ("systemDiskEncrypted", true),
        ("dataDisks", new ListValue([Tree.Map(("category", "cloud_essd"), ("size", 500), ("encrypted", "true"))])));

    /// <summary>HTTPS from anywhere (a load balancer) and SSH from inside the VPC only.</summary>
    public static MapValue LoadBalancerSecurityGroup() => Tree.Map(
        ("description", "public load balancer"),
        ("ingress", new ListValue([
            Tree.Map(("protocol", "tcp"), ("fromPort", 443), ("toPort", 443), ("cidrBlocks", Strings("0.0.0.0/0"))),
            Tree.Map(("protocol", "tcp"), ("fromPort", 22), ("toPort", 22), ("cidrBlocks", Strings("10.0.0.0/16"))),
        ])));

    public static MapValue AlicloudHttpsRule() => Tree.Map(
        ("type", "ingress"),
        ("ipProtocol", "tcp"),
        ("portRange", "443/443"),
        ("cidrIp", "0.0.0.0/0"),
        ("policy", "accept"),
        ("securityGroupId", "sg-example"));

    /// <summary>Every crafted resource in one stack, with an explicit provider per package (for the conformance check).</summary>
    public static void AddAll(Scope scope, ProviderResource aws, ProviderResource alicloud)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var onAws = new ResourceOptions { Provider = aws };
        var onAlicloud = new ResourceOptions { Provider = alicloud };
        _ = new GenericResource(scope, "eks", EksCluster, Eks("arn:aws:kms:us-west-2:123456789012:key/example"), onAws);
        var template = new GenericResource(scope, "gpu-nodes", LaunchTemplate, LaunchTemplateArgs(), onAws);
        _ = new GenericResource(scope, "gpu-pool", EksNodeGroup, EksNodeGroupArgs(template), onAws);
        _ = new GenericResource(scope, "lb-sg", AwsSecurityGroup, LoadBalancerSecurityGroup(), onAws);
        _ = new GenericResource(scope, "ack", AckCluster, Ack("key-example"), onAlicloud);
        _ = new GenericResource(scope, "ack-pool", AckNodePool, AckNodePoolArgs(), onAlicloud);
        _ = new GenericResource(scope, "https-rule", AlicloudSecurityGroupRule, AlicloudHttpsRule(), onAlicloud);
        foreach (var (name, type, properties) in InternalLoadBalancers)
        {
            _ = new GenericResource(scope, name, type, properties, type.StartsWith("aws:", StringComparison.Ordinal) ? onAws : onAlicloud);
        }
    }

    /// <summary>A list of strings (Tree.List would take a single string as a list of chars).</summary>
    public static ListValue Strings(params string[] items) => new([.. items.Select(item => (Value)new StringValue(item))]);
}
