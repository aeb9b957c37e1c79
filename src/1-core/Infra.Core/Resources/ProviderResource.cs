using Infra.Core.Graph;
using Infra.Core.Values;

namespace Infra.Core.Resources;

/// <summary>
/// An explicit provider (<c>pulumi:providers:aws</c>) with its plugin version pinned. Every other
/// resource names one: the YAML host never falls back to an ambient default provider.
/// </summary>
public sealed class ProviderResource : Resource
{
    public ProviderResource(Scope scope, string name, string package, string version, IValueSource? args, ResourceOptions? options = null)
        : base(scope, name, TypeTokens.ProviderPrefix + package, args, (options ?? ResourceOptions.None) with { Version = version })
    {
        ArgumentException.ThrowIfNullOrEmpty(version);
    }
}
