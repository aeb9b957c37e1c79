using Infra.Components.Clouds;
using Infra.Components.Networking;
using Infra.Core.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Infra.Components.Tests;

/// <summary>
/// The deploying runners' path to a private cluster API (config deployNetwork): the VPC joins the
/// runners' hub, routes their range there, admits it on the API port, and the cluster's Kubernetes
/// provider waits for all of it, so the first pulumi up sends no Kubernetes object before the API is reachable.
/// </summary>
public class DeployPathTests
{
    private static readonly DeployNetwork ThroughTransitGateway = new("10.255.0.0/24") { TransitGatewayId = "tgw-0123456789abcdef0" };
    private static readonly DeployNetwork ThroughCen = new("10.254.0.0/24") { CenId = "cen-0example", TransitRouterId = "tr-0example" };

    private static IReadOnlyList<string> DependsOn(ProgramTemplate template, string resource) =>
        ProgramTemplate.Child(template.Resource(resource), "options") is YamlMappingNode options && ProgramTemplate.Child(options, "dependsOn") is YamlSequenceNode list
            ? [.. list.Children.Select(item => ((YamlScalarNode)item).Value!)]
            : [];

    [Fact]
    public void On_eks_the_vpc_joins_the_transit_gateway_routes_the_runners_and_the_provider_waits_for_the_path()
    {
        var (stack, _) = ClusterTestStacks.Build(ClusterTestStacks.AwsProd, deploy: ThroughTransitGateway);
        var template = ProgramTemplate.From(stack);

        template.HasResource("aws:ec2transitgateway/vpcAttachment:VpcAttachment", """
            transitGatewayId: tgw-0123456789abcdef0
            vpcId: ${network-vpc.id}
            """);
        var routes = template.ResourcesOfType("aws:ec2/route:Route")
            .Where(route => ProgramTemplate.Scalar(route.Value, "properties.transitGatewayId") is not null).ToList();
        Assert.Equal(ClusterTestStacks.AwsProd.Zones.Length, routes.Count);
        Assert.All(routes, route =>
        {
            Assert.Equal("10.255.0.0/24", ProgramTemplate.Scalar(route.Value, "properties.destinationCidrBlock"));
            Assert.Equal(["${network-deploy-tgw-attachment}"], DependsOn(template, route.Key));
        });
        template.HasResource("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", """
            securityGroupId: ${cluster-eks.vpcConfig.clusterSecurityGroupId}
            ipProtocol: tcp
            fromPort: 443
            toPort: 443
            cidrIpv4: 10.255.0.0/24
            """);
        Assert.Equal(
            ["${network-deploy-tgw-attachment}", .. routes.Select(route => "${" + route.Key + "}"), "${cluster-api-from-deploy-network}"],
            DependsOn(template, "cluster-k8s"));
    }

    [Fact]
    public void On_ack_the_vpc_joins_the_cen_transit_router_and_routes_the_runners_to_the_attachment()
    {
        var (stack, _) = ClusterTestStacks.Build(ClusterTestStacks.AlibabaProd, deploy: ThroughCen);
        var template = ProgramTemplate.From(stack);

        template.HasResource("alicloud:cen/transitRouterVpcAttachment:TransitRouterVpcAttachment", """
            cenId: cen-0example
            transitRouterId: tr-0example
            vpcId: ${network-vpc.id}
            """);
        template.HasResource("alicloud:vpc/routeEntry:RouteEntry", """
            routeTableId: ${network-vpc.routeTableId}
            destinationCidrblock: 10.254.0.0/24
            nexthopType: Attachment
            nexthopId: ${network-deploy-tr-attachment.transitRouterAttachmentId}
            """);
        Assert.Equal(["${network-deploy-tr-attachment}", "${network-deploy-route}"], DependsOn(template, "cluster-k8s"));
    }

    [Fact]
    public void Without_a_deploy_network_nothing_is_added_and_the_provider_waits_for_nothing()
    {
        var (stack, _) = ClusterTestStacks.Build(ClusterTestStacks.AwsProd);
        var template = ProgramTemplate.From(stack);

        template.ResourceCountIs("aws:ec2transitgateway/vpcAttachment:VpcAttachment", 0);
        Assert.Empty(DependsOn(template, "cluster-k8s"));
    }

    [Theory]
    [InlineData(false, "ml-platform:deployNetwork.transitGatewayId", "tgw- and 8-17 hex digits")]
    [InlineData(true, "ml-platform:deployNetwork.cenId", "cen- and lowercase letters or digits")]
    public void Each_cloud_names_the_hub_it_joins_through(bool alibaba, string subject, string allowed)
    {
        // The other cloud's hub: a transit router on AWS, a transit gateway on Alibaba Cloud.
        var environment = alibaba ? ClusterTestStacks.AlibabaProd : ClusterTestStacks.AwsProd;
        var diagnostics = new DiagnosticBag();

        environment.Realization().Network.Check(alibaba ? ThroughTransitGateway : ThroughCen, "ml-platform:deployNetwork", diagnostics);

        Assert.Contains(diagnostics, diagnostic => diagnostic.Subject == subject && diagnostic.Message.Contains(allowed, StringComparison.Ordinal));
    }
}
