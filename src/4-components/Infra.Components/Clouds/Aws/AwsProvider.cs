using Infra.Providers;
using Infra.Providers.Aws;

namespace Infra.Components.Clouds.Aws;

/// <summary>
/// The <c>aws</c> provider of a region. The region is explicit because the YAML host does not fill it
/// from the environment; every taggable resource gets the standard tags through default tags.
/// </summary>
internal sealed class AwsProvider : IProviderRealization
{
    public ProviderResource Create(Stack stack, string name, StackEnvironment environment, string region) =>
        PinnedProvider.Create(stack, name, new AwsProviderArgs
        {
            Region = region,
            DefaultTags = new AwsProviderDefaultTagsArgs { Tags = InputMap.From(environment.Tags.ToDictionary()) },
        });
}
