using Infra.Core.Expressions;
using Infra.Core.Graph;
using Infra.Core.Resources;
using Infra.Core.Values;

namespace Infra.Providers.Aws.S3;

/// <summary>
/// <c>aws:s3/bucket:Bucket</c>: the current S3 bucket of aws v7. Its inline versioning, encryption,
/// lifecycle, logging, policy and replication inputs are deprecated: each has its own resource below.
/// </summary>
public sealed class Bucket(Scope scope, string name, BucketArgs args, ResourceOptions? options = null)
    : CustomResource<BucketArgs>(scope, name, "aws:s3/bucket:Bucket", args, options)
{
    public Output<string> Arn => GetOutput<string>("arn");

    /// <summary>The bucket name (what the sub-resources take).</summary>
    public Output<string> BucketName => GetOutput<string>("bucket");
}

public sealed record BucketArgs : Args, ITaggableArgs
{
    /// <summary>The globally unique name; set it, so the name is stable.</summary>
    public Input<string>? Bucket { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary>Deleting a non-empty bucket fails unless this is true: keep it false.</summary>
    public Input<bool>? ForceDestroy { get => Get<Input<bool>?>(); init => Set(value); }

    /// <summary>Object Lock can only be turned on when the bucket is created.</summary>
    public Input<bool>? ObjectLockEnabled { get => Get<Input<bool>?>(); init => Set(value); }

    public InputMap<string>? Tags { get => Get<InputMap<string>>(); init => Set(value); }
}

/// <summary><c>aws:s3/bucketVersioning:BucketVersioning</c>.</summary>
public sealed class BucketVersioning(Scope scope, string name, BucketVersioningArgs args, ResourceOptions? options = null)
    : CustomResource<BucketVersioningArgs>(scope, name, "aws:s3/bucketVersioning:BucketVersioning", args, options);

public sealed record BucketVersioningArgs : Args
{
    public required Input<string> Bucket { get => Get<Input<string>>(); init => Set(value); }

    public required Input<VersioningConfigurationArgs> VersioningConfiguration { get => Get<Input<VersioningConfigurationArgs>>(); init => Set(value); }
}

public sealed record VersioningConfigurationArgs : Args
{
    /// <summary><c>Enabled</c>, <c>Suspended</c> or <c>Disabled</c>.</summary>
    public required Input<string> Status { get => Get<Input<string>>(); init => Set(value); }
}

/// <summary><c>aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration</c>.</summary>
public sealed class BucketServerSideEncryptionConfiguration(Scope scope, string name, BucketServerSideEncryptionConfigurationArgs args, ResourceOptions? options = null)
    : CustomResource<BucketServerSideEncryptionConfigurationArgs>(scope, name, "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration", args, options);

public sealed record BucketServerSideEncryptionConfigurationArgs : Args
{
    public required Input<string> Bucket { get => Get<Input<string>>(); init => Set(value); }

    public required InputList<EncryptionRuleArgs> Rules { get => Get<InputList<EncryptionRuleArgs>>()!; init => Set(value); }
}

public sealed record EncryptionRuleArgs : Args
{
    public Input<EncryptionByDefaultArgs>? ApplyServerSideEncryptionByDefault { get => Get<Input<EncryptionByDefaultArgs>?>(); init => Set(value); }

    /// <summary>S3 Bucket Keys cut KMS calls (and cost) by reusing a data key per bucket.</summary>
    public Input<bool>? BucketKeyEnabled { get => Get<Input<bool>?>(); init => Set(value); }
}

public sealed record EncryptionByDefaultArgs : Args
{
    /// <summary><c>AES256</c>, <c>aws:kms</c> or <c>aws:kms:dsse</c>.</summary>
    public required Input<string> SseAlgorithm { get => Get<Input<string>>(); init => Set(value); }

    public Input<string>? KmsMasterKeyId { get => Get<Input<string>?>(); init => Set(value); }
}

/// <summary><c>aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock</c>.</summary>
public sealed class BucketPublicAccessBlock(Scope scope, string name, BucketPublicAccessBlockArgs args, ResourceOptions? options = null)
    : CustomResource<BucketPublicAccessBlockArgs>(scope, name, "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", args, options);

public sealed record BucketPublicAccessBlockArgs : Args
{
    public required Input<string> Bucket { get => Get<Input<string>>(); init => Set(value); }

    public Input<bool>? BlockPublicAcls { get => Get<Input<bool>?>(); init => Set(value); }

    public Input<bool>? BlockPublicPolicy { get => Get<Input<bool>?>(); init => Set(value); }

    public Input<bool>? IgnorePublicAcls { get => Get<Input<bool>?>(); init => Set(value); }

