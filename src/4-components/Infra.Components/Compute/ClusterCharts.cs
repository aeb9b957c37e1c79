namespace Infra.Components.Compute;

/// <summary>A Helm chart at a pinned version, from its repository.</summary>
public sealed record HelmChart(string Repository, string Name, string Version);

/// <summary>
/// The charts a cluster installs, pinned. Each version was read from the chart's source
/// (<c>Chart.yaml</c> at the named tag or commit); bump them on purpose, with the source.
/// </summary>
public sealed record ClusterCharts(HelmChart DevicePlugin, HelmChart DcgmExporter, HelmChart ClusterAutoscaler, HelmChart EfaDevicePlugin)
{
    public static ClusterCharts Pinned { get; } = new(
        // NVIDIA/k8s-device-plugin tag v0.20.0, deployments/helm/nvidia-device-plugin/Chart.yaml (version 0.20.0).
        new HelmChart("https://nvidia.github.io/k8s-device-plugin", "nvidia-device-plugin", "0.20.0"),
        // NVIDIA/dcgm-exporter tag 4.5.3-4.8.2, deployment/Chart.yaml (version 4.8.2); repository from its README.
        new HelmChart("https://nvidia.github.io/dcgm-exporter/helm-charts", "dcgm-exporter", "4.8.2"),
        // kubernetes/autoscaler tag cluster-autoscaler-chart-9.59.0 (appVersion 1.35.0, matching Kubernetes 1.35).
        new HelmChart("https://kubernetes.github.io/autoscaler", "cluster-autoscaler", "9.59.0"),
        // aws/eks-charts commit 5239609 (2026-08-03), stable/aws-efa-k8s-device-plugin/Chart.yaml (version v0.5.30).
        new HelmChart("https://aws.github.io/eks-charts", "aws-efa-k8s-device-plugin", "v0.5.30"));
}
