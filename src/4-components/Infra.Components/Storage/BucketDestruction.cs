using Infra.Platform;

namespace Infra.Components.Storage;

/// <summary>
/// Whether <c>pulumi destroy</c> may empty a bucket: in dev, yes, so a dev stack can be torn down
/// although its buckets are versioned and hold objects; in staging and prod, never: a destroy
/// there must stop on a bucket that still holds data (and prod buckets are protected anyway).
/// </summary>
public static class BucketDestruction
{
    public static bool MayForceDestroy(StackEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return environment.Tier == Tier.Dev;
    }
}
