using Infra.Compliance.Rules.Network;
using Infra.Core.Expressions;
using Infra.Platform.Facts;

namespace Infra.Compliance.Tests;

public class IcpFilingRuleTests
{
    [Fact]
    public void Internal_load_balancers_and_cluster_ip_services_in_a_china_stack_pass()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AlicloudChina);
        _ = Fixtures.Raw(stack, "adapter", IcpFilingRule.KubernetesService, Tree.Map(("spec", Tree.Map(("type", "ClusterIP")))));
        _ = Fixtures.Raw(stack, "ack-internal", IcpFilingRule.KubernetesService, Tree.Map(
            ("metadata", Tree.Map(("annotations", Tree.Map(("service.beta.kubernetes.io/alibaba-cloud-loadbalancer-address-type", "intranet"))))),
            ("spec", Tree.Map(("type", "LoadBalancer")))));
        _ = Fixtures.Raw(stack, "eks-internal", IcpFilingRule.KubernetesService, Tree.Map(
            ("metadata", Tree.Map(("annotations", Tree.Map(("service.beta.kubernetes.io/aws-load-balancer-scheme", "internal"))))),
            ("spec", Tree.Map(("type", "LoadBalancer")))));
        _ = Fixtures.Raw(stack, "ingress-internal", IcpFilingRule.KubernetesIngress, Tree.Map(
            ("metadata", Tree.Map(("annotations", Tree.Map(("alb.ingress.kubernetes.io/scheme", "internal")))))));
        // The crafted load balancers the conformance tests check against the SDKs.
        foreach (var (name, type, properties) in Infra.Testing.CraftedResources.InternalLoadBalancers)
        {
            _ = Fixtures.Raw(stack, name, type, properties);
        }

        _ = Fixtures.Raw(stack, "nat-eip", "alicloud:ecs/eipAssociation:EipAssociation", Tree.Map(("instanceType", "Nat")));

        var report = Fixtures.Judge(stack, environment, new IcpFilingRule());

        report.PassesAll("MLC-NET-003");
    }

    [Fact]
    public void Every_public_load_balancer_or_ingress_in_a_china_stack_warns_that_it_needs_an_icp_filing()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AwsChina);
        _ = Fixtures.Raw(stack, "serving", IcpFilingRule.KubernetesService, Tree.Map(("spec", Tree.Map(("type", "LoadBalancer")))));
        _ = Fixtures.Raw(stack, "web", IcpFilingRule.KubernetesIngress, Tree.Map(("spec", Tree.Map(("ingressClassName", "alb")))));
        _ = Fixtures.Raw(stack, "alb", "aws:lb/loadBalancer:LoadBalancer", Tree.Map(("loadBalancerType", "application")));
        _ = Fixtures.Raw(stack, "computed", "aws:alb/loadBalancer:LoadBalancer", Tree.Map(("internal", Output.Config<bool>("ml-platform:internal"))));
        _ = Fixtures.Raw(stack, "clb", "alicloud:slb/applicationLoadBalancer:ApplicationLoadBalancer", Tree.Map(("addressType", "internet")));
        _ = Fixtures.Raw(stack, "alicloud-alb", "alicloud:alb/loadBalancer:LoadBalancer", Tree.Map(("addressType", "Internet")));
        _ = Fixtures.Raw(stack, "clb-eip", "alicloud:ecs/eipAssociation:EipAssociation", Tree.Map(("instanceType", "SlbInstance")));

        var report = Fixtures.Judge(stack, environment, new IcpFilingRule());

        foreach (var resource in new[] { "serving", "web", "alb", "computed", "clb", "alicloud-alb", "clb-eip" })
        {
            var finding = report.FindingOn("MLC-NET-003", resource);
            Assert.Equal(FindingStatus.Warned, finding.Status);
            Assert.Contains("needs an ICP filing before it serves", finding.Message, StringComparison.Ordinal);
        }

        report.FailsOn("MLC-NET-003", "serving", "a LoadBalancer Service without an internal annotation");
        Assert.Equal(RuleStatus.Warned, report.Results.Single(result => result.Rule.Id == "MLC-NET-003").Status);
    }

    [Fact]
    public void A_public_load_balancer_in_a_global_stack_is_not_judged()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AwsDev);
        _ = Fixtures.Raw(stack, "serving", IcpFilingRule.KubernetesService, Tree.Map(("spec", Tree.Map(("type", "LoadBalancer")))));

        var result = Fixtures.Judge(stack, environment, new IcpFilingRule()).Results.Single();

        Assert.Equal(RuleStatus.NotApplicable, result.Status);
    }

    [Fact]
    // ACK docs, "Use annotations to configure CLB instances": address-type internet (default) or intranet.
    public void The_annotations_and_the_filing_requirement_are_the_documented_ones_with_their_sources()
    {
        Assert.Equal("service.beta.kubernetes.io/alibaba-cloud-loadbalancer-address-type", PublicEndpointFacts.AckAddressTypeAnnotation.Value);
        Assert.Equal("service.beta.kubernetes.io/aws-load-balancer-scheme", PublicEndpointFacts.AwsSchemeAnnotation.Value);
        Assert.All(PublicEndpointFacts.All, fact => Assert.False(string.IsNullOrWhiteSpace(fact.Source), fact.Name));
        Assert.All(PublicEndpointFacts.All.Where(fact => !fact.Verified), fact => Assert.Contains("settle", fact.Source, StringComparison.Ordinal));
    }
}
