using System.Text.Json;

namespace Infra.Cli.Tests;

public class ImagesCommandTests
{
    private const string Mirror = "acme-registry.cn-beijing.cr.aliyuncs.com/ml-platform";

    [Fact]
    public void The_text_lists_every_chart_and_image_of_prod_cn_with_its_mirror_target()
    {
        var run = CliRunner.Run(new Dictionary<string, string>(), "images", "--stack", "prod-cn");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Contains($"mirror {Mirror}, charts oci://{Mirror}/charts", run.Out, StringComparison.Ordinal);
        Assert.Contains("Charts (2)", run.Out, StringComparison.Ordinal);
        Assert.Contains($"-> oci://{Mirror}/charts/kube-prometheus-stack 88.5.3  (monitoring-release)", run.Out, StringComparison.Ordinal);
        // 13 images of the two charts, and the DingTalk adapter prod-cn's platform-tickets receiver needs.
        Assert.Contains("Images (14)", run.Out, StringComparison.Ordinal);
        Assert.Contains($"  docker.io/timonwong/prometheus-webhook-dingtalk:v2.1.0\n    -> {Mirror}/docker.io/timonwong/prometheus-webhook-dingtalk:v2.1.0", run.Out, StringComparison.Ordinal);
        Assert.Contains($"  ghcr.io/jkroepke/kube-webhook-certgen:1.8.7\n    -> {Mirror}/ghcr.io/jkroepke/kube-webhook-certgen:1.8.7  (monitoring-release)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_is_the_json_format()
    {
        var json = CliRunner.Run(new Dictionary<string, string>(), "images", "--stack", "prod-cn", "--json");

        Assert.Equal(0, json.ExitCode);
        Assert.Equal(CliRunner.Run(new Dictionary<string, string>(), "images", "--stack", "prod-cn", "--format", "json").Out, json.Out);
        Assert.Equal(ExitCodes.Usage, CliRunner.Run(new Dictionary<string, string>(), "images", "--stack", "prod-cn", "--json", "--format", "skopeo").ExitCode);
    }

    [Fact]
    public void The_json_has_a_versioned_shape_with_every_chart_and_image()
    {
        var run = CliRunner.Run(new Dictionary<string, string>(), "images", "--stack", "prod-cn-aws", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Out);
        var root = document.RootElement;
        Assert.Equal(["version", "stack", "cloud", "region", "jurisdiction", "mirror", "charts", "images"], root.EnumerateObject().Select(property => property.Name));
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal("china", root.GetProperty("jurisdiction").GetString());
        Assert.Equal("123456789012.dkr.ecr.cn-northwest-1.amazonaws.com.cn/ml-platform", root.GetProperty("mirror").GetProperty("registry").GetString());
        var chart = root.GetProperty("charts").EnumerateArray().Single(entry => entry.GetProperty("name").GetString() == "cluster-autoscaler");
        Assert.Equal(["name", "version", "repository", "target", "mirrored", "releases"], chart.EnumerateObject().Select(property => property.Name));
        Assert.Equal("https://kubernetes.github.io/autoscaler", chart.GetProperty("repository").GetString());
        var image = root.GetProperty("images").EnumerateArray().Single(entry => entry.GetProperty("source").GetString() == "registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.0");
        Assert.Equal(["source", "target", "mirrored", "usedBy"], image.EnumerateObject().Select(property => property.Name));
        Assert.Equal("123456789012.dkr.ecr.cn-northwest-1.amazonaws.com.cn/ml-platform/registry.k8s.io/autoscaling/cluster-autoscaler:v1.35.0", image.GetProperty("target").GetString());
        Assert.True(image.GetProperty("mirrored").GetBoolean());
    }

    [Fact]
    public void The_skopeo_file_groups_the_mirrored_images_by_upstream_registry()
    {
        var run = CliRunner.Run(new Dictionary<string, string>(), "images", "--stack", "prod-cn", "--format", "skopeo");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"skopeo sync --src yaml --dest docker --scoped <this file> {Mirror}", run.Out, StringComparison.Ordinal);
        Assert.Contains("ghcr.io:\n  images:\n    jkroepke/kube-webhook-certgen:\n      - \"1.8.7\"\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("nvcr.io:\n  images:\n    nvidia/k8s/dcgm-exporter:\n      - \"4.5.3-4.8.2-distroless\"\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_copy_list_has_one_source_and_target_per_mirrored_image()
    {
        var run = CliRunner.Run(new Dictionary<string, string>(), "images", "--stack", "prod-cn", "--format", "copy");

        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(14, lines.Length);
        Assert.Contains($"quay.io/prometheus/prometheus:v3.14.0-distroless {Mirror}/quay.io/prometheus/prometheus:v3.14.0-distroless", lines);
    }

    [Fact]
    public void A_stack_without_a_mirror_has_nothing_to_copy_and_says_so()
    {
        var run = CliRunner.Run(new Dictionary<string, string>(), "images", "--stack", "dev-global", "--format", "skopeo");

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains("sets no ml-platform:registryMirror", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_stack_is_refused_naming_the_stacks_there_are()
    {
        var run = CliRunner.Run(new Dictionary<string, string>(), "images", "--stack", "nope");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains("stack 'nope' has no config file", run.Error, StringComparison.Ordinal);
        Assert.Contains("prod-cn", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_format_is_refused()
    {
        var run = CliRunner.Run(new Dictionary<string, string>(), "images", "--stack", "prod-cn", "--format", "xml");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains("xml", run.Error, StringComparison.Ordinal);
    }
}
