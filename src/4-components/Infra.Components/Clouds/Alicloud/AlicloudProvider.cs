using Infra.Providers;
using Infra.Providers.Alicloud;

namespace Infra.Components.Clouds.Alicloud;

/// <summary>
/// The <c>alicloud</c> provider of a region, named explicitly because the YAML host does not fill it
/// from the environment. It is given no tags: each resource carries the standard tags itself.
/// </summary>
internal sealed class AlicloudProvider : IProviderRealization
{
    public ProviderResource Create(Stack stack, string name, StackEnvironment environment, string region) =>
        PinnedProvider.Create(stack, name, new AlicloudProviderArgs { Region = region });
}
