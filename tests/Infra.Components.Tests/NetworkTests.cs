using Infra.Components.Networking;
using Infra.Platform.Catalog;

namespace Infra.Components.Tests;

public class NetworkTests
{
    private static Network Build(StackEnvironment environment, NatStrategy nat, out Stack stack, bool flowLogs = true)
    {
        stack = TestEnvironments.StackFor(environment);
        var vpc = System.Net.IPNetwork2.Parse(environment.Jurisdiction == Jurisdiction.China ? "10.64.0.0/16" : "10.0.0.0/16");
        return new Network(stack, "network", environment, new NetworkArgs
        {
            Plan = CidrPlanner.Plan(vpc, environment.Zones),
            Nat = nat,
            FlowLogs = flowLogs,
            FlowLogRetentionDays = 30,
        });
    }

    private static StackEnvironment AwsChina => TestEnvironments.For(Cloud.AwsChina, Tier.Prod, "cn-northwest-1");

    private static StackEnvironment Alibaba => TestEnvironments.For(Cloud.Alicloud, Tier.Prod, "cn-beijing");

    [Fact]
    public void On_aws_the_vpc_has_dns_and_public_and_private_subnets_per_zone_tagged_for_load_balancers()
    {
        var network = Build(TestEnvironments.AwsProd, NatStrategy.PerZone, out var stack);
        var template = ProgramTemplate.From(stack);

        template.HasResource("aws:ec2/vpc:Vpc", "cidrBlock: 10.0.0.0/16\nenableDnsHostnames: true\nenableDnsSupport: true");
        template.ResourceCountIs("aws:ec2/subnet:Subnet", 6);
        template.HasResource("aws:ec2/subnet:Subnet", "availabilityZone: us-east-1a\ncidrBlock: 10.0.0.0/19\ntags:\n  kubernetes.io/role/internal-elb: \"1\"");
        template.HasResource("aws:ec2/subnet:Subnet", "availabilityZone: us-east-1a\ncidrBlock: 10.0.192.0/24\nmapPublicIpOnLaunch: false\ntags:\n  kubernetes.io/role/elb: \"1\"");
        Assert.Equal(3, network.PrivateSubnetIds.Count);
        Assert.Empty(GraphChecker.Check(stack));
    }

    [Fact]
    public void Per_zone_nat_gives_each_private_route_table_its_own_gateway()
    {
        Build(TestEnvironments.AwsProd, NatStrategy.PerZone, out var stack);
        var template = ProgramTemplate.From(stack);

        template.ResourceCountIs("aws:ec2/natGateway:NatGateway", 3);
        template.ResourceCountIs("aws:ec2/eip:Eip", 3);
        template.HasResource("aws:ec2/eip:Eip", "domain: vpc");
        template.HasResource("aws:ec2/route:Route", "destinationCidrBlock: 0.0.0.0/0\nnatGatewayId: ${network-nat-us-east-1b.id}\nrouteTableId: ${network-private-us-east-1b-rt.id}");
        template.HasResource("aws:ec2/route:Route", "destinationCidrBlock: 0.0.0.0/0\ngatewayId: ${network-igw.id}");
    }

    [Fact]
    public void A_shared_nat_serves_every_zone()
    {
        Build(TestEnvironments.AwsProd, NatStrategy.Shared, out var stack);
        var template = ProgramTemplate.From(stack);

        template.ResourceCountIs("aws:ec2/natGateway:NatGateway", 1);
        template.HasResource("aws:ec2/route:Route", "natGatewayId: ${network-nat-us-east-1a.id}\nrouteTableId: ${network-private-us-east-1c-rt.id}");
    }

