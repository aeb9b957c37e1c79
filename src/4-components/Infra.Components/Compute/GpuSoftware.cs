using Infra.Platform.Kubernetes;
using Infra.Platform.Supply;
using Infra.Providers.Kubernetes;
using Infra.Providers.Kubernetes.Core.V1;
using Infra.Providers.Kubernetes.Helm.V3;

namespace Infra.Components.Compute;

/// <summary>
/// The cluster's GPU system software, as Helm releases on the cluster's own provider: the NVIDIA
/// device plugin where the cloud does not install its own on GPU nodes
/// (<see cref="IClusterRealization.ProvidesGpuDevicePlugin"/>), the DCGM exporter where
/// <see cref="GpuTelemetry"/> says, then the cloud's autoscaler where it does not run one
/// (<see cref="IClusterRealization.InstallAutoscaler"/>). Daemon sets go only to GPU nodes (those with a
/// <see cref="PlatformLabels.GpuModel"/> label) and tolerate their taint.
/// </summary>
internal static class GpuSoftware
{
    public static void Install(KubernetesCluster cluster, StackEnvironment environment, ClusterCharts charts, BuiltCluster built)
    {
        var ns = new Namespace(cluster, "gpu-system-ns", new NamespaceArgs
        {
            Metadata = new ObjectMetaArgs
            {
                Name = GpuTelemetry.Namespace,
                Labels = new InputMap<string> { ["app.kubernetes.io/managed-by"] = "pulumi" },
            },
        }, new ResourceOptions { DependsOn = built.ReadyForWorkloads });
        ResourceOptions AfterNamespace() => new() { DependsOn = [ns, .. built.ReadyForWorkloads] };

        var realization = environment.Realization().Cluster;
        if (!realization.ProvidesGpuDevicePlugin)
        {
            _ = Release(cluster, "nvidia-device-plugin", charts.DevicePlugin, GpuTelemetry.Namespace, "nvidia-device-plugin", Tree.Map(
                ("affinity", GpuNodeAffinity()),
                ("tolerations", GpuTolerations()),
                ("priorityClassName", "system-node-critical")), AfterNamespace());
        }

        // Values checked against NVIDIA/dcgm-exporter deployment/ (tag 4.5.3-4.8.2): the Service is named after the
        // release, labelled app.kubernetes.io/name=dcgm-exporter and instance=<release>, port name "metrics" (9400).
        _ = Release(cluster, "dcgm-exporter", charts.DcgmExporter, GpuTelemetry.Namespace, GpuTelemetry.ReleaseName, Tree.Map(
            ("serviceMonitor", Tree.Map(("enabled", false))),
            ("affinity", GpuNodeAffinity()),
            ("tolerations", GpuTolerations()),
            ("priorityClassName", "system-node-critical")), AfterNamespace());

        realization.InstallAutoscaler(cluster, environment, built);
    }

    internal static Release Release(
        Scope scope, string name, PinnedChart chart, string ns, string releaseName, MapValue values, ResourceOptions options) =>
        new(scope, name, new ReleaseArgs
        {
            Name = releaseName,
            Chart = chart.Name,
            Version = chart.Version,
            RepositoryOpts = new RepositoryOptsArgs { Repo = chart.Repository },
            Namespace = ns,
            Values = values,
            Atomic = true,
            CleanupOnFail = true,
            Timeout = 600,
            MaxHistory = 10,
        }, options);

    internal static MapValue GpuNodeAffinity() => Tree.Map(("nodeAffinity", Tree.Map(("requiredDuringSchedulingIgnoredDuringExecution", Tree.Map(
        ("nodeSelectorTerms", Tree.List(Tree.Map(("matchExpressions", Tree.List(Tree.Map(
            ("key", PlatformLabels.GpuModel), ("operator", "Exists"))))))))))));

    internal static ListValue GpuTolerations() => Tree.List(Tree.Map(
        ("key", PlatformLabels.GpuTaintKey), ("operator", "Exists"), ("effect", "NoSchedule")));
}
