namespace Infra.Platform.Supply;

/// <summary>
/// The registry a stack pulls every add-on image and chart from (<c>ml-platform:registryMirror</c>):
/// <see cref="Registry"/> is <c>host/namespace</c>, and an upstream image keeps its registry and
/// repository path under it (<c>quay.io/prometheus/prometheus:v3.14.0</c> →
/// <c>host/namespace/quay.io/prometheus/prometheus:v3.14.0</c>): the layout <c>skopeo sync --scoped</c>
/// writes (containers/skopeo docs/skopeo-sync.1.md, --scoped: "Prefix images with the source image
/// path"), and no two upstream images meet in one repository (docker.io/library/busybox and
/// quay.io/prometheus/busybox stay apart). <see cref="Charts"/> is the OCI location of the charts (<c>oci://host/namespace/charts</c>
/// by default); a chart is pulled as <c>&lt;Charts&gt;/&lt;name&gt;</c> at its pinned version.
/// </summary>
public sealed record RegistryMirror(string Registry, string Charts)
{
    /// <summary>The config key, without the project namespace.</summary>
    public const string ConfigKey = "registryMirror";

    /// <summary>The chart location when only the registry is given.</summary>
    public static string DefaultCharts(string registry) => $"{OciScheme}{registry}/charts";

    public const string OciScheme = "oci://";

    /// <summary>The registry host, where nodes pull images from.</summary>
    public string Host => Registry.Split('/')[0];

    /// <summary>The host of the chart location, where Pulumi's Helm pulls charts from.</summary>
    public string ChartsHost => Charts[OciScheme.Length..].Split('/')[0];

    /// <summary>Where the mirror keeps an upstream image: its registry, repository path and tag under <see cref="Registry"/>.</summary>
    public ImageReference Image(ImageReference upstream)
    {
        ArgumentNullException.ThrowIfNull(upstream);
        var slash = Registry.IndexOf('/', StringComparison.Ordinal);
        return new ImageReference(Host, $"{Registry[(slash + 1)..]}/{upstream.Registry}/{upstream.Repository}", upstream.Tag);
    }

    /// <summary>The OCI reference of a chart in the mirror (<c>oci://host/namespace/charts/name</c>).</summary>
    public string Chart(string name) => $"{Charts}/{name}";
}
