using Infra.Platform.Facts;
using Infra.Platform.Supply;

namespace Infra.Components.Tests;

/// <summary>
/// The chart catalog as the charts' sources say at their pinned tags (each row: the values.yaml or
/// template the catalog names): the chart versions, and every image with its resolved tag.
/// </summary>
public class ChartFactsTests
{
    [Theory]
    // prometheus-community/helm-charts tag kube-prometheus-stack-88.5.3, charts/kube-prometheus-stack/values.yaml; tag "" = appVersion v0.93.1.
    [InlineData("kube-prometheus-stack", "88.5.3", "prometheusOperator.image", "quay.io/prometheus-operator/prometheus-operator:v0.93.1")]
    [InlineData("kube-prometheus-stack", "88.5.3", "prometheusOperator.prometheusConfigReloader.image", "quay.io/prometheus-operator/prometheus-config-reloader:v0.93.1")]
    [InlineData("kube-prometheus-stack", "88.5.3", "prometheusOperator.thanosImage", "quay.io/thanos/thanos:v0.42.4")]
    [InlineData("kube-prometheus-stack", "88.5.3", "prometheusOperator.admissionWebhooks.patch.image", "ghcr.io/jkroepke/kube-webhook-certgen:1.8.7")]
    [InlineData("kube-prometheus-stack", "88.5.3", "prometheus.prometheusSpec.image", "quay.io/prometheus/prometheus:v3.14.0-distroless")]
    [InlineData("kube-prometheus-stack", "88.5.3", "alertmanager.alertmanagerSpec.image", "quay.io/prometheus/alertmanager:v0.34.0")]
    // grafana-community/helm-charts tag grafana-12.11.1 (appVersion 13.2.0).
    [InlineData("kube-prometheus-stack", "88.5.3", "grafana.image", "docker.io/grafana/grafana:13.2.0")]
    [InlineData("kube-prometheus-stack", "88.5.3", "grafana.sidecar.image", "quay.io/kiwigrid/k8s-sidecar:2.10.1")]
    [InlineData("kube-prometheus-stack", "88.5.3", "grafana.initChownData.image", "docker.io/library/busybox:1.38.0")]
    [InlineData("kube-prometheus-stack", "88.5.3", "grafana.downloadDashboardsImage", "docker.io/curlimages/curl:8.21.0")]
    // kube-state-metrics-8.4.0 (v + appVersion 2.20.0); prometheus-node-exporter-4.56.1 (v + appVersion 1.12.1, -distroless).
    [InlineData("kube-prometheus-stack", "88.5.3", "kube-state-metrics.image", "registry.k8s.io/kube-state-metrics/kube-state-metrics:v2.20.0")]
    [InlineData("kube-prometheus-stack", "88.5.3", "prometheus-node-exporter.image", "quay.io/prometheus/node-exporter:v1.12.1-distroless")]
    // NVIDIA/k8s-device-plugin tag v0.20.0 (v + appVersion); NVIDIA/dcgm-exporter tag 4.5.3-4.8.2.
    [InlineData("nvidia-device-plugin", "0.20.0", "image", "nvcr.io/nvidia/k8s-device-plugin:v0.20.0")]
    [InlineData("dcgm-exporter", "4.8.2", "image", "nvcr.io/nvidia/k8s/dcgm-exporter:4.5.3-4.8.2-distroless")]
    // kubernetes/autoscaler tag cluster-autoscaler-chart-9.59.0; aws/eks-charts commit 5239609.
    [InlineData("cluster-autoscaler", "9.59.0", "image", "registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.0")]
    [InlineData("aws-efa-k8s-device-plugin", "v0.5.30", "image", "602401143452.dkr.ecr.us-west-2.amazonaws.com/eks/aws-efa-k8s-device-plugin:v0.5.20")]
    // aws/eks-charts commit 5239609, stable/aws-for-fluent-bit/values.yaml image.repository and image.tag (Chart.yaml version 0.2.0).
    [InlineData("aws-for-fluent-bit", "0.2.0", "image", "public.ecr.aws/aws-observability/aws-for-fluent-bit:3.2.1")]
    public void A_charts_image_is_the_one_its_values_at_the_pinned_tag_name(string chart, string version, string valuesPath, string image)
    {
        var entry = ChartFacts.Find(chart, version);

        Assert.NotNull(entry);
        Assert.Equal(image, Assert.Single(entry.Images, candidate => candidate.ValuesPath == valuesPath).Upstream.ToString());
    }

