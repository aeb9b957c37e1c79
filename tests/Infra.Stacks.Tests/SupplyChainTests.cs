using Infra.Core.Resources;
using Infra.Core.Values;
using Infra.Platform.Facts;
using Infra.Platform.Supply;
using Infra.Stacks.Supply;

namespace Infra.Stacks.Tests;

/// <summary>
/// The reference China stacks pull only from their mirrors, judged over every string of every
/// Kubernetes resource (release values, object specs), not a list of keys; and the mirror list of
/// every stack names every image its program names.
/// </summary>
public class SupplyChainTests
{
    public static TheoryData<string> ChinaStacks => ["dev-cn", "prod-cn", "prod-cn-aws"];

    private static readonly string[] UpstreamHosts = ["quay.io", "docker.io", "registry.k8s.io", "ghcr.io", "nvcr.io", "github.io", "gcr.io", "public.ecr.aws"];

    private static SynthesisResult Synthesize(string stack) =>
        new Synthesizer().Synthesize(stack, Synthesizer.DefaultProject, ReferenceStacks.Config(stack));

    private static IEnumerable<Resource> KubernetesResources(SynthesisResult result) =>
        result.Stack.AllResources.Where(resource => resource.Package == "kubernetes" && resource is not ProviderResource);

    /// <summary>Every string of a value with the keys above it.</summary>
    private static IEnumerable<(string Path, string Key, string Text, MapValue? Parent)> Strings(Value value, string path, string key = "", MapValue? parent = null)
    {
        switch (value)
        {
            case StringValue text:
                yield return (path, key, text.Text, parent);
                break;
            case MapValue map:
                foreach (var (childKey, child) in map.Entries)
                {
                    foreach (var found in Strings(child, $"{path}.{childKey}", childKey, map))
                    {
                        yield return found;
                    }
                }

                break;
            case ListValue list:
                foreach (var (item, index) in list.Items.Select((item, index) => (item, index)))
                {
                    foreach (var found in Strings(item, $"{path}[{index}]", key, parent))
                    {
                        yield return found;
                    }
                }

                break;
        }
    }

    /// <summary>The image references a map spells: registry/repository:tag, repository:tag, or an image string.</summary>
    private static IEnumerable<string> ImageReferences(Value value)
    {
        foreach (var (_, key, text, parent) in Strings(value, "properties"))
        {
            if (key == "image")
            {
                yield return text;
            }
            else if (key == "repository" && parent!["tag"] is StringValue { Text: var tag })
            {
                yield return parent["registry"] is StringValue { Text: var registry } ? $"{registry}/{text}:{tag}" : $"{text}:{tag}";
            }
        }
    }

    [Theory]
    [MemberData(nameof(ChinaStacks))]
    public void No_string_of_a_china_program_starts_at_a_registry_or_chart_host_outside_china(string stack)
    {
        var result = Synthesize(stack);
        var mirror = result.Spec.Environment.Images.Mirror!;

        var abroad = KubernetesResources(result)
            .SelectMany(resource => Strings(resource.Properties, resource.LogicalName))
            .Where(found => UpstreamHosts.Any(host =>
                found.Text.StartsWith(host + "/", StringComparison.Ordinal) || found.Text == host
                || found.Text.Contains("://" + host, StringComparison.Ordinal) || found.Text.Contains("." + host + "/", StringComparison.Ordinal)
                || (found.Text.Contains("://", StringComparison.Ordinal) && found.Text.Contains(host, StringComparison.Ordinal) && !found.Text.StartsWith(mirror.Charts, StringComparison.Ordinal))))
            .Select(found => $"{found.Path}: {found.Text}")
            .ToList();

        Assert.Empty(abroad);
    }

    [Theory]
    [MemberData(nameof(ChinaStacks))]
    public void Every_chart_and_image_of_a_china_stack_comes_from_its_mirror(string stack)
    {
        var result = Synthesize(stack);
        var mirror = result.Spec.Environment.Images.Mirror!;
        var releases = KubernetesResources(result).Where(resource => resource.Type == "kubernetes:helm.sh/v3:Release").ToList();

        Assert.NotEmpty(releases);
        Assert.All(releases, release =>
        {
            Assert.StartsWith(mirror.Charts + "/", ((StringValue)release.Properties["chart"]!).Text, StringComparison.Ordinal);
            Assert.Null(release.Properties["repositoryOpts"]);
        });
        var images = KubernetesResources(result).SelectMany(resource => ImageReferences(resource.Properties)).ToList();
        Assert.NotEmpty(images);
        Assert.All(images, image => Assert.Equal(mirror.Host, ImageReference.HostOf(image)));
        Assert.All(images, image => Assert.Matches(@":[A-Za-z0-9_][A-Za-z0-9_.-]*$", image));
    }

