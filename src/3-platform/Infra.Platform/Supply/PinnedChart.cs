using System.Collections.Immutable;

namespace Infra.Platform.Supply;

/// <summary>How a chart spells one image in its values.</summary>
public enum ImageValueStyle
{
    /// <summary><c>{registry, repository, tag}</c>: the host apart (kube-prometheus-stack and its subcharts).</summary>
    RegistryRepositoryTag,

    /// <summary><c>{repository, tag}</c>: the repository with its host (NVIDIA's, the autoscaler's and AWS's charts).</summary>
    RepositoryTag,
}

/// <summary>One image a chart runs, and where that was read.</summary>
/// <param name="ValuesPath">Where the release's values set it, dot-separated (<c>grafana.sidecar.image</c>).</param>
/// <param name="Style">How the chart spells it.</param>
/// <param name="Upstream">The image the pinned chart version pulls by default, the tag resolved (an empty tag in values means the chart's appVersion).</param>
/// <param name="Source">Where it was read: repository, tag, file and key.</param>
/// <param name="FixedValues">Further values next to the image that must hold for the pinned tag to be the one pulled (node exporter's <c>distroless</c> suffix).</param>
/// <param name="CloudRegistry">
/// True when the image lives in the cloud's own regional registry (AWS's EKS images): the component
/// sets its repository for the stack's region, the jurisdiction's own, so it is pinned but never mirrored.
/// </param>
public sealed record ChartImage(
    string ValuesPath,
    ImageValueStyle Style,
    ImageReference Upstream,
    string Source,
    ImmutableArray<KeyValuePair<string, bool>> FixedValues = default,
    bool CloudRegistry = false)
{
    public ImmutableArray<KeyValuePair<string, bool>> Fixed => FixedValues.IsDefault ? [] : FixedValues;
}

/// <summary>A Helm chart at a pinned version, its upstream repository, and every image that version runs.</summary>
public sealed record PinnedChart(string Name, string Version, string Repository, string Source, ImmutableArray<ChartImage> Images);
