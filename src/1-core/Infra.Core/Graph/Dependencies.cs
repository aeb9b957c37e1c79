using Infra.Core.Expressions;
using Infra.Core.Resources;
using Infra.Core.Values;

namespace Infra.Core.Graph;

/// <summary>Why one resource depends on another.</summary>
public enum DependencyKind
{
    /// <summary>A property refers to the other resource or one of its outputs.</summary>
    Reference,

    /// <summary>An explicit <c>dependsOn</c>, <c>parent</c> or <c>deletedWith</c>.</summary>
    Option,

    /// <summary>The resource is managed through that provider.</summary>
    Provider,
}

/// <summary>An edge of the resource graph: <see cref="From"/> needs <see cref="To"/>.</summary>
public sealed record Dependency(string From, string To, DependencyKind Kind);

/// <summary>The edges of a stack's graph, from references in properties and from options.</summary>
public static class Dependencies
{
    public static IReadOnlyList<Dependency> Of(Stack stack)
    {
        ArgumentNullException.ThrowIfNull(stack);
        var edges = new SortedSet<Dependency>(Comparer<Dependency>.Create((a, b) =>
            (string.CompareOrdinal(a.From, b.From), string.CompareOrdinal(a.To, b.To), a.Kind.CompareTo(b.Kind)) switch
            {
                (not 0 and var c, _, _) => c,
                (_, not 0 and var c, _) => c,
                (_, _, var c) => c,
            }));
        foreach (var resource in stack.AllResources)
        {
            foreach (var target in Referenced(resource.Properties))
            {
                edges.Add(new Dependency(resource.LogicalName, target, DependencyKind.Reference));
            }

            var options = resource.Options;
            foreach (var target in options.DependsOn.Concat(new[] { options.Parent, options.DeletedWith }.OfType<Resource>()))
            {
                edges.Add(new Dependency(resource.LogicalName, target.LogicalName, DependencyKind.Option));
            }

            if (options.Provider is { } provider)
            {
                edges.Add(new Dependency(resource.LogicalName, provider.LogicalName, DependencyKind.Provider));
            }
        }

        foreach (var variable in stack.Variables)
        {
            foreach (var target in Referenced(variable.Value))
            {
                edges.Add(new Dependency(variable.Name, target, DependencyKind.Reference));
            }
        }

        return [.. edges.Where(edge => edge.From != edge.To)];
    }

    /// <summary>The logical names (resources and variables) a value refers to.</summary>
    public static IEnumerable<string> Referenced(Value value) =>
        value.Expressions().Select(expression => expression switch
        {
            ResourceRef reference => reference.Resource.LogicalName,
            OutputRef output => output.Resource.LogicalName,
            VariableRef variable => variable.Variable.Name,
            Invoke invoke => invoke.Provider.LogicalName,
            _ => null,
        }).OfType<string>().Distinct(StringComparer.Ordinal);
}