    [Theory]
    [MemberData(nameof(ReferenceStacks.Names), MemberType = typeof(ReferenceStacks))]
    public void The_mirror_list_names_every_image_the_program_names_with_its_source(string stack)
    {
        var result = Synthesize(stack);
        var inventory = ImageInventory.Of(result.Stack, result.Spec.Environment);

        var named = KubernetesResources(result).SelectMany(resource => ImageReferences(resource.Properties)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

        Assert.Equal(named, inventory.ImageList.Select(image => image.Target).Order(StringComparer.Ordinal));
        Assert.All(inventory.ImageList, image => Assert.NotNull(image.Source));
        var charts = KubernetesResources(result).Where(resource => resource.Type == "kubernetes:helm.sh/v3:Release")
            .Select(release => ((StringValue)release.Properties["chart"]!).Text).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        Assert.Equal(charts, inventory.Charts.Select(chart => chart.Target).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ChinaStacks))]
    public void Every_image_of_every_catalogued_chart_the_china_stack_deploys_is_mirrored(string stack)
    {
        var result = Synthesize(stack);
        var inventory = ImageInventory.Of(result.Stack, result.Spec.Environment);

        var mirrored = inventory.ImageList.Where(image => image.Mirrored).Select(image => image.Source!.ToString()).ToList();
        var fromCharts = inventory.Charts.SelectMany(chart => ChartFacts.Find(chart.Name, chart.Version)!.Images)
            .Where(image => !image.CloudRegistry).Select(image => image.Upstream.ToString());
        // The components' own images (the alert adapters) are mirrored too; they come from ImageFacts, not a chart.
        var ownImages = ImageFacts.All.Select(entry => entry.Image.ToString()).Where(mirrored.Contains);
        var expected = fromCharts.Concat(ownImages).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

        Assert.Equal(expected, mirrored.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_global_stack_keeps_its_upstream_sources_with_pinned_tags()
    {
        var result = Synthesize("prod-global");
        var inventory = ImageInventory.Of(result.Stack, result.Spec.Environment);

        Assert.All(inventory.Charts, chart => Assert.False(chart.Mirrored));
        Assert.All(inventory.ImageList, image => Assert.Equal(image.Source!.ToString(), image.Target));
        Assert.Contains(inventory.ImageList, image => image.Target == "ghcr.io/jkroepke/kube-webhook-certgen:1.8.7");
    }

    [Fact]
    public void A_container_image_the_program_names_outside_the_catalogs_is_listed_without_a_source()
    {
        var result = Synthesize("prod-cn");
        var mirror = result.Spec.Environment.Images;
        var upstream = new ImageReference("ghcr.io", "example/alert-adapter", "v1.0.0");
        var deployment = Tree.Map(("kind", "Deployment"), ("spec", Tree.Map(("template", Tree.Map(("spec", Tree.Map(
            ("containers", Tree.List(Tree.Map(("name", "adapter"), ("image", mirror.Reference(upstream))))))))))));
        _ = new GenericResource(result.Stack, "adapter", "kubernetes:yaml/v2:ConfigGroup", Tree.Map(("objs", Tree.List(deployment))));

        var entry = Assert.Single(ImageInventory.Of(result.Stack, result.Spec.Environment).ImageList, image => image.UsedBy.Contains("adapter"));

        Assert.Equal("acme-registry.cn-beijing.cr.aliyuncs.com/ml-platform/ghcr.io/example/alert-adapter:v1.0.0", entry.Target);
        Assert.Null(entry.Source);
    }

    [Fact]
    public void A_component_asks_for_an_image_and_gets_the_mirrors_copy_or_the_upstream_image()
    {
        var upstream = new ImageReference("docker.io", "library/busybox", "1.38.0");
        var mirrored = new ContainerImages(new RegistryMirror("123456789012.dkr.ecr.cn-northwest-1.amazonaws.com.cn/ml", "oci://123456789012.dkr.ecr.cn-northwest-1.amazonaws.com.cn/ml/charts"));

        Assert.Equal("123456789012.dkr.ecr.cn-northwest-1.amazonaws.com.cn/ml/docker.io/library/busybox:1.38.0", mirrored.Reference(upstream));
        Assert.Equal("docker.io/library/busybox:1.38.0", ContainerImages.Upstream.Reference(upstream));
        Assert.Equal(("oci://123456789012.dkr.ecr.cn-northwest-1.amazonaws.com.cn/ml/charts/dcgm-exporter", (string?)null), mirrored.Chart(ChartFacts.DcgmExporter));
        Assert.Equal(("dcgm-exporter", (string?)ChartFacts.DcgmExporter.Repository), ContainerImages.Upstream.Chart(ChartFacts.DcgmExporter));
    }

    [Fact]
    public void The_supply_chain_pass_changes_nothing_the_second_time()
    {
        var result = Synthesize("prod-cn-aws");
        var before = result.Stack.AllResources.ToDictionary(resource => resource.LogicalName, resource => resource.Properties);

        Infra.Components.Aspects.SupplyChainAspect.Apply(result.Stack, result.Spec.Environment);

        Assert.All(result.Stack.AllResources, resource => Assert.Equal(before[resource.LogicalName], resource.Properties));
    }
}
