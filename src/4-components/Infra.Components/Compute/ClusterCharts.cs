using Infra.Platform.Supply;

namespace Infra.Components.Compute;

/// <summary>
/// The charts a cluster installs, pinned in the chart catalog (<see cref="ChartFacts"/>, each version
/// and image read from the chart's source at the named tag or commit); bump them there, with the source.
/// </summary>
public sealed record ClusterCharts(PinnedChart DevicePlugin, PinnedChart DcgmExporter, PinnedChart ClusterAutoscaler, PinnedChart EfaDevicePlugin)
{
    public static ClusterCharts Pinned { get; } = new(
        ChartFacts.NvidiaDevicePlugin, ChartFacts.DcgmExporter, ChartFacts.ClusterAutoscaler, ChartFacts.EfaDevicePlugin);
}
