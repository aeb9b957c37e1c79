using Infra.Components.Compute;
using Infra.Components.Monitoring;
using Infra.Core.Graph;
using Infra.Stacks.Specs;

namespace Infra.Stacks.Composition;

/// <summary>
/// Puts a cluster's monitoring into a stack. <see cref="StackComposer"/> calls it once per cluster
/// with the cluster and the GPU pools it added to it.
/// </summary>
public static class MonitoringComposition
{
    /// <param name="scope">Where the component goes (the stack, or the cluster's component).</param>
    /// <param name="spec">The stack's spec; its <see cref="EnvironmentSpec.Monitoring"/> gives sizes, SLOs and receivers.</param>
    /// <param name="cluster">
    /// The cluster: every resource is created through its Kubernetes provider, its name is the
    /// <c>cluster</c> external label of every series, and the release waits for its nodes and volume driver.
    /// </param>
    /// <param name="gpuPools">The cluster's GPU pools to watch and account for.</param>
    /// <param name="name">The component's name; give each cluster's its own when a stack has several.</param>
    public static MonitoringStack Add(Scope scope, EnvironmentSpec spec, KubernetesCluster cluster, IEnumerable<GpuNodePool> gpuPools, string name = "monitoring")
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(gpuPools);
        var args = spec.Monitoring.ArgsFor(cluster.CloudName, gpuPools.Select(pool => pool.Info)) with { WaitFor = cluster.ReadyForVolumes };
        return new MonitoringStack(scope, name, spec.Environment, args, new ComponentOptions { Providers = [cluster.KubernetesProvider] });
    }
}