    [Fact]
    public void Object_storage_traffic_stays_off_nat_through_an_s3_gateway_endpoint_on_the_private_route_tables()
    {
        Build(TestEnvironments.AwsProd, NatStrategy.PerZone, out var stack);
        var template = ProgramTemplate.From(stack);

        template.HasResource("aws:ec2/vpcEndpoint:VpcEndpoint", """
            serviceName: ${network-s3-endpoint-service}
            vpcEndpointType: Gateway
            routeTableIds:
              - ${network-private-us-east-1a-rt.id}
              - ${network-private-us-east-1b-rt.id}
              - ${network-private-us-east-1c-rt.id}
            """);
        Assert.Contains("function: aws:ec2/getVpcEndpointService:getVpcEndpointService", template.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_security_group_is_emptied_and_flow_logs_go_to_a_log_group()
    {
        Build(TestEnvironments.AwsProd, NatStrategy.PerZone, out var stack);
        var template = ProgramTemplate.From(stack);

        template.HasResource("aws:ec2/defaultSecurityGroup:DefaultSecurityGroup", "ingress: []\negress: []\nvpcId: ${network-vpc.id}");
        template.HasResource("aws:ec2/flowLog:FlowLog", "trafficType: ALL\nlogDestinationType: cloud-watch-logs\nlogDestination: ${network-flow-logs.arn}\niamRoleArn: ${network-flow-logs-role.arn}");
        template.HasResource("aws:cloudwatch/logGroup:LogGroup", "retentionInDays: 30");
    }

    [Fact]
    public void Without_flow_logs_no_log_resources_are_made()
    {
        Build(TestEnvironments.AwsDev, NatStrategy.Shared, out var stack, flowLogs: false);

        ProgramTemplate.From(stack).ResourceCountIs("aws:ec2/flowLog:FlowLog", 0);
    }

    [Fact]
    public void Aws_china_builds_the_same_network_in_its_own_region_and_zones()
    {
        Build(AwsChina, NatStrategy.PerZone, out var stack);
        var template = ProgramTemplate.From(stack);

        template.HasResource("aws:ec2/subnet:Subnet", "availabilityZone: cn-northwest-1c");
        template.ResourceCountIs("aws:ec2/vpcEndpoint:VpcEndpoint", 1);
        Assert.Equal("cn-northwest-1", ProgramTemplate.Scalar(template.Resource("aws"), "properties.region"));
        Assert.Empty(GraphChecker.Check(stack));
    }

    [Fact]
    public void On_alibaba_cloud_private_vswitches_leave_through_an_enhanced_nat_with_snat_entries()
    {
        Build(Alibaba, NatStrategy.PerZone, out var stack);
        var template = ProgramTemplate.From(stack);

        template.HasResource("alicloud:vpc/network:Network", "cidrBlock: 10.64.0.0/16\nvpcName: acme-prod-test-network-vpc");
        template.ResourceCountIs("alicloud:vpc/switch:Switch", 6);
        template.HasResource("alicloud:vpc/switch:Switch", "zoneId: cn-beijing-h\ncidrBlock: 10.64.0.0/19");
        template.HasResource("alicloud:vpc/natGateway:NatGateway", "natType: Enhanced\npaymentType: PayAsYouGo\ninternetChargeType: PayByLcu\nnetworkType: internet\ndeletionProtection: true");
        template.ResourceCountIs("alicloud:ecs/eipAddress:EipAddress", 3);
        template.HasResource("alicloud:ecs/eipAssociation:EipAssociation", "instanceType: Nat\ninstanceId: ${network-nat.id}");
        template.ResourceCountIs("alicloud:vpc/snatEntry:SnatEntry", 3);
        template.HasResource("alicloud:vpc/snatEntry:SnatEntry",
            "snatTableId: ${network-nat.snatTableIds}\nsourceVswitchId: ${network-private-cn-beijing-i.id}\nsnatIp: ${network-nat-cn-beijing-i-eip.ipAddress}",
            "dependsOn:\n  - ${network-nat-cn-beijing-i-eip-binding}");
        Assert.Empty(GraphChecker.Check(stack));
    }

    [Fact]
    public void On_alibaba_cloud_flow_logs_go_to_a_log_service_store()
    {
        Build(Alibaba, NatStrategy.Shared, out var stack);
        var template = ProgramTemplate.From(stack);

        template.ResourceCountIs("alicloud:ecs/eipAddress:EipAddress", 1);
        template.HasResource("alicloud:log/store:Store", "retentionPeriod: 30\nprojectName: ${network-flow-logs-project.projectName}");
        template.HasResource("alicloud:vpc/flowLog:FlowLog", "resourceId: ${network-vpc.id}\nresourceType: VPC\ntrafficType: All");
    }

    [Fact]
    public void Every_region_in_the_catalog_has_zones_and_a_described_source()
    {
        Assert.All(RegionCatalog.Default.Regions, region =>
        {
            Assert.NotEmpty(region.Zones);
            Assert.Equal(region.Zones.Length, region.Zones.Distinct().Count());
            Assert.All(region.Zones, zone => Assert.StartsWith(region.Code, zone, StringComparison.Ordinal));
        });
        Assert.Equal(RegionCatalog.Default.Regions.Count, RegionCatalog.Default.Regions.Select(region => (region.Cloud, region.Code)).Distinct().Count());
    }

    [Theory]
    [InlineData(Cloud.Aws, "us-east-1", Jurisdiction.Global, "aws")]
    [InlineData(Cloud.AwsChina, "cn-north-1", Jurisdiction.China, "aws-cn")]
    [InlineData(Cloud.AwsChina, "cn-northwest-1", Jurisdiction.China, "aws-cn")]
    [InlineData(Cloud.Alicloud, "cn-wulanchabu", Jurisdiction.China, "alicloud")]
    [InlineData(Cloud.Alicloud, "ap-southeast-1", Jurisdiction.Global, "alicloud")]
    [InlineData(Cloud.Alicloud, "us-west-1", Jurisdiction.Global, "alicloud")]
    public void The_catalog_marks_jurisdiction_and_partition(Cloud cloud, string code, Jurisdiction jurisdiction, string partition)
    {
        var region = RegionCatalog.Default.Find(cloud, code);

        Assert.NotNull(region);
        Assert.Equal(jurisdiction, region.Jurisdiction);
        Assert.Equal(partition, region.Partition);
    }
}
