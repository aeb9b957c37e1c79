using System.Collections.Immutable;
using Infra.Platform.Supply;

namespace Infra.Platform.Facts;

/// <summary>
/// Every Helm chart the platform deploys, at its pinned version, with every image that version runs
/// under the platform's values (subcharts and hook Jobs included) and the values path that sets it.
/// Read from each chart's <c>Chart.yaml</c>, <c>values.yaml</c> and templates at the named tag; an
/// image whose values leave the tag empty resolves to the chart's appVersion as its template does.
/// Bump a chart only with its images, read again at the new tag.
/// </summary>
public static class ChartFacts
{
    private const string Kps = "prometheus-community/helm-charts tag kube-prometheus-stack-88.5.3, charts/kube-prometheus-stack";
    private const string Ksm = "prometheus-community/helm-charts tag kube-state-metrics-8.4.0, charts/kube-state-metrics";
    private const string NodeExporter = "prometheus-community/helm-charts tag prometheus-node-exporter-4.56.1, charts/prometheus-node-exporter";
    private const string Grafana = "grafana-community/helm-charts tag grafana-12.11.1, charts/grafana";

    /// <summary>
    /// kube-prometheus-stack 88.5.3 (Chart.yaml: appVersion v0.93.1; dependencies kube-state-metrics 8.4.0,
    /// prometheus-node-exporter 4.56.1, grafana 12.11.1 from grafana-community). Not listed: images of parts
    /// the chart leaves off and the platform does not turn on (crds.upgradeJob busybox/kubectl,
    /// admissionWebhooks.deployment, thanosRuler, the subcharts' kubeRBACProxy, grafana's imageRenderer and
    /// its testFramework, which runs only on <c>helm test</c>, node exporter's permissionInitContainer).
    /// </summary>
    public static PinnedChart KubePrometheusStack { get; } = new(
        "kube-prometheus-stack", "88.5.3", "https://prometheus-community.github.io/helm-charts",
        Kps + "/Chart.yaml",
        [
            new("prometheusOperator.image", ImageValueStyle.RegistryRepositoryTag,
                new("quay.io", "prometheus-operator/prometheus-operator", "v0.93.1"),
                Kps + "/values.yaml prometheusOperator.image (tag empty: appVersion v0.93.1, templates/prometheus-operator/deployment.yaml)"),
            new("prometheusOperator.prometheusConfigReloader.image", ImageValueStyle.RegistryRepositoryTag,
                new("quay.io", "prometheus-operator/prometheus-config-reloader", "v0.93.1"),
                Kps + "/values.yaml prometheusOperator.prometheusConfigReloader.image (tag empty: appVersion, templates/prometheus-operator/deployment.yaml)"),
            new("prometheusOperator.thanosImage", ImageValueStyle.RegistryRepositoryTag,
                new("quay.io", "thanos/thanos", "v0.42.4"),
                Kps + "/values.yaml prometheusOperator.thanosImage (the operator's default Thanos sidecar image, passed as its flag)"),
            new("prometheusOperator.admissionWebhooks.patch.image", ImageValueStyle.RegistryRepositoryTag,
                new("ghcr.io", "jkroepke/kube-webhook-certgen", "1.8.7"),
                Kps + "/values.yaml prometheusOperator.admissionWebhooks.patch.image (pre-install hook Jobs, templates/prometheus-operator/admission-webhooks/job-patch/)"),
            new("prometheus.prometheusSpec.image", ImageValueStyle.RegistryRepositoryTag,
                new("quay.io", "prometheus/prometheus", "v3.14.0-distroless"),
                Kps + "/values.yaml prometheus.prometheusSpec.image"),
            new("alertmanager.alertmanagerSpec.image", ImageValueStyle.RegistryRepositoryTag,
                new("quay.io", "prometheus/alertmanager", "v0.34.0"),
                Kps + "/values.yaml alertmanager.alertmanagerSpec.image"),
            new("grafana.image", ImageValueStyle.RegistryRepositoryTag,
                new("docker.io", "grafana/grafana", "13.2.0"),
                Grafana + "/values.yaml image (tag empty: appVersion 13.2.0, templates/_pod.tpl)"),
            new("grafana.sidecar.image", ImageValueStyle.RegistryRepositoryTag,
                new("quay.io", "kiwigrid/k8s-sidecar", "2.10.1"),
                Grafana + "/values.yaml sidecar.image (the dashboard sidecar kube-prometheus-stack turns on)"),
            new("grafana.initChownData.image", ImageValueStyle.RegistryRepositoryTag,
                new("docker.io", "library/busybox", "1.38.0"),
                Grafana + "/values.yaml initChownData.image (init container once persistence is on, templates/_pod.tpl)"),
            new("grafana.downloadDashboardsImage", ImageValueStyle.RegistryRepositoryTag,
                new("docker.io", "curlimages/curl", "8.21.0"),
                Grafana + "/values.yaml downloadDashboardsImage (init container once dashboards are downloaded, templates/_pod.tpl)"),
            new("kube-state-metrics.image", ImageValueStyle.RegistryRepositoryTag,
                new("registry.k8s.io", "kube-state-metrics/kube-state-metrics", "v2.20.0"),
                Ksm + "/values.yaml image (tag empty: v + appVersion 2.20.0, templates/_helpers.tpl kube-state-metrics.image)"),
            new("prometheus-node-exporter.image", ImageValueStyle.RegistryRepositoryTag,
                new("quay.io", "prometheus/node-exporter", "v1.12.1-distroless"),
                NodeExporter + "/values.yaml image (tag empty: v + appVersion 1.12.1; kube-prometheus-stack sets image.distroless, which templates/_helpers.tpl appends as -distroless: the tag is given whole and distroless turned off)",
                [KeyValuePair.Create("distroless", false)]),
        ]);

