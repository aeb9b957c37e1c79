using Infra.Components.Compute;
using Infra.Components.Networking;

namespace Infra.Components.Clouds;

/// <summary>
/// How a cloud realizes a <see cref="KubernetesCluster"/>: its managed service, the limits on its
/// name, the checks only this cloud needs, the control plane with its system nodes, and the cluster
/// software the cloud does not run itself.
/// </summary>
public interface IClusterRealization
{
    /// <summary>The managed Kubernetes service (<c>EKS</c>, <c>ACK</c>), shown in the component's kind.</summary>
    string Service { get; }

    /// <summary>What the service allows as a cluster name.</summary>
    NameLimitFact NameLimit { get; }

    /// <summary>The Kubernetes version a stack gets unless its config names one; null lets the service pick.</summary>
    string? DefaultKubernetesVersion { get; }

    /// <summary>The service installs the NVIDIA device plugin on GPU nodes itself, so the platform does not.</summary>
    bool ProvidesGpuDevicePlugin { get; }

    /// <summary>Adds the problems of <paramref name="args"/> that only this cloud has to <paramref name="diagnostics"/>.</summary>
    void Check(KubernetesClusterArgs args, string subject, DiagnosticBag diagnostics);

    /// <summary>Adds the control plane, its identity and its system nodes to <paramref name="owner"/>.</summary>
    internal BuiltCluster Build(KubernetesCluster owner, StackEnvironment environment, Network network, KubernetesClusterArgs args);

    /// <summary>Installs the cluster autoscaler where the service does not run one (after the GPU software).</summary>
    internal void InstallAutoscaler(KubernetesCluster cluster, StackEnvironment environment, BuiltCluster built);
}
