using Infra.Compliance.Rules.Network;
using Infra.Components.Networking;
using Infra.Testing;

namespace Infra.Compliance.Tests;

public class OpenIngressRuleTests
{
    [Fact]
    public void The_network_s_default_security_group_admits_nothing()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AwsDev);
        _ = new Network(stack, "network", environment, NetworkRuleTests.Args(environment));

        Fixtures.Judge(stack, environment, new OpenIngressRule()).PassesAll("MLC-NET-001");
    }

    [Fact]
    public void Https_from_anywhere_passes_and_ssh_or_every_port_from_anywhere_fails_on_every_kind_of_rule()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AwsDev);
        MapValue Ingress(string protocol, int from, int to, string cidr) =>
            Tree.Map(("protocol", protocol), ("fromPort", from), ("toPort", to), (cidr.Contains(':', StringComparison.Ordinal) ? "ipv6CidrBlocks" : "cidrBlocks", Fixtures.Strings(cidr)));
        _ = Fixtures.Raw(stack, "lb", ResourceTypes.AwsSecurityGroup, CraftedResources.LoadBalancerSecurityGroup());
        _ = Fixtures.Raw(stack, "http", ResourceTypes.AwsSecurityGroup, Tree.Map(("ingress", Tree.List(Ingress("tcp", 80, 80, "::/0")))));
        _ = Fixtures.Raw(stack, "ssh", ResourceTypes.AwsSecurityGroup, Tree.Map(("ingress", Tree.List(Ingress("tcp", 22, 22, "0.0.0.0/0")))));
        _ = Fixtures.Raw(stack, "all", ResourceTypes.AwsSecurityGroupRule, Tree.Map(("type", "ingress"), ("protocol", "-1"), ("fromPort", 0), ("toPort", 0), ("cidrBlocks", Fixtures.Strings("0.0.0.0/0")), ("securityGroupId", "sg-1")));
        _ = Fixtures.Raw(stack, "range", ResourceTypes.AwsIngressRule, Tree.Map(("ipProtocol", "tcp"), ("fromPort", 80), ("toPort", 443), ("cidrIpv6", "::/0"), ("securityGroupId", "sg-1")));
        _ = Fixtures.Raw(stack, "internal", ResourceTypes.AwsIngressRule, Tree.Map(("ipProtocol", "tcp"), ("fromPort", 22), ("toPort", 22), ("cidrIpv4", "10.0.0.0/16"), ("securityGroupId", "sg-1")));

        var report = Fixtures.Judge(stack, environment, new OpenIngressRule());

        report.PassesOn("MLC-NET-001", "lb");
        report.PassesOn("MLC-NET-001", "http");
        report.PassesOn("MLC-NET-001", "internal");
        report.FailsOn("MLC-NET-001", "ssh", "ingress[0] admits tcp port 22 from 0.0.0.0/0");
        report.FailsOn("MLC-NET-001", "all", "admits -1 every port");
        report.FailsOn("MLC-NET-001", "range", "ports 80-443 from ::/0");
    }

    [Fact]
    public void An_alibaba_cloud_rule_open_to_anywhere_fails_unless_it_drops_or_serves_https()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AlicloudChina);
        MapValue Rule(string protocol, string range, string policy = "accept") =>
            Tree.Map(("type", "ingress"), ("ipProtocol", protocol), ("portRange", range), ("cidrIp", "0.0.0.0/0"), ("policy", policy), ("securityGroupId", "sg-1"));
        _ = Fixtures.Raw(stack, "https", ResourceTypes.AlicloudSecurityGroupRule, CraftedResources.AlicloudHttpsRule());
        _ = Fixtures.Raw(stack, "rdp", ResourceTypes.AlicloudSecurityGroupRule, Rule("tcp", "3389/3389"));
        _ = Fixtures.Raw(stack, "everything", ResourceTypes.AlicloudSecurityGroupRule, Rule("all", "-1/-1"));
        _ = Fixtures.Raw(stack, "blocked", ResourceTypes.AlicloudSecurityGroupRule, Rule("all", "-1/-1", "drop"));

        var report = Fixtures.Judge(stack, environment, new OpenIngressRule());

        report.PassesOn("MLC-NET-001", "https");
        report.PassesOn("MLC-NET-001", "blocked");
        report.FindingOn("MLC-NET-001", "rdp");
        report.FailsOn("MLC-NET-001", "everything", "every port");
    }
}

public class NetworkRuleTests
{
    public static NetworkArgs Args(Infra.Platform.Environment.StackEnvironment environment, bool flowLogs = true) => new()
    {
        Plan = CidrPlanner.Plan(CidrPlanner.ParseVpc(environment.Jurisdiction == Infra.Platform.Jurisdiction.China ? "10.64.0.0/16" : "10.0.0.0/16",
            environment.Jurisdiction, "vpcCidr", new Infra.Core.Diagnostics.DiagnosticBag())!, environment.Zones),
        FlowLogs = flowLogs,
    };

    [Fact]
    public void The_network_component_logs_the_flows_of_its_vpc_on_both_clouds()
    {
        foreach (var environment in new[] { Fixtures.AwsDev, Fixtures.AlicloudChina })
        {
            var stack = Fixtures.StackFor(environment);
            _ = new Network(stack, "network", environment, Args(environment));

            Fixtures.Judge(stack, environment, new FlowLogsRule()).PassesAll("MLC-NET-002");
        }
    }

    [Fact]
    public void A_vpc_without_flow_logs_fails_on_both_clouds()
    {
        foreach (var environment in new[] { Fixtures.AwsDev, Fixtures.AlicloudChina })
        {
            var stack = Fixtures.StackFor(environment);
            _ = new Network(stack, "network", environment, Args(environment, flowLogs: false));

            Fixtures.Judge(stack, environment, new FlowLogsRule()).FindingOn("MLC-NET-002", "network-vpc");
        }
    }

    [Fact]
    public void A_flow_log_of_accepted_traffic_only_does_not_count()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AwsDev);
        var vpc = Fixtures.Raw(stack, "vpc", ResourceTypes.AwsVpc, Tree.Map(("cidrBlock", "10.0.0.0/16")));
        _ = Fixtures.Raw(stack, "accepted", ResourceTypes.AwsFlowLog, Tree.Map(("vpcId", vpc.Id), ("trafficType", "ACCEPT")));

        Fixtures.Judge(stack, environment, new FlowLogsRule()).FindingOn("MLC-NET-002", "vpc");
    }
}
