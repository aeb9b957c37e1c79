namespace Infra.Platform.Supply;

/// <summary>
/// Where the stack pulls images and charts from: the one call a component makes for an image it
/// runs itself (<c>environment.Images.Reference(ImageFacts.X)</c>), and how the supply-chain pass
/// rewrites every Helm release. Without a mirror (a global stack that sets none) everything comes
/// from upstream, tags pinned all the same.
/// </summary>
public sealed class ContainerImages(RegistryMirror? mirror)
{
    public static ContainerImages Upstream { get; } = new(null);

    public RegistryMirror? Mirror { get; } = mirror;

    /// <summary>The image the stack pulls for an upstream one: the mirror's copy, or the upstream image.</summary>
    public ImageReference Pull(ImageReference upstream)
    {
        ArgumentNullException.ThrowIfNull(upstream);
        return Mirror?.Image(upstream) ?? upstream;
    }

    /// <summary><see cref="Pull"/> as the <c>host/repository:tag</c> text a container spec takes.</summary>
    public string Reference(ImageReference upstream) => Pull(upstream).ToString();

    /// <summary>The chart reference and repository a release names: the mirror's OCI chart (no repository), or the upstream repository.</summary>
    public (string Chart, string? Repository) Chart(PinnedChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return Mirror is null ? (chart.Name, chart.Repository) : (Mirror.Chart(chart.Name), null);
    }
}
