using Infra.Platform.Supply;

namespace Infra.Components.Supply;

/// <summary>One image a release pulls: where its values set it, the upstream image and the one pulled.</summary>
public sealed record ImagePull(string ValuesPath, ImageReference Upstream, ImageReference Pulled, bool CloudRegistry);

/// <summary>
/// What a Helm release of the catalog (<see cref="ChartFacts"/>) pulls in a stack: its chart from the
/// stack's mirror or upstream (<see cref="ContainerImages.Chart"/>), and every image the pinned chart
/// runs, set in values with its tag. Used by the supply-chain pass to rewrite the release and by
/// <c>infra images</c> to list it, so the two cannot disagree.
/// </summary>
public static class ReleaseSupply
{
    public const string HelmReleaseType = "kubernetes:helm.sh/v3:Release";

    /// <summary>The chart's name from a release's <c>chart</c> (a plain name, or the last part of an OCI reference).</summary>
    public static string ChartName(string chart) =>
        chart.StartsWith(RegistryMirror.OciScheme, StringComparison.Ordinal) ? chart[(chart.LastIndexOf('/') + 1)..] : chart;

    /// <summary>The catalog's entry for a release's properties; null when the chart or version is not a literal of the catalog.</summary>
    public static PinnedChart? CatalogEntry(MapValue properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        return properties["chart"] is StringValue { Text: var chart } && properties["version"] is StringValue { Text: var version }
            ? ChartFacts.Find(ChartName(chart), version)
            : null;
    }

    /// <summary>Every image of <paramref name="chart"/> as the stack pulls it; a cloud-registry image as the release's values set it.</summary>
    public static IReadOnlyList<ImagePull> Pulls(PinnedChart chart, ContainerImages images, MapValue values)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(images);
        return [.. chart.Images.Select(image => image.CloudRegistry
            ? new ImagePull(image.ValuesPath, CloudImage(image, values), CloudImage(image, values), true)
            : new ImagePull(image.ValuesPath, image.Upstream, images.Pull(image.Upstream), false))];
    }

    /// <summary>The release's properties with its chart from where the stack pulls it and every image of the chart pinned there.</summary>
    public static MapValue Rewrite(MapValue properties, PinnedChart chart, ContainerImages images)
    {
        ArgumentNullException.ThrowIfNull(properties);
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(images);
        var values = properties["values"] as MapValue ?? MapValue.Empty;
        foreach (var pull in Pulls(chart, images, values))
        {
            var image = chart.Images.First(entry => entry.ValuesPath == pull.ValuesPath);
            var leaves = new List<(string Key, Value Value)>();
            if (pull.CloudRegistry)
            {
                leaves.Add(("tag", new StringValue(pull.Pulled.Tag)));
            }
            else if (image.Style == ImageValueStyle.RegistryRepositoryTag)
            {
                leaves.Add(("registry", new StringValue(pull.Pulled.Registry)));
                leaves.Add(("repository", new StringValue(pull.Pulled.Repository)));
                leaves.Add(("tag", new StringValue(pull.Pulled.Tag)));
            }
            else
            {
                leaves.Add(("repository", new StringValue(pull.Pulled.Name)));
                leaves.Add(("tag", new StringValue(pull.Pulled.Tag)));
            }

            foreach (var (key, flag) in image.Fixed)
            {
                leaves.Add((key, BoolValue.Of(flag)));
            }

            values = SetAll(values, image.ValuesPath.Split('.'), leaves);
        }

        var (chartReference, repository) = images.Chart(chart);
        var entries = properties.Entries.SetItem("chart", new StringValue(chartReference)).SetItem("values", values);
        var options = properties["repositoryOpts"] as MapValue ?? MapValue.Empty;
        options = repository is null
            ? new MapValue(options.Entries.Remove("repo"))
            : new MapValue(options.Entries.SetItem("repo", new StringValue(repository)));
        entries = options.Entries.IsEmpty ? entries.Remove("repositoryOpts") : entries.SetItem("repositoryOpts", options);
        return new MapValue(entries);
    }

    private static ImageReference CloudImage(ChartImage image, MapValue values)
    {
        var repository = Lookup(values, [.. image.ValuesPath.Split('.'), "repository"]) is StringValue { Text: var text } ? text : image.Upstream.Name;
        var host = ImageReference.HostOf(repository);
        var path = repository.StartsWith(host + "/", StringComparison.Ordinal) ? repository[(host.Length + 1)..] : repository;
        return new ImageReference(host, path, image.Upstream.Tag);
    }

    private static Value? Lookup(MapValue map, IReadOnlyList<string> path)
    {
        Value? node = map;
        foreach (var key in path)
        {
            node = (node as MapValue)?[key];
        }

        return node;
    }

    private static MapValue SetAll(MapValue map, ReadOnlySpan<string> path, List<(string Key, Value Value)> leaves)
    {
        var child = map[path[0]] as MapValue ?? MapValue.Empty;
        if (path.Length > 1)
        {
            return new MapValue(map.Entries.SetItem(path[0], SetAll(child, path[1..], leaves)));
        }

        foreach (var (key, value) in leaves)
        {
            child = new MapValue(child.Entries.SetItem(key, value));
        }

        return new MapValue(map.Entries.SetItem(path[0], child));
    }
}
