using System.Collections.Immutable;
using Infra.Components.Supply;
using Infra.Core.Graph;
using Infra.Core.Resources;
using Infra.Core.Values;
using Infra.Platform.Environment;
using Infra.Platform.Supply;

namespace Infra.Stacks.Supply;

/// <summary>A chart a stack deploys: upstream, and where the stack pulls it (the mirror's OCI reference, or upstream).</summary>
/// <param name="Name">The chart's name.</param>
/// <param name="Version">Its pinned version.</param>
/// <param name="Repository">Its upstream repository (https://…).</param>
/// <param name="Target">The chart reference the releases name (<c>oci://…/name</c>, or the plain name from <see cref="Repository"/>).</param>
/// <param name="Releases">The releases (logical names) that deploy it.</param>
public sealed record ChartEntry(string Name, string Version, string Repository, string Target, ImmutableArray<string> Releases)
{
    public bool Mirrored => Target.StartsWith(RegistryMirror.OciScheme, StringComparison.Ordinal);
}

/// <summary>An image a stack runs: upstream, the image pulled, and who runs it.</summary>
/// <param name="Target">The image the stack pulls, host/repository:tag.</param>
/// <param name="Source">The upstream image; null when the program names an image no catalog knows (a bug the tests catch).</param>
/// <param name="Mirrored">False when pulled from where it lives: upstream (no mirror), or the cloud's own regional registry.</param>
/// <param name="UsedBy">The resources (logical names) that run it.</param>
public sealed record ImageEntry(ImageReference? Source, string Target, bool Mirrored, ImmutableArray<string> UsedBy);

/// <summary>
/// Every chart (with version) and image (with tag) a composed stack deploys, upstream and where the
/// stack pulls it: the list a mirroring job copies before the stack's <c>pulumi up</c>. Helm releases
/// are read with the chart catalog (<see cref="ReleaseSupply"/>, the pass's own reading); every other
/// Kubernetes resource is walked for <c>image</c> strings, matched to <see cref="ImageFacts"/>.
/// </summary>
public sealed record ImageInventory(ContainerImages Images, ImmutableArray<ChartEntry> Charts, ImmutableArray<ImageEntry> ImageList)
{
    public static ImageInventory Of(Stack stack, StackEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(stack);
        ArgumentNullException.ThrowIfNull(environment);
        var charts = new SortedDictionary<(string, string), (ChartEntry Entry, List<string> Releases)>();
        var images = new SortedDictionary<string, (ImageReference? Source, bool Mirrored, SortedSet<string> UsedBy)>(StringComparer.Ordinal);
        void Add(string target, ImageReference? source, bool mirrored, string user)
        {
            if (!images.TryGetValue(target, out var entry))
            {
                entry = (source, mirrored, new SortedSet<string>(StringComparer.Ordinal));
                images[target] = entry;
            }

            entry.UsedBy.Add(user);
        }

        foreach (var resource in stack.AllResources.Where(resource => resource.Package == "kubernetes" && resource is not ProviderResource))
        {
            if (resource.Type == ReleaseSupply.HelmReleaseType && ReleaseSupply.CatalogEntry(resource.Properties) is { } chart)
            {
                var key = (chart.Name, chart.Version);
                if (!charts.TryGetValue(key, out var known))
                {
                    known = (new ChartEntry(chart.Name, chart.Version, chart.Repository, ((StringValue)resource.Properties["chart"]!).Text, []), []);
                    charts[key] = known;
                }

                known.Releases.Add(resource.LogicalName);
                foreach (var pull in ReleaseSupply.Pulls(chart, environment.Images, resource.Properties["values"] as MapValue ?? MapValue.Empty))
                {
                    Add(pull.Pulled.ToString(), pull.Upstream, !pull.CloudRegistry && environment.Images.Mirror is not null, resource.LogicalName);
                }

                continue;
            }

            foreach (var text in ContainerImageStrings(resource.Properties))
            {
                var source = ImageFacts.All.Select(fact => fact.Image).FirstOrDefault(image => environment.Images.Reference(image) == text);
                Add(text, source, source is not null && environment.Images.Mirror is not null, resource.LogicalName);
            }
        }

        return new ImageInventory(
            environment.Images,
            [.. charts.Values.Select(chart => chart.Entry with { Releases = [.. chart.Releases.Order(StringComparer.Ordinal)] })],
            [.. images.Select(entry => new ImageEntry(entry.Value.Source, entry.Key, entry.Value.Mirrored, [.. entry.Value.UsedBy]))]);
    }

    /// <summary>Every literal string under an <c>image</c> key of a Kubernetes object's properties (containers, init containers).</summary>
    public static IEnumerable<string> ContainerImageStrings(Value value)
    {
        ArgumentNullException.ThrowIfNull(value);
        switch (value)
        {
            case MapValue map:
                foreach (var (key, child) in map.Entries)
                {
                    if (key == "image" && child is StringValue { Text: var text })
                    {
                        yield return text;
                    }
                    else
                    {
                        foreach (var inner in ContainerImageStrings(child))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            case ListValue list:
                foreach (var inner in list.Items.SelectMany(ContainerImageStrings))
                {
                    yield return inner;
                }

                break;
        }
    }
}
