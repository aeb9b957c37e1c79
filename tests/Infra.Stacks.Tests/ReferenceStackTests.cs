using System.Net;
using Infra.Components.Compute;
using Infra.Components.Networking;

namespace Infra.Stacks.Tests;

/// <summary>Properties every reference stack must have, together.</summary>
public class ReferenceStackTests
{
    [Fact]
    public void The_five_reference_stacks_exist()
    {
        Assert.Equal(["dev-cn", "dev-global", "prod-cn", "prod-cn-aws", "prod-global"], ReferenceStacks.All);
    }

    [Fact]
    public void No_two_stacks_share_address_space()
    {
        var vpcs = ReferenceStacks.All
            .Select(stack => (stack, IPNetwork2.Parse(ReferenceStacks.Config(stack)["ml-platform:vpcCidr"]!.Text!)))
            .ToList();

        Assert.Empty(CidrPlanner.Overlaps(vpcs));
    }

    [Theory]
    [MemberData(nameof(ReferenceStacks.Names), MemberType = typeof(ReferenceStacks))]
    public void Every_reference_stack_has_a_network_over_its_zones(string stack)
    {
        var result = new Synthesizer().Synthesize(stack, Synthesizer.DefaultProject, ReferenceStacks.Config(stack));

        Assert.Contains(result.Stack.AllComponents, component => component is Network);
        Assert.Equal(result.Spec.Environment.Zones.Length, result.Spec.Network.Plan.Zones.Length);
    }

    [Theory]
    [MemberData(nameof(ReferenceStacks.Names), MemberType = typeof(ReferenceStacks))]
    public void Every_reference_stack_has_a_cluster_with_gpu_pools_of_models_its_region_offers(string stack)
    {
        var result = new Synthesizer().Synthesize(stack, Synthesizer.DefaultProject, ReferenceStacks.Config(stack));
        var environment = result.Spec.Environment;

        var cluster = Assert.Single(result.Stack.AllComponents.OfType<KubernetesCluster>());
        Assert.NotEmpty(cluster.GpuPools);
        Assert.All(cluster.GpuPools.Select(pool => pool.Info), pool =>
            Assert.NotEmpty(GpuCatalog.Default.Offered(environment.Cloud, pool.GpuModel, environment.Region.Code)));
        if (environment.IsProd)
        {
            Assert.Contains(cluster.GpuPools, pool => pool.Info.Workload == WorkloadClass.Training);
            Assert.Contains(cluster.GpuPools, pool => pool.Info.Workload == WorkloadClass.Inference);
        }
    }
}
