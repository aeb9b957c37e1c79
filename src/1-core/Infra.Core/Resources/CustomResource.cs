using Infra.Core.Graph;
using Infra.Core.Values;

namespace Infra.Core.Resources;

/// <summary>
/// A resource with typed arguments. Typed resources live in Infra.Providers, one per type token
/// we use, with the inputs and outputs of the pinned provider SDK.
/// </summary>
public abstract class CustomResource<TArgs> : Resource
    where TArgs : Args
{
    protected CustomResource(Scope scope, string name, string type, TArgs args, ResourceOptions? options)
        : base(scope, name, type, args, options) => Args = args;

    /// <summary>The arguments as given (tests read them; the writer reads <see cref="Resource.Properties"/>).</summary>
    public TArgs Args { get; }
}
