using Infra.Components.Clouds;
using Infra.Components.Storage;

namespace Infra.Components.Tests;

/// <summary>The storage half of the cloud seam: every cloud realizes it, and the neutral decisions stay neutral.</summary>
public class StorageRealizationTests
{
    [Theory]
    [InlineData(Cloud.Aws)]
    [InlineData(Cloud.AwsChina)]
    [InlineData(Cloud.Alicloud)]
    public void Every_cloud_realizes_buckets_keys_workload_identity_and_replication(Cloud cloud)
    {
        var realization = CloudRealizations.For(cloud);

        Assert.NotNull(realization.Bucket);
        Assert.NotNull(realization.Key);
        Assert.NotNull(realization.WorkloadIdentity);
        Assert.NotNull(realization.Replication);
    }

    [Theory]
    [InlineData(Cloud.Aws, false)]
    [InlineData(Cloud.AwsChina, false)]
    [InlineData(Cloud.Alicloud, true)]
    public void Only_s3_keeps_a_kms_key_off_an_access_log_target(Cloud cloud, bool takesKms) =>
        Assert.Equal(takesKms, CloudRealizations.For(cloud).Bucket.AccessLogTargetTakesKms);

    [Fact]
    public void The_lifecycle_plan_follows_the_data_class_in_one_order_for_every_cloud()
    {
        var checkpoints = BucketLifecycle.Plan(DataClassDefaults.For(DataClass.Checkpoints, Tier.Dev));
        var logs = BucketLifecycle.Plan(DataClassDefaults.For(DataClass.Logs, Tier.Prod));

        Assert.Equal(
            [
                new LifecycleRule("abort-incomplete-uploads", LifecycleAction.AbortIncompleteUploads, 7),
                new LifecycleRule("infrequent-access", LifecycleAction.TransitionToInfrequentAccess, 30),
                new LifecycleRule("expire-old-versions", LifecycleAction.ExpireNoncurrentVersions, 3),
                new LifecycleRule("expire-objects", LifecycleAction.ExpireObjects, 30),
            ],
            checkpoints);
        // Logs are not versioned: no rule for old versions.
        Assert.Equal(["abort-incomplete-uploads", "infrequent-access", "expire-objects"], logs.Select(rule => rule.Id));
    }
}
