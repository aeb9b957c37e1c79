using Infra.Components.Supply;

namespace Infra.Components.Aspects;

/// <summary>
/// The one pass that points every Helm release of a composed graph at where the stack pulls from
/// (<see cref="StackEnvironment.Images"/>): its chart from the mirror as an OCI artifact, and every
/// image its pinned chart runs (<see cref="ChartFacts"/>, hook and subchart images included) at the
/// mirror, tags pinned. Without a mirror the same images are pinned upstream. A component adding a
/// release gets this for free; a chart or version the catalog does not list is an error, so the
/// mirror list (<c>infra images</c>) cannot miss one. A second pass changes nothing.
/// </summary>
public static class SupplyChainAspect
{
    /// <summary>A Helm release whose chart and version are not in the chart catalog.</summary>
    public const string UncataloguedChart = "ML4021";

    public static Stack Apply(Stack stack, StackEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(stack);
        ArgumentNullException.ThrowIfNull(environment);
        foreach (var resource in stack.AllResources.Where(resource => resource.Type == ReleaseSupply.HelmReleaseType))
        {
            var chart = ReleaseSupply.CatalogEntry(resource.Properties);
            if (chart is null)
            {
                resource.Scope.Report(Diagnostic.Error(UncataloguedChart, resource.LogicalName + ".chart",
                    $"'{resource.Properties["chart"]}' version '{resource.Properties["version"]}' is not in the chart catalog; allowed: {string.Join(", ", ChartFacts.All.Select(entry => $"{entry.Name} {entry.Version}"))} (add the chart with its images to src/3-platform/Infra.Platform/Facts/ChartFacts.cs)"));
                continue;
            }

            var properties = ReleaseSupply.Rewrite(resource.Properties, chart, environment.Images);
            if (!properties.Equals(resource.Properties))
            {
                resource.Revise(properties, resource.Options);
            }
        }

        return stack;
    }
}