    [Fact]
    public void The_catalog_lists_each_chart_with_exactly_the_images_documented_above()
    {
        Assert.Equal(
            ["aws-efa-k8s-device-plugin v0.5.30: 1", "aws-for-fluent-bit 0.2.0: 1", "cluster-autoscaler 9.59.0: 1", "dcgm-exporter 4.8.2: 1", "kube-prometheus-stack 88.5.3: 12", "nvidia-device-plugin 0.20.0: 1"],
            ChartFacts.All.Select(chart => $"{chart.Name} {chart.Version}: {chart.Images.Length}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_chart_and_image_names_its_source_at_a_tag_or_commit()
    {
        Assert.All(ChartFacts.All, chart =>
        {
            Assert.Matches("tag|commit", chart.Source);
            Assert.All(chart.Images, image => Assert.Matches("tag|commit", image.Source));
            Assert.StartsWith("https://", chart.Repository, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Only_the_efa_plugins_image_lives_in_the_clouds_own_registry()
    {
        Assert.Equal(["aws-efa-k8s-device-plugin"], ChartFacts.All.Where(chart => chart.Images.Any(image => image.CloudRegistry)).Select(chart => chart.Name));
    }

    [Fact]
    public void No_two_images_of_the_catalog_meet_in_one_mirror_repository()
    {
        var mirror = new RegistryMirror("acme-registry.cn-beijing.cr.aliyuncs.com/ml", RegistryMirror.DefaultCharts("acme-registry.cn-beijing.cr.aliyuncs.com/ml"));
        var images = ChartFacts.All.SelectMany(chart => chart.Images).Select(image => image.Upstream).Distinct().ToList();

        Assert.Equal(images.Count, images.Select(image => mirror.Image(image).Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(images, image => Assert.StartsWith($"acme-registry.cn-beijing.cr.aliyuncs.com/ml/{image.Registry}/", mirror.Image(image).Name, StringComparison.Ordinal));
    }

    [Fact]
    public void The_facts_of_the_jurisdictions_registries_name_their_sources()
    {
        Assert.All(RegistryFacts.All, fact => Assert.False(string.IsNullOrWhiteSpace(fact.Source)));
        Assert.Equal("<instance>-registry.<region>.cr.aliyuncs.com", RegistryFacts.AcrEnterpriseHost.Value);
        Assert.Equal("<account>.dkr.ecr.<region>.amazonaws.com.cn", RegistryFacts.EcrChinaHost.Value);
    }

    [Fact]
    public void Docs_mirrors_md_lists_every_chart_and_image_of_the_catalog()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "mirrors.md"));

        Assert.All(ChartFacts.All, chart => Assert.Contains($"{chart.Name} {chart.Version}", docs, StringComparison.Ordinal));
        Assert.All(ChartFacts.All.SelectMany(chart => chart.Images).Where(image => !image.CloudRegistry),
            image => Assert.Contains($"`{image.Upstream}` ({image.ValuesPath}", docs, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("busybox:1.36", "docker.io")]
    [InlineData("grafana/grafana:13.2.0", "docker.io")]
    [InlineData("localhost/app:1", "localhost")]
    [InlineData("registry.local:5000/app:1", "registry.local:5000")]
    [InlineData("quay.io/prometheus/prometheus:v3", "quay.io")]
    public void The_host_of_an_image_reference_is_read_as_a_container_runtime_reads_it(string reference, string host)
    {
        Assert.Equal(host, ImageReference.HostOf(reference));
    }
}
