namespace Infra.Components.Storage;

/// <summary>What one lifecycle rule does once its days have passed.</summary>
public enum LifecycleAction
{
    /// <summary>Abort multipart uploads left incomplete.</summary>
    AbortIncompleteUploads,

    /// <summary>Move objects to the infrequent-access storage class.</summary>
    TransitionToInfrequentAccess,

    /// <summary>Delete versions that are no longer current.</summary>
    ExpireNoncurrentVersions,

    /// <summary>Delete the objects themselves.</summary>
    ExpireObjects,
}

/// <summary>One lifecycle rule of a bucket, applied to every object.</summary>
public sealed record LifecycleRule(string Id, LifecycleAction Action, int Days);

/// <summary>The lifecycle plan of a data class: the same rules, in the same order, on every cloud.</summary>
public static class BucketLifecycle
{
    public static IReadOnlyList<LifecycleRule> Plan(DataClassDefaults defaults)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        var rules = new List<LifecycleRule>
        {
            new("abort-incomplete-uploads", LifecycleAction.AbortIncompleteUploads, DataClassDefaults.AbortIncompleteUploadsDays),
        };
        if (defaults.TransitionToInfrequentAccessDays is { } transition)
        {
            rules.Add(new("infrequent-access", LifecycleAction.TransitionToInfrequentAccess, transition));
        }

        if (defaults.Versioned && defaults.NoncurrentVersionExpiryDays is { } noncurrent)
        {
            rules.Add(new("expire-old-versions", LifecycleAction.ExpireNoncurrentVersions, noncurrent));
        }

        if (defaults.ExpiryDays is { } expiry)
        {
            rules.Add(new("expire-objects", LifecycleAction.ExpireObjects, expiry));
        }

        return rules;
    }
}
