using Infra.Components.Compute;

namespace Infra.Components.Clouds;

/// <summary>How a cloud realizes a <see cref="GpuNodePool"/> whose instance types, sizes, labels and tags the component has decided.</summary>
public interface IGpuPoolRealization
{
    /// <summary>Adds the problems of <paramref name="args"/> that only this cloud has to <paramref name="diagnostics"/>.</summary>
    void Check(GpuNodePoolArgs args, string subject, DiagnosticBag diagnostics);

    /// <summary>Adds the cloud's node groups (or node pool) of <paramref name="pool"/> on <paramref name="cluster"/>.</summary>
    internal void Build(GpuNodePool pool, StackEnvironment environment, KubernetesCluster cluster, ResolvedGpuPool resolved);
}
