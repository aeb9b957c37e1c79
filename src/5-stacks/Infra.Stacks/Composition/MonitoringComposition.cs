using Infra.Components.Compute;
using Infra.Components.Monitoring;
using Infra.Core.Graph;
using Infra.Core.Resources;
using Infra.Stacks.Specs;

namespace Infra.Stacks.Composition;

/// <summary>
/// Puts a cluster's monitoring into a stack. <see cref="StackComposer"/> calls it once per cluster,
/// after the cluster and its GPU pools, with the cluster's Kubernetes provider, name and pools.
/// </summary>
public static class MonitoringComposition
{
    /// <param name="scope">Where the component goes (the stack, or the cluster's component).</param>
    /// <param name="spec">The stack's spec; its <see cref="EnvironmentSpec.Monitoring"/> gives sizes, SLOs and receivers.</param>
    /// <param name="kubernetes">The cluster's <c>pulumi:providers:kubernetes</c>: every resource is created through it.</param>
    /// <param name="clusterName">The cluster's name (the <c>cluster</c> external label of every series).</param>
    /// <param name="gpuPools">The cluster's GPU pools, in plain terms.</param>
    /// <param name="waitFor">What the release waits for: the cluster's nodes and its volume driver (<c>KubernetesCluster.ReadyForVolumes</c>).</param>
    /// <param name="name">The component's name; give each cluster's its own when a stack has several.</param>
    public static MonitoringStack Add(Scope scope, EnvironmentSpec spec, ProviderResource kubernetes, string clusterName, IEnumerable<GpuPoolInfo> gpuPools, IEnumerable<Resource> waitFor, string name = "monitoring")
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(kubernetes);
        return new MonitoringStack(scope, name, spec.Environment, spec.Monitoring.ArgsFor(clusterName, gpuPools) with { WaitFor = [.. waitFor] }, new ComponentOptions { Providers = [kubernetes] });
    }
}
