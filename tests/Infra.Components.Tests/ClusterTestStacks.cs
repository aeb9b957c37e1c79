using Infra.Components.Compute;
using Infra.Components.Networking;
using Infra.Platform.Catalog;

namespace Infra.Components.Tests;

/// <summary>A stack with a network and a cluster, for cluster, pool and team tests.</summary>
internal static class ClusterTestStacks
{
    public static StackEnvironment AwsProd => TestEnvironments.AwsProd;

    public static StackEnvironment AwsDev => TestEnvironments.AwsDev;

    public static StackEnvironment AwsChina => TestEnvironments.For(Cloud.AwsChina, Tier.Prod, "cn-north-1");

    public static StackEnvironment AlibabaProd => TestEnvironments.For(Cloud.Alicloud, Tier.Prod, "cn-beijing");

    public static (Stack Stack, KubernetesCluster Cluster) Build(StackEnvironment environment, KubernetesClusterArgs? args = null, DeployNetwork? deploy = null)
    {
        var stack = TestEnvironments.StackFor(environment);
        var vpc = System.Net.IPNetwork2.Parse(environment.Jurisdiction == Jurisdiction.China ? "10.64.0.0/16" : "10.0.0.0/16");
        var network = new Network(stack, "network", environment, new NetworkArgs { Plan = CidrPlanner.Plan(vpc, environment.Zones), DeployNetwork = deploy });
        var cluster = new KubernetesCluster(stack, "cluster", environment, network, args ?? new KubernetesClusterArgs
        {
            KubernetesVersion = environment.Cloud == Cloud.Alicloud ? null : "1.35",
            DeletionProtection = environment.IsProd,
        });
        return (stack, cluster);
    }

    public static GpuNodePoolArgs Pool(string gpu, int gpusPerNode = 1) => new() { Gpu = gpu, GpusPerNode = gpusPerNode, MaxNodes = 2 };

    public static RegionCatalog Regions => RegionCatalog.Default;
}
