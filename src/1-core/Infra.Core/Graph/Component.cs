using Infra.Core.Resources;

namespace Infra.Core.Graph;

/// <summary>
/// A group of resources with one purpose (a network, a GPU node pool). Pulumi YAML cannot register
/// component resources, so a component exists in logical names, tags and our views, not in URNs.
/// </summary>
public abstract class Component : Scope
{
    protected Component(Scope parent, string name, ComponentOptions? options = null)
        : base(parent ?? throw new ArgumentNullException(nameof(parent)), name)
    {
        foreach (var provider in options?.Providers ?? [])
        {
            UseProvider(provider);
        }

        parent.Adopt(this);
        Stack.Register(this);
    }

    /// <summary>What kind of component this is, as the plan and graph views show it.</summary>
    public virtual string Kind => GetType().Name;
}

/// <summary>Options a component passes to everything below it.</summary>
public sealed record ComponentOptions
{
    /// <summary>Providers the component's resources use instead of the inherited ones.</summary>
    public IReadOnlyList<ProviderResource> Providers { get; init; } = [];
}
