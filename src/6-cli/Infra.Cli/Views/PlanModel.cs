using Infra.Components.Compute;
using Infra.Core.Diagnostics;
using Infra.Core.Graph;
using Infra.Core.Resources;
using Infra.Stacks.Synthesis;

namespace Infra.Cli.Views;

/// <summary>One node of the plan tree: a component with its children, or a resource.</summary>
public sealed record PlanNode(string Name, string Kind, IReadOnlyList<PlanNode> Children);

/// <summary>
/// What <c>infra plan</c> shows, as data: the component tree, resource counts by type, the GPU
/// pools' monthly cost range, every compliance rule run with its result, and the warnings. Built from an analysis (composed and
/// judged, not written); rendered by <see cref="PlanRenderer"/>.
/// </summary>
public sealed record PlanModel(
    string Stack,
    string Summary,
    IReadOnlyList<PlanNode> Providers,
    IReadOnlyList<PlanNode> Tree,
    IReadOnlyList<KeyValuePair<string, int>> CountsByType,
    IReadOnlyList<RuleLine> Compliance,
    IReadOnlyList<Diagnostic> Warnings)
{
    /// <summary>The monthly cost range of the stack's GPU pools at catalog list prices.</summary>
    public CostEstimate Cost { get; init; } = new([]);

    public int ResourceCount => CountsByType.Sum(entry => entry.Value);

    public static PlanModel From(StackAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var stack = analysis.Stack;
        var environment = analysis.Spec.Environment;
        var providers = stack.AllResources.OfType<ProviderResource>()
            .Select(provider => new PlanNode(provider.LogicalName, $"{provider.Type} {provider.Options.Version}", []))
            .ToList();
        var counts = stack.AllResources
            .GroupBy(resource => resource.Type, StringComparer.Ordinal)
            .Select(group => KeyValuePair.Create(group.Key, group.Count()))
            .OrderByDescending(entry => entry.Value).ThenBy(entry => entry.Key, StringComparer.Ordinal)
            .ToList();
        return new PlanModel(
            stack.StackName,
            $"{environment.Tier.ToString().ToLowerInvariant()} · {Platform.EnvironmentNames.Of(environment.Cloud)} {environment.Region.Code} ({environment.Region.Name}) · zones {string.Join(", ", environment.Zones)}",
            providers,
            Children(stack),
            counts,
            ComplianceView.From(analysis.Compliance),
            [.. analysis.Spec.Warnings, .. analysis.GraphWarnings, .. analysis.Compliance.SuppressionProblems.Where(problem => !problem.IsError)])
        {
            Cost = StackCost.Of(analysis),
        };
    }

    private static List<PlanNode> Children(Scope scope) =>
    [
        .. scope.Resources.Where(resource => resource is not ProviderResource)
            .Select(resource => new PlanNode(resource.LogicalName, resource.Type, [])),
        .. scope.Components.Select(component => new PlanNode(component.Path, component.Kind, Children(component))),
    ];
}