    public Input<bool>? RestrictPublicBuckets { get => Get<Input<bool>?>(); init => Set(value); }
}

/// <summary><c>aws:s3/bucketOwnershipControls:BucketOwnershipControls</c>.</summary>
public sealed class BucketOwnershipControls(Scope scope, string name, BucketOwnershipControlsArgs args, ResourceOptions? options = null)
    : CustomResource<BucketOwnershipControlsArgs>(scope, name, "aws:s3/bucketOwnershipControls:BucketOwnershipControls", args, options);

public sealed record BucketOwnershipControlsArgs : Args
{
    public required Input<string> Bucket { get => Get<Input<string>>(); init => Set(value); }

    public required Input<OwnershipRuleArgs> Rule { get => Get<Input<OwnershipRuleArgs>>(); init => Set(value); }
}

public sealed record OwnershipRuleArgs : Args
{
    /// <summary><c>BucketOwnerEnforced</c> (ACLs off), <c>BucketOwnerPreferred</c> or <c>ObjectWriter</c>.</summary>
    public required Input<string> ObjectOwnership { get => Get<Input<string>>(); init => Set(value); }
}

/// <summary><c>aws:s3/bucketPolicy:BucketPolicy</c>.</summary>
public sealed class BucketPolicy(Scope scope, string name, BucketPolicyArgs args, ResourceOptions? options = null)
    : CustomResource<BucketPolicyArgs>(scope, name, "aws:s3/bucketPolicy:BucketPolicy", args, options);

public sealed record BucketPolicyArgs : Args
{
    public required Input<string> Bucket { get => Get<Input<string>>(); init => Set(value); }

    /// <summary>A JSON policy document: use <c>PolicyDocument.ToJson()</c>.</summary>
    public required Input<string> Policy { get => Get<Input<string>>(); init => Set(value); }
}

/// <summary><c>aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration</c>.</summary>
public sealed class BucketLifecycleConfiguration(Scope scope, string name, BucketLifecycleConfigurationArgs args, ResourceOptions? options = null)
    : CustomResource<BucketLifecycleConfigurationArgs>(scope, name, "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration", args, options);

public sealed record BucketLifecycleConfigurationArgs : Args
{
    public required Input<string> Bucket { get => Get<Input<string>>(); init => Set(value); }

    public InputList<LifecycleRuleArgs>? Rules { get => Get<InputList<LifecycleRuleArgs>>(); init => Set(value); }
}

public sealed record LifecycleRuleArgs : Args
{
    public required Input<string> Id { get => Get<Input<string>>(); init => Set(value); }

    /// <summary><c>Enabled</c> or <c>Disabled</c>.</summary>
    public required Input<string> Status { get => Get<Input<string>>(); init => Set(value); }

    /// <summary>An empty filter applies the rule to every object.</summary>
    public Input<LifecycleFilterArgs>? Filter { get => Get<Input<LifecycleFilterArgs>?>(); init => Set(value); }

    public Input<AbortMultipartArgs>? AbortIncompleteMultipartUpload { get => Get<Input<AbortMultipartArgs>?>(); init => Set(value); }

    public Input<ExpirationArgs>? Expiration { get => Get<Input<ExpirationArgs>?>(); init => Set(value); }

    public Input<NoncurrentExpirationArgs>? NoncurrentVersionExpiration { get => Get<Input<NoncurrentExpirationArgs>?>(); init => Set(value); }

    public InputList<TransitionArgs>? Transitions { get => Get<InputList<TransitionArgs>>(); init => Set(value); }
}

public sealed record LifecycleFilterArgs : Args
{
    public Input<string>? Prefix { get => Get<Input<string>?>(); init => Set(value); }
}

public sealed record AbortMultipartArgs : Args
{
    public Input<int>? DaysAfterInitiation { get => Get<Input<int>?>(); init => Set(value); }
}

public sealed record ExpirationArgs : Args
{
    public Input<int>? Days { get => Get<Input<int>?>(); init => Set(value); }
}

public sealed record NoncurrentExpirationArgs : Args
{
    public required Input<int> NoncurrentDays { get => Get<Input<int>>(); init => Set(value); }
}

public sealed record TransitionArgs : Args
{
    public Input<int>? Days { get => Get<Input<int>?>(); init => Set(value); }

    /// <summary><c>STANDARD_IA</c>, <c>INTELLIGENT_TIERING</c>, <c>GLACIER_IR</c>, … (S3 storage classes).</summary>
    public required Input<string> StorageClass { get => Get<Input<string>>(); init => Set(value); }
}

/// <summary><c>aws:s3/bucketLogging:BucketLogging</c>: server access logs to another bucket.</summary>
public sealed class BucketLogging(Scope scope, string name, BucketLoggingArgs args, ResourceOptions? options = null)
    : CustomResource<BucketLoggingArgs>(scope, name, "aws:s3/bucketLogging:BucketLogging", args, options);

public sealed record BucketLoggingArgs : Args
{
    public required Input<string> Bucket { get => Get<Input<string>>(); init => Set(value); }

    public required Input<string> TargetBucket { get => Get<Input<string>>(); init => Set(value); }

