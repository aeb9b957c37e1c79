using Infra.Platform;
using Infra.Platform.Catalog;

namespace Infra.Components.Storage;

/// <summary>
/// Copies every object of a bucket to a replica in another region of the same cloud and the same
/// jurisdiction. A replica across jurisdictions is refused: China data stays in China, and global
/// data stays out of it.
/// </summary>
internal static class BucketReplication
{
    /// <summary>The replica, or null when <paramref name="region"/> may not hold one (reported on the source's scope).</summary>
    public static StorageBucket? Add(StorageBucket source, StackEnvironment environment, StorageBucketArgs args, RegionInfo region)
    {
        if (Refusal(source, environment, region) is { } refusal)
        {
            source.Report(refusal);
            return null;
        }

        var provider = RegionalProviders.For(source.Stack, environment, region.Code);
        var replica = new StorageBucket(source, "replica",
            environment with { Region = region, Zones = [.. region.Zones.Take(environment.Zones.Length)] },
            new StorageBucketArgs { Class = args.Class, Purpose = source.Purpose, ReplicaOf = source.BucketName },
            new ComponentOptions { Providers = [provider] });
        var versioning = new[] { source, replica }
            .Select(bucket => bucket.Resources.First(resource => resource.Name == "versioning"))
            .ToArray();

        environment.Realization().Replication.Replicate(source, replica, environment, versioning);
        return replica;
    }

    /// <summary>
    /// The component's own check, for every caller: the spec reader refuses such a config value
    /// itself, naming its key, and never passes it on.
    /// </summary>
    private static Diagnostic? Refusal(StorageBucket source, StackEnvironment environment, RegionInfo region)
    {
        if (region.Jurisdiction != environment.Jurisdiction)
        {
            return Diagnostic.Error(StorageCodes.CrossJurisdictionReplica, source.Path,
                $"cannot replicate {source.BucketName} from {environment.Region.Code} ({EnvironmentNames.Of(environment.Jurisdiction)}) to {region.Code} ({EnvironmentNames.Of(region.Jurisdiction)}): data stays in its jurisdiction");
        }

        if (region.Code == environment.Region.Code || region.Cloud != environment.Cloud)
        {
            return Diagnostic.Error(StorageCodes.ReplicaInSameRegion, source.Path,
                $"a replica must be in another {EnvironmentNames.Of(environment.Cloud)} region than {environment.Region.Code}, not {region.Code}");
        }

        return null;
    }
}