    /// <summary>NVIDIA/k8s-device-plugin tag v0.20.0, deployments/helm/nvidia-device-plugin (gfd and so its nfd subchart off by default).</summary>
    public static PinnedChart NvidiaDevicePlugin { get; } = new(
        "nvidia-device-plugin", "0.20.0", "https://nvidia.github.io/k8s-device-plugin",
        "NVIDIA/k8s-device-plugin tag v0.20.0, deployments/helm/nvidia-device-plugin/Chart.yaml",
        [
            new("image", ImageValueStyle.RepositoryTag, new("nvcr.io", "nvidia/k8s-device-plugin", "v0.20.0"),
                "NVIDIA/k8s-device-plugin tag v0.20.0, deployments/helm/nvidia-device-plugin/values.yaml image (tag empty: v + appVersion, templates/_helpers.tpl fullimage)"),
        ]);

    /// <summary>NVIDIA/dcgm-exporter tag 4.5.3-4.8.2, deployment/.</summary>
    public static PinnedChart DcgmExporter { get; } = new(
        "dcgm-exporter", "4.8.2", "https://nvidia.github.io/dcgm-exporter/helm-charts",
        "NVIDIA/dcgm-exporter tag 4.5.3-4.8.2, deployment/Chart.yaml; repository from its README",
        [
            new("image", ImageValueStyle.RepositoryTag, new("nvcr.io", "nvidia/k8s/dcgm-exporter", "4.5.3-4.8.2-distroless"),
                "NVIDIA/dcgm-exporter tag 4.5.3-4.8.2, deployment/values.yaml image (templates/daemonset.yaml)"),
        ]);

