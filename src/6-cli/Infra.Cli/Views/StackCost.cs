using Infra.Components.Compute;
using Infra.Platform.Catalog;
using Infra.Stacks.Synthesis;

namespace Infra.Cli.Views;

/// <summary>The monthly cost range of a composed stack's GPU pools at the catalog's list prices (what plan shows and diff compares).</summary>
public static class StackCost
{
    public static CostEstimate Of(StackAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var environment = analysis.Spec.Environment;
        return GpuCostEstimate.For(
            analysis.Stack.AllComponents.OfType<KubernetesCluster>().SelectMany(cluster => cluster.GpuPools).Select(pool => pool.Info),
            environment.Cloud,
            environment.Region.Code,
            GpuCatalog.Default);
    }
}
