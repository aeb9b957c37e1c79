namespace Infra.Components.Storage;

/// <summary>
/// A bucket for ML data with its data class's defaults and the platform's security defaults:
/// a customer-managed KMS key of its own, all public access blocked, TLS-only, access logs to the
/// stack's log bucket, lifecycle rules, versioning, retention for artifacts in prod, and in prod
/// protection of the bucket and its key. Realized as S3 (AWS, AWS China) or OSS (Alibaba Cloud).
/// </summary>
public sealed class StorageBucket : Component
{
    public StorageBucket(Scope parent, string name, StackEnvironment environment, StorageBucketArgs args, ComponentOptions? options = null)
        : base(parent, name, options)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(args);
        Class = args.Class;
        Purpose = args.Purpose ?? DataClassDefaults.NameOf(args.Class);
        Defaults = DataClassDefaults.For(args.Class, environment.Tier);
        BucketName = BucketNames.For(environment, Purpose);
        // Reported, not thrown: the bucket is still built, so one run shows every problem.
        Report(BucketNames.Violations(BucketName, environment.Cloud)
            .Select(rule => Diagnostic.Error(StorageCodes.InvalidBucketName, Path, $"bucket name '{BucketName}' {rule}")));

        Tags = InputMap.From(environment.Tags.For(Path,
        [
            KeyValuePair.Create(StandardTags.DataClassificationKey, Defaults.Classification),
            KeyValuePair.Create("data-class", DataClassDefaults.NameOf(args.Class)),
            .. args.ReplicaOf is null ? [] : new[] { KeyValuePair.Create("replica-of", args.ReplicaOf) },
        ]));

        var cloud = environment.Realization();
        var usesKms = !args.IsAccessLogTarget || cloud.Bucket.AccessLogTargetTakesKms;
        if (usesKms)
        {
            Key = new EncryptionKey(this, "kms", environment, new EncryptionKeyArgs
            {
                Purpose = Purpose + (args.ReplicaOf is null ? "" : "-replica"),
                Description = $"ml-platform {environment.StackName}: encrypts bucket {BucketName}",
            });
        }

        var built = cloud.Bucket.Build(this, environment, new BucketPlan
        {
            Versioned = Defaults.Versioned,
            RetentionDays = Defaults.RetentionDays,
            Lifecycle = BucketLifecycle.Plan(Defaults),
            AccessLogs = args.AccessLogs is { } target ? new BucketLogTarget(target.Id, BucketName + "/") : null,
            IsAccessLogTarget = args.IsAccessLogTarget,
            IsReplica = args.ReplicaOf is not null,
            ForceDestroy = BucketDestruction.MayForceDestroy(environment),
        });
        Id = built.Id;
        ResourceArns = built.ResourceArns;

        if (args.Replica is { } replicaRegion)
        {
            Replica = BucketReplication.Add(this, environment, args, replicaRegion);
        }
    }

    public DataClass Class { get; }

    public string Purpose { get; }

    public DataClassDefaults Defaults { get; }

    /// <summary>The bucket's globally unique name, known before deployment.</summary>
    public string BucketName { get; }

    /// <summary>The bucket as the cloud knows it (its name, as an output so dependents wait for it).</summary>
    public Output<string> Id { get; }

    /// <summary>What access policies grant on: the bucket and its objects.</summary>
    public ImmutableArray<Input<string>> ResourceArns { get; }

    /// <summary>The bucket's own KMS key (none for an S3 access-log target, which must use SSE-S3).</summary>
    public EncryptionKey? Key { get; }

    /// <summary>The replica in another region of the same jurisdiction, if any (none when its region was refused).</summary>
    public StorageBucket? Replica { get; }

    internal InputMap<string> Tags { get; }
}
