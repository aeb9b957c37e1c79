namespace Infra.Components.Clouds;

/// <summary>The cloud's provider of a stack for one region (<see cref="RegionalProviders"/> names and shares it).</summary>
public interface IProviderRealization
{
    /// <summary>A pinned provider named <paramref name="name"/> for <paramref name="region"/>, with whatever the cloud applies to every resource.</summary>
    ProviderResource Create(Stack stack, string name, StackEnvironment environment, string region);
}
