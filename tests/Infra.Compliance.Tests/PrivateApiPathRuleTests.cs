using Infra.Compliance.Rules.Deployability;
using Infra.Core.Graph;
using Infra.Core.Resources;
using Infra.Providers;
using Infra.Providers.Kubernetes;

namespace Infra.Compliance.Tests;

/// <summary>MLD-NET-001: a private cluster API, and a Kubernetes provider that waits for the deploying runner's path to it.</summary>
public class PrivateApiPathRuleTests
{
    private const string Runners = "10.255.0.0/24";

    private static ProviderResource KubernetesProvider(Stack stack, params Resource[] waitsFor) =>
        PinnedProvider.Create(stack, "cluster-k8s", new KubernetesProviderArgs { Kubeconfig = "kubeconfig" }, new ResourceOptions { DependsOn = [.. waitsFor] });

    private static GenericResource PrivateEks(Stack stack) =>
        Fixtures.Raw(stack, "eks", ResourceTypes.EksCluster, Tree.Map(("name", "ml"), ("vpcConfig", Tree.Map(("endpointPublicAccess", false)))));

    private static GenericResource TransitGatewayRoute(Stack stack, Resource attachment) =>
        Fixtures.Raw(stack, "deploy-route", ResourceTypes.AwsRoute,
            Tree.Map(("routeTableId", "rtb-1"), ("destinationCidrBlock", Runners), ("transitGatewayId", "tgw-0123456789abcdef0")),
            new ResourceOptions { DependsOn = [attachment] });

    private static GenericResource ApiIngress(Stack stack, string cidr, int port = 443) =>
        Fixtures.Raw(stack, "api-ingress", ResourceTypes.AwsIngressRule,
            Tree.Map(("securityGroupId", "sg-1"), ("ipProtocol", "tcp"), ("fromPort", port), ("toPort", port), ("cidrIpv4", cidr)));

    [Fact]
    public void A_private_eks_api_passes_when_the_provider_waits_for_the_route_and_the_admission_of_the_routed_range()
    {
        var stack = Fixtures.StackFor(Fixtures.AwsDev);
        _ = PrivateEks(stack);
        var attachment = Fixtures.Raw(stack, "tgw-attachment", "aws:ec2transitgateway/vpcAttachment:VpcAttachment", Tree.Map(("vpcId", "vpc-1")));
        _ = KubernetesProvider(stack, TransitGatewayRoute(stack, attachment), ApiIngress(stack, Runners));

        Fixtures.Judge(stack, Fixtures.AwsDev, new PrivateApiPathRule()).PassesAll("MLD-NET-001");
    }

    [Fact]
    public void A_private_eks_api_with_no_path_fails_naming_the_key_to_set()
    {
        var stack = Fixtures.StackFor(Fixtures.AwsDev);
        _ = PrivateEks(stack);
        _ = KubernetesProvider(stack);

        var finding = Fixtures.Judge(stack, Fixtures.AwsDev, new PrivateApiPathRule()).FindingOn("MLD-NET-001", "cluster-k8s");

        Assert.Contains("the EKS API is private and the provider waits for no route to a transit gateway", finding.Message, StringComparison.Ordinal);
        Assert.Contains("set ml-platform:deployNetwork", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10.9.0.0/24", 443)]
    [InlineData(Runners, 22)]
    public void A_route_without_the_api_port_admitted_from_its_range_fails(string admitted, int port)
    {
        var stack = Fixtures.StackFor(Fixtures.AwsDev);
        _ = PrivateEks(stack);
        var attachment = Fixtures.Raw(stack, "tgw-attachment", "aws:ec2transitgateway/vpcAttachment:VpcAttachment", Tree.Map(("vpcId", "vpc-1")));
        _ = KubernetesProvider(stack, TransitGatewayRoute(stack, attachment), ApiIngress(stack, admitted, port));

        var finding = Fixtures.Judge(stack, Fixtures.AwsDev, new PrivateApiPathRule()).FindingOn("MLD-NET-001", "cluster-k8s");

        Assert.Contains($"no ingress rule the provider waits for admits port 443 from a routed range ({Runners})", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_public_eks_api_needs_no_path()
    {
        var stack = Fixtures.StackFor(Fixtures.AwsDev);
        _ = Fixtures.Raw(stack, "eks", ResourceTypes.EksCluster, Tree.Map(("name", "ml"), ("vpcConfig", Tree.Map(("endpointPublicAccess", true)))));
        _ = KubernetesProvider(stack);

        Fixtures.Judge(stack, Fixtures.AwsDev, new PrivateApiPathRule()).PassesAll("MLD-NET-001");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_private_ack_api_needs_a_route_to_a_transit_router_attachment(bool routed)
    {
        var stack = Fixtures.StackFor(Fixtures.AlicloudChina);
        _ = Fixtures.Raw(stack, "ack", ResourceTypes.AckCluster, Tree.Map(("name", "ml"), ("slbInternetEnabled", false)));
        var route = Fixtures.Raw(stack, "deploy-route", ResourceTypes.AlicloudRouteEntry,
            Tree.Map(("routeTableId", "vtb-1"), ("destinationCidrblock", Runners), ("nexthopType", "Attachment"), ("nexthopId", "tr-attach-1")));
        _ = routed ? KubernetesProvider(stack, route) : KubernetesProvider(stack);

        Fixtures.Judge(stack, Fixtures.AlicloudChina, new PrivateApiPathRule()).PassesOnlyIf(routed, "MLD-NET-001", "cluster-k8s",
            "the ACK API is private and the provider waits for no route to a CEN transit router attachment");
    }
}
