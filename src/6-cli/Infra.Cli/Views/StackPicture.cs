using Infra.Core.Graph;
using Infra.Core.Resources;

namespace Infra.Cli.Views;

/// <summary>
/// What <c>infra graph</c> draws: components as boxes holding their resources, and the
/// dependencies between resources. Rendered as Graphviz dot or Mermaid.
/// </summary>
public sealed record StackPicture(string Stack, PictureGroup Root, IReadOnlyList<Dependency> Edges)
{
    public static StackPicture From(Stack stack)
    {
        ArgumentNullException.ThrowIfNull(stack);
        return new StackPicture(stack.StackName, Group(stack, stack.StackName, "Stack"), Dependencies.Of(stack));
    }

    private static PictureGroup Group(Scope scope, string label, string kind) => new(
        scope.Path.Length == 0 ? "stack" : scope.Path,
        label,
        kind,
        [.. scope.Resources.Select(resource => new PictureNode(resource.LogicalName, resource.Type, resource is ProviderResource))
            .Concat(scope is Stack stack ? stack.Variables.Select(variable => new PictureNode(variable.Name, "variable", false)) : [])],
        [.. scope.Components.Select(component => Group(component, component.Path, component.Kind))]);
}

/// <summary>A component (or the stack) with its resources and child components.</summary>
public sealed record PictureGroup(string Id, string Label, string Kind, IReadOnlyList<PictureNode> Nodes, IReadOnlyList<PictureGroup> Groups);

public sealed record PictureNode(string Name, string Type, bool IsProvider);
