using Infra.Core.Resources;
using Infra.Platform.Catalog;
using Infra.Providers;
using Infra.Providers.Alicloud;
using Infra.Providers.Aws;

namespace Infra.Components.Tests;

/// <summary>Environments and stacks for component tests, one per cloud and tier.</summary>
internal static class TestEnvironments
{
    public static StackEnvironment For(Cloud cloud, Tier tier, string region) =>
        For(tier, RegionCatalog.Default.Find(cloud, region) ?? throw new ArgumentException($"no {cloud} region {region} in the catalog"));

    public static StackEnvironment For(Tier tier, RegionInfo info)
    {
        var cloud = info.Cloud;
        var stack = $"{tier.ToString().ToLowerInvariant()}-test";
        return new StackEnvironment
        {
            StackName = stack,
            Tier = tier,
            Cloud = cloud,
            Region = info,
            Zones = [.. info.Zones.Take(tier == Tier.Dev ? 2 : 3)],
            Tags = new StandardTags("ml-platform-team", "cc-1", tier, stack),
            OrgPrefix = "acme",
        };
    }

    public static StackEnvironment AwsDev => For(Cloud.Aws, Tier.Dev, "us-west-2");

    public static StackEnvironment AwsProd => For(Cloud.Aws, Tier.Prod, "us-east-1");

    /// <summary>A stack with the cloud provider of <paramref name="environment"/> in scope.</summary>
    public static Stack StackFor(StackEnvironment environment)
    {
        var stack = new Stack(environment.StackName, "ml-platform");
        ProviderResource provider = environment.Cloud == Cloud.Alicloud
            ? PinnedProvider.Create(stack, "alicloud", new AlicloudProviderArgs { Region = environment.Region.Code })
            : PinnedProvider.Create(stack, "aws", new AwsProviderArgs { Region = environment.Region.Code });
        stack.UseProvider(provider);
        return stack;
    }
}