    /// <summary>kubernetes/autoscaler tag cluster-autoscaler-chart-9.59.0, cluster-autoscaler/charts/cluster-autoscaler.</summary>
    public static PinnedChart ClusterAutoscaler { get; } = new(
        "cluster-autoscaler", "9.59.0", "https://kubernetes.github.io/autoscaler",
        "kubernetes/autoscaler tag cluster-autoscaler-chart-9.59.0, cluster-autoscaler/charts/cluster-autoscaler/Chart.yaml (appVersion 1.35.0)",
        [
            new("image", ImageValueStyle.RepositoryTag, new("registry.k8s.io", "autoscaling/cluster-autoscaler", "v1.35.0"),
                "kubernetes/autoscaler tag cluster-autoscaler-chart-9.59.0, cluster-autoscaler/charts/cluster-autoscaler/values.yaml image (templates/deployment.yaml)"),
        ]);

    /// <summary>
    /// aws/eks-charts commit 5239609 (2026-08-03), stable/aws-efa-k8s-device-plugin. Its image is AWS's, in
    /// the EKS registry of the stack's region (<see cref="EksRegistryFacts"/>; the chart's default names
    /// us-west-2's): the component sets it, the catalog pins its tag.
    /// </summary>
    public static PinnedChart EfaDevicePlugin { get; } = new(
        "aws-efa-k8s-device-plugin", "v0.5.30", "https://aws.github.io/eks-charts",
        "aws/eks-charts commit 5239609, stable/aws-efa-k8s-device-plugin/Chart.yaml",
        [
            new("image", ImageValueStyle.RepositoryTag, new("602401143452.dkr.ecr.us-west-2.amazonaws.com", "eks/aws-efa-k8s-device-plugin", "v0.5.20"),
                "aws/eks-charts commit 5239609, stable/aws-efa-k8s-device-plugin/values.yaml image (tag v0.5.20; templates/daemonset.yaml)",
                CloudRegistry: true),
        ]);

    /// <summary>
    /// aws/eks-charts commit 5239609 (2026-08-03), stable/aws-for-fluent-bit: Chart.yaml version 0.2.0, appVersion
    /// 3.2.1; its one image is <c>image.repository</c>:<c>image.tag</c> (templates/daemonset.yaml), on ECR Public.
    /// </summary>
    public static PinnedChart AwsForFluentBit { get; } = new(
        "aws-for-fluent-bit", "0.2.0", "https://aws.github.io/eks-charts",
        "aws/eks-charts commit 5239609, stable/aws-for-fluent-bit/Chart.yaml (version 0.2.0, appVersion 3.2.1)",
        [
            new("image", ImageValueStyle.RepositoryTag, new("public.ecr.aws", "aws-observability/aws-for-fluent-bit", "3.2.1"),
                "aws/eks-charts commit 5239609, stable/aws-for-fluent-bit/values.yaml image (repository public.ecr.aws/aws-observability/aws-for-fluent-bit, tag 3.2.1; templates/daemonset.yaml)"),
        ]);

    public static ImmutableArray<PinnedChart> All { get; } = [KubePrometheusStack, NvidiaDevicePlugin, DcgmExporter, ClusterAutoscaler, EfaDevicePlugin, AwsForFluentBit];

    /// <summary>The catalog's entry for a chart name and version; null when the platform does not pin it.</summary>
    public static PinnedChart? Find(string name, string version) =>
        All.FirstOrDefault(chart => chart.Name == name && chart.Version == version);

    /// <summary>
    /// How the Kubernetes provider takes a chart from an OCI registry: <c>chart: oci://host/path/name</c> with
    /// <c>version</c> and no <c>repositoryOpts.repo</c> (Helm's <c>registry.IsOCI</c> path of locateChart).
    /// </summary>
    public static Fact<string> OciChartReference { get; } = new("oci://",
        "pulumi/pulumi-kubernetes provider/pkg/provider/helm_release.go locateChart (registry.IsOCI; a repo URL goes through FindChartInAuthAndTLSAndPassRepoURL instead), read at commit 94977969 (after v4.32.0; the pinned 4.34.2 is not in the snapshot); OCI support since 3.16.0 (CHANGELOG, PR #1892)",
        Verified: false);
}
