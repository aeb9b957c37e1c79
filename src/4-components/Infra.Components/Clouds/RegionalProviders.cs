using Infra.Platform;

namespace Infra.Components.Clouds;

/// <summary>
/// The cloud provider of a stack for one region, created once per stack and named
/// <c>&lt;package&gt;-&lt;region&gt;</c>: the stack's own provider, or another for resources that must live
/// elsewhere (a bucket replica). What the provider is made of is the cloud's (<see cref="IProviderRealization"/>).
/// </summary>
public static class RegionalProviders
{
    public static string NameFor(Cloud cloud, string region) => $"{EnvironmentNames.PackageOf(cloud)}-{region}";

    public static ProviderResource For(Stack stack, StackEnvironment environment, string region)
    {
        ArgumentNullException.ThrowIfNull(stack);
        ArgumentNullException.ThrowIfNull(environment);
        var name = NameFor(environment.Cloud, region);
        if (stack.Providers.FirstOrDefault(provider => provider.LogicalName == name) is { } existing)
        {
            return existing;
        }

        return environment.Realization().Provider.Create(stack, name, environment, region);
    }
}
