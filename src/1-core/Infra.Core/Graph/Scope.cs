using Infra.Core.Diagnostics;
using Infra.Core.Resources;

namespace Infra.Core.Graph;

/// <summary>
/// A node of the construct tree: the stack itself or a component. A scope gives its children a
/// name prefix and the providers they use unless they name another.
/// </summary>
public abstract class Scope
{
    private readonly Dictionary<string, ProviderResource> _providers = new(StringComparer.Ordinal);
    private readonly List<Resource> _resources = [];
    private readonly List<Component> _components = [];

    private protected Scope(Scope? parent, string name)
    {
        Parent = parent;
        Name = name;
        Path = parent is null ? "" : LogicalNames.Join(parent.Path, name);
        Stack = parent?.Stack ?? (Stack)this;
    }

    public Scope? Parent { get; }

    /// <summary>The name within the parent scope.</summary>
    public string Name { get; }

    /// <summary>The prefix of every logical name below this scope ("" for the stack).</summary>
    public string Path { get; }

    /// <summary>The stack (graph root) this scope belongs to.</summary>
    public Stack Stack { get; }

    /// <summary>Resources created directly in this scope, in creation order.</summary>
    public IReadOnlyList<Resource> Resources => _resources;

    /// <summary>Components created directly in this scope, in creation order.</summary>
    public IReadOnlyList<Component> Components => _components;

    /// <summary>Makes <paramref name="provider"/> the default for its package in this scope and below.</summary>
    public void UseProvider(ProviderResource provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        _providers[provider.Package] = provider;
    }

    /// <summary>The nearest provider for <paramref name="package"/>, looking up the tree.</summary>
    public ProviderResource? FindProvider(string package) =>
        _providers.TryGetValue(package, out var provider) ? provider : Parent?.FindProvider(package);

    /// <summary>
    /// Records a problem of this scope's inputs (a component's own check, as CDK's
    /// <c>node.addValidation</c>): it is reported with every other problem of the synthesis,
    /// and any error stops the program from being written. The component goes on building, so a
    /// person sees every problem of one run, not the first.
    /// </summary>
    public void Report(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        Stack.AddProblem(diagnostic);
    }

    /// <summary>Records each of <paramref name="diagnostics"/> (see <see cref="Report(Diagnostic)"/>).</summary>
    public void Report(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var diagnostic in diagnostics)
        {
            Report(diagnostic);
        }
    }

    internal void Adopt(Resource resource)
    {
        _resources.Add(resource);
        Stack.Register(resource);
    }

    internal void Adopt(Component component) => _components.Add(component);
}
