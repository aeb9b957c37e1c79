using Infra.Components.Aspects;
using Infra.Components.Clouds;
using Infra.Components.Compute;
using Infra.Components.Logging;
using Infra.Components.Networking;
using Infra.Components.Storage;
using Infra.Core.Expressions;
using Infra.Core.Graph;
using Infra.Core.Resources;
using Infra.Core.Values;
using Infra.Platform;
using Infra.Platform.Environment;
using Infra.Stacks.Specs;

namespace Infra.Stacks.Composition;

/// <summary>
/// Builds the resource graph of one stack from its spec: the cloud provider for the stack's
/// region, then the components in dependency order.
/// </summary>
public static class StackComposer
{
    public static Stack Compose(EnvironmentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var environment = spec.Environment;
        var stack = new Stack(environment.StackName, spec.Project, spec.ConfigKeys)
        {
            Description = $"ML platform, stack {environment.StackName}: {EnvironmentNames.Of(environment.Tier)} on {EnvironmentNames.Of(environment.Cloud)} {environment.Region.Code}",
        };

        stack.UseProvider(CloudProvider(stack, environment));
        var network = new Network(stack, "network", environment, spec.Network);
        var cluster = new KubernetesCluster(stack, "cluster", environment, network, spec.Compute.Cluster);
        var gpuPools = spec.Compute.GpuPools.Select(pool => cluster.AddGpuPool(pool.Name, pool.Args, pool.Resolved)).ToList();

        var storage = new MlDataStorage(stack, "data", environment, spec.Storage);
        _ = new TeamNamespaces(stack, "teams", environment, cluster, new TeamNamespacesArgs
        {
            Teams = spec.Compute.Teams,
            TrainingAccess = storage.TrainingAccess,
            ServingAccess = storage.ServingAccess,
        }, new ComponentOptions { Providers = [cluster.KubernetesProvider] });
        var monitoring = MonitoringComposition.Add(stack, spec, cluster, gpuPools);
        _ = new ClusterLogging(stack, "logging", environment, new ClusterLoggingArgs
        {
            Cluster = cluster,
            WaitFor = [monitoring.Release],
        }, new ComponentOptions { Providers = [cluster.KubernetesProvider] });

        stack.Export("region", new StringValue(environment.Region.Code));
        stack.Export("jurisdiction", new StringValue(EnvironmentNames.Of(environment.Jurisdiction)));
        stack.Export("vpcId", network.VpcId);
        stack.Export("privateSubnetIds", Output.All(network.PrivateSubnetIds));
        stack.Export("clusterName", cluster.ClusterName);
        foreach (var bucket in storage.Buckets)
        {
            stack.Export($"{bucket.Purpose}Bucket", new StringValue(bucket.BucketName));
        }

        return SupplyChainAspect.Apply(StandardAspects.Apply(stack, environment), environment);
    }

    /// <summary>
    /// The stack's provider, named after its cloud and region. The region is explicit because the
    /// YAML host does not fill it from the environment; on AWS every taggable resource also gets
    /// the standard tags through default tags.
    /// </summary>
    private static ProviderResource CloudProvider(Stack stack, StackEnvironment environment) =>
        RegionalProviders.For(stack, environment, environment.Region.Code);
}
