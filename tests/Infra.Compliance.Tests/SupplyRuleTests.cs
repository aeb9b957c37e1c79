using Infra.Compliance.Rules.Supply;
using Infra.Platform.Environment;
using Infra.Platform.Supply;

namespace Infra.Compliance.Tests;

public class RegistryJurisdictionRuleTests
{
    private const string Release = "kubernetes:helm.sh/v3:Release";

    private const string AcrBeijing = "acme-registry.cn-beijing.cr.aliyuncs.com";

    private static StackEnvironment Mirrored(StackEnvironment environment, string registry) =>
        environment with { Images = new ContainerImages(new RegistryMirror(registry, RegistryMirror.DefaultCharts(registry))) };

    private static MapValue HookImage(string registry) => Tree.Map(("prometheusOperator", Tree.Map(("admissionWebhooks", Tree.Map(("patch", Tree.Map(
        ("image", Tree.Map(("registry", registry), ("repository", "jkroepke/kube-webhook-certgen"), ("tag", "1.8.7"))))))))));

    [Fact]
    public void A_release_whose_chart_and_images_come_from_the_mirror_in_china_passes()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Mirrored(Fixtures.AlicloudChinaProd, AcrBeijing + "/ml-platform"));
        _ = Fixtures.Raw(stack, "monitoring", Release, Tree.Map(
            ("chart", $"oci://{AcrBeijing}/ml-platform/charts/kube-prometheus-stack"),
            ("version", "88.5.3"),
            ("values", HookImage(AcrBeijing))));

        Fixtures.Judge(stack, environment, new RegistryJurisdictionRule()).PassesAll("MLC-SUP-001");
    }

    [Fact]
    public void A_chart_from_a_github_io_repository_fails_naming_the_key_to_set()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AwsChina);
        _ = Fixtures.Raw(stack, "dcgm", Release, Tree.Map(
            ("chart", "dcgm-exporter"),
            ("version", "4.8.2"),
            ("repositoryOpts", Tree.Map(("repo", "https://nvidia.github.io/dcgm-exporter/helm-charts")))));

        var message = Fixtures.Judge(stack, environment, new RegistryJurisdictionRule()).FindingOn("MLC-SUP-001", "dcgm").Message;

        Assert.Contains("properties.repositoryOpts.repo: chart 'dcgm-exporter' is pulled from nvidia.github.io, outside China", message, StringComparison.Ordinal);
        Assert.Contains("ml-platform:registryMirror", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hook_image_deep_in_the_values_fails_with_its_path_and_image()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Mirrored(Fixtures.AlicloudChinaProd, AcrBeijing + "/ml-platform"));
        _ = Fixtures.Raw(stack, "monitoring", Release, Tree.Map(
            ("chart", $"oci://{AcrBeijing}/ml-platform/charts/kube-prometheus-stack"),
            ("version", "88.5.3"),
            ("values", HookImage("ghcr.io"))));

        var message = Fixtures.Judge(stack, environment, new RegistryJurisdictionRule()).FindingOn("MLC-SUP-001", "monitoring").Message;

        Assert.Contains("properties.values.prometheusOperator.admissionWebhooks.patch.image.registry: image 'ghcr.io/jkroepke/kube-webhook-certgen' is pulled from ghcr.io", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_container_image_of_a_kubernetes_object_without_a_registry_is_docker_hubs_and_fails()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AlicloudChina);
        var deployment = Tree.Map(("apiVersion", "apps/v1"), ("kind", "Deployment"), ("spec", Tree.Map(("template", Tree.Map(("spec", Tree.Map(
            ("containers", Tree.List(Tree.Map(("name", "adapter"), ("image", "busybox:1.36")))))))))));
        _ = Fixtures.Raw(stack, "adapter", "kubernetes:yaml/v2:ConfigGroup", Tree.Map(("objs", Tree.List(deployment))));

        var message = Fixtures.Judge(stack, environment, new RegistryJurisdictionRule()).FindingOn("MLC-SUP-001", "adapter").Message;

        Assert.Contains("image 'busybox:1.36' is pulled from docker.io, outside China", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("123456789012.dkr.ecr.cn-northwest-1.amazonaws.com.cn/ml/app:1", true)]
    [InlineData("registry.cn-shanghai.aliyuncs.com/ml/app:1", true)]
    [InlineData("crpi-abc.cn-hangzhou.personal.cr.aliyuncs.com/ml/app:1", true)]
    [InlineData("registry.ap-southeast-1.aliyuncs.com/ml/app:1", false)]
    [InlineData("registry.cn-hongkong.aliyuncs.com/ml/app:1", false)]
    [InlineData("602401143452.dkr.ecr.us-west-2.amazonaws.com/eks/app:1", false)]
    [InlineData("nvcr.io/nvidia/k8s-device-plugin:v0.20.0", false)]
    public void Only_ecr_in_aws_china_and_acr_in_a_china_region_are_inside_the_jurisdiction(string image, bool passes)
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AwsChina);
        _ = Fixtures.Raw(stack, "app", "kubernetes:core/v1:Pod", Tree.Map(("spec", Tree.Map(("containers", Tree.List(Tree.Map(("image", image))))))));

        Fixtures.Judge(stack, environment, new RegistryJurisdictionRule()).PassesOnlyIf(passes, "MLC-SUP-001", "app", "outside China");
    }

    [Fact]
    public void A_global_stack_keeps_its_upstream_sources()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AwsDev);
        _ = Fixtures.Raw(stack, "dcgm", Release, Tree.Map(
            ("chart", "dcgm-exporter"),
            ("version", "4.8.2"),
            ("repositoryOpts", Tree.Map(("repo", "https://nvidia.github.io/dcgm-exporter/helm-charts")))));

        var report = Fixtures.Judge(stack, environment, new RegistryJurisdictionRule());

        Assert.Empty(report.Findings);
    }
}