    public required Input<string> TargetPrefix { get => Get<Input<string>>(); init => Set(value); }
}

/// <summary><c>aws:s3/bucketReplicationConfig:BucketReplicationConfig</c> (note: "Config", not "Configuration").</summary>
public sealed class BucketReplicationConfig(Scope scope, string name, BucketReplicationConfigArgs args, ResourceOptions? options = null)
    : CustomResource<BucketReplicationConfigArgs>(scope, name, "aws:s3/bucketReplicationConfig:BucketReplicationConfig", args, options);

public sealed record BucketReplicationConfigArgs : Args
{
    public required Input<string> Bucket { get => Get<Input<string>>(); init => Set(value); }

    /// <summary>The ARN of the role S3 assumes to replicate.</summary>
    public required Input<string> Role { get => Get<Input<string>>(); init => Set(value); }

    public required InputList<ReplicationRuleArgs> Rules { get => Get<InputList<ReplicationRuleArgs>>()!; init => Set(value); }
}

public sealed record ReplicationRuleArgs : Args
{
    public Input<string>? Id { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary><c>Enabled</c> or <c>Disabled</c>.</summary>
    public required Input<string> Status { get => Get<Input<string>>(); init => Set(value); }

    public Input<ReplicationFilterArgs>? Filter { get => Get<Input<ReplicationFilterArgs>?>(); init => Set(value); }

    public Input<StatusArgs>? DeleteMarkerReplication { get => Get<Input<StatusArgs>?>(); init => Set(value); }

    public Input<SourceSelectionArgs>? SourceSelectionCriteria { get => Get<Input<SourceSelectionArgs>?>(); init => Set(value); }

    public required Input<ReplicationDestinationArgs> Destination { get => Get<Input<ReplicationDestinationArgs>>(); init => Set(value); }
}

public sealed record ReplicationFilterArgs : Args
{
    public Input<string>? Prefix { get => Get<Input<string>?>(); init => Set(value); }
}

public sealed record StatusArgs : Args
{
    public required Input<string> Status { get => Get<Input<string>>(); init => Set(value); }
}

public sealed record SourceSelectionArgs : Args
{
    public Input<StatusArgs>? SseKmsEncryptedObjects { get => Get<Input<StatusArgs>?>(); init => Set(value); }
}

public sealed record ReplicationDestinationArgs : Args
{
    /// <summary>The destination bucket's <b>ARN</b>.</summary>
    public required Input<string> Bucket { get => Get<Input<string>>(); init => Set(value); }

    public Input<ReplicaEncryptionArgs>? EncryptionConfiguration { get => Get<Input<ReplicaEncryptionArgs>?>(); init => Set(value); }

    /// <summary>Replication metrics (and failure events) for the rule; without <c>replicationTime</c>, give no event threshold (S3 refuses it).</summary>
    public Input<ReplicationMetricsArgs>? Metrics { get => Get<Input<ReplicationMetricsArgs>?>(); init => Set(value); }

    public Input<string>? StorageClass { get => Get<Input<string>?>(); init => Set(value); }
}

public sealed record ReplicationMetricsArgs : Args
{
    /// <summary><c>Enabled</c> or <c>Disabled</c>.</summary>
    public required Input<string> Status { get => Get<Input<string>>(); init => Set(value); }
}

public sealed record ReplicaEncryptionArgs : Args
{
    public required Input<string> ReplicaKmsKeyId { get => Get<Input<string>>(); init => Set(value); }
}

/// <summary><c>aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration</c>; the bucket needs <c>objectLockEnabled</c>.</summary>
public sealed class BucketObjectLockConfiguration(Scope scope, string name, BucketObjectLockConfigurationArgs args, ResourceOptions? options = null)
    : CustomResource<BucketObjectLockConfigurationArgs>(scope, name, "aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration", args, options);

public sealed record BucketObjectLockConfigurationArgs : Args
{
    public required Input<string> Bucket { get => Get<Input<string>>(); init => Set(value); }

    /// <summary><c>Enabled</c> (the only value, and the default): turns Object Lock on, also on an existing versioned bucket.</summary>
    public Input<string>? ObjectLockEnabled { get => Get<Input<string>?>(); init => Set(value); }

    public Input<ObjectLockRuleArgs>? Rule { get => Get<Input<ObjectLockRuleArgs>?>(); init => Set(value); }
}

public sealed record ObjectLockRuleArgs : Args
{
    public required Input<DefaultRetentionArgs> DefaultRetention { get => Get<Input<DefaultRetentionArgs>>(); init => Set(value); }
}

public sealed record DefaultRetentionArgs : Args
{
    /// <summary><c>GOVERNANCE</c> (privileged users may override) or <c>COMPLIANCE</c> (nobody may).</summary>
    public Input<string>? Mode { get => Get<Input<string>?>(); init => Set(value); }

    public Input<int>? Days { get => Get<Input<int>?>(); init => Set(value); }
}
