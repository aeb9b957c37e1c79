using Infra.Core.Graph;
using Infra.Core.Resources;
using Infra.Core.Values;

namespace Infra.Providers;

/// <summary>The inputs of one provider package's explicit provider resource.</summary>
public abstract record ProviderArgs : Args
{
    /// <summary>The package these inputs configure (<c>aws</c>, <c>alicloud</c>, <c>kubernetes</c>); not written.</summary>
    public abstract string Package { get; }
}

/// <summary>Creates explicit providers at the version pinned in <see cref="ProviderVersions"/>.</summary>
public static class PinnedProvider
{
    public static ProviderResource Create(Scope scope, string name, ProviderArgs args, ResourceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        return new ProviderResource(scope, name, args.Package, ProviderVersions.All[args.Package], args, options);
    }
}
