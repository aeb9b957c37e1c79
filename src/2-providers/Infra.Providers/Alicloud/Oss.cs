using Infra.Core.Expressions;
using Infra.Core.Graph;
using Infra.Core.Resources;
using Infra.Core.Values;

namespace Infra.Providers.Alicloud.Oss;

/// <summary>
/// <c>alicloud:oss/bucket:Bucket</c>. Lifecycle rules are inline (there is no separate lifecycle
/// resource); versioning, encryption, ACL, public-access block, logging, policy, replication and
/// WORM are separate resources (the inline <c>acl</c> and <c>policy</c> are deprecated).
/// </summary>
public sealed class Bucket(Scope scope, string name, BucketArgs args, ResourceOptions? options = null)
    : CustomResource<BucketArgs>(scope, name, "alicloud:oss/bucket:Bucket", args, options)
{
    /// <summary>The bucket name (what the bucket* resources take).</summary>
    public Output<string> BucketName => GetOutput<string>("bucket");

    /// <summary>The OSS location, e.g. <c>oss-cn-shanghai</c> (what replication destinations take).</summary>
    public Output<string> Location => GetOutput<string>("location");
}

public sealed record BucketArgs : Args, ITaggableArgs
{
    public Input<string>? Bucket { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary><c>Standard</c>, <c>IA</c>, <c>Archive</c>, <c>ColdArchive</c> or <c>DeepColdArchive</c>.</summary>
    public Input<string>? StorageClass { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary><c>LRS</c> or <c>ZRS</c> (copies in several zones).</summary>
    public Input<string>? RedundancyType { get => Get<Input<string>?>(); init => Set(value); }

    public Input<bool>? ForceDestroy { get => Get<Input<bool>?>(); init => Set(value); }

    public InputList<OssLifecycleRuleArgs>? LifecycleRules { get => Get<InputList<OssLifecycleRuleArgs>>(); init => Set(value); }

    public InputMap<string>? Tags { get => Get<InputMap<string>>(); init => Set(value); }
}

public sealed record OssLifecycleRuleArgs : Args
{
    public Input<string>? Id { get => Get<Input<string>?>(); init => Set(value); }

    public required Input<bool> Enabled { get => Get<Input<bool>>(); init => Set(value); }

    /// <summary>Empty: every object.</summary>
    public Input<string>? Prefix { get => Get<Input<string>?>(); init => Set(value); }

    public InputList<OssDaysArgs>? AbortMultipartUploads { get => Get<InputList<OssDaysArgs>>(); init => Set(value); }

    public InputList<OssDaysArgs>? Expirations { get => Get<InputList<OssDaysArgs>>(); init => Set(value); }

    public InputList<OssNoncurrentExpirationArgs>? NoncurrentVersionExpirations { get => Get<InputList<OssNoncurrentExpirationArgs>>(); init => Set(value); }

    public InputList<OssTransitionArgs>? Transitions { get => Get<InputList<OssTransitionArgs>>(); init => Set(value); }
}

public sealed record OssDaysArgs : Args
{
    public Input<int>? Days { get => Get<Input<int>?>(); init => Set(value); }
}

public sealed record OssNoncurrentExpirationArgs : Args
{
    public required Input<int> Days { get => Get<Input<int>>(); init => Set(value); }
}

public sealed record OssTransitionArgs : Args
{
    public Input<int>? Days { get => Get<Input<int>?>(); init => Set(value); }

    public required Input<string> StorageClass { get => Get<Input<string>>(); init => Set(value); }
}

/// <summary><c>alicloud:oss/bucketVersioning:BucketVersioning</c>.</summary>
public sealed class BucketVersioning(Scope scope, string name, BucketVersioningArgs args, ResourceOptions? options = null)
    : CustomResource<BucketVersioningArgs>(scope, name, "alicloud:oss/bucketVersioning:BucketVersioning", args, options);

public sealed record BucketVersioningArgs : Args
{
    public required Input<string> Bucket { get => Get<Input<string>>(); init => Set(value); }

    /// <summary><c>Enabled</c> or <c>Suspended</c>.</summary>
    public Input<string>? Status { get => Get<Input<string>?>(); init => Set(value); }
}

/// <summary><c>alicloud:oss/bucketServerSideEncryption:BucketServerSideEncryption</c>.</summary>
public sealed class BucketServerSideEncryption(Scope scope, string name, BucketServerSideEncryptionArgs args, ResourceOptions? options = null)
    : CustomResource<BucketServerSideEncryptionArgs>(scope, name, "alicloud:oss/bucketServerSideEncryption:BucketServerSideEncryption", args, options);

public sealed record BucketServerSideEncryptionArgs : Args
{
    public required Input<string> Bucket { get => Get<Input<string>>(); init => Set(value); }

    /// <summary><c>KMS</c> or <c>AES256</c>.</summary>
    public required Input<string> SseAlgorithm { get => Get<Input<string>>(); init => Set(value); }

    public Input<string>? KmsMasterKeyId { get => Get<Input<string>?>(); init => Set(value); }
}

/// <summary><c>alicloud:oss/bucketAcl:BucketAcl</c>.</summary>
public sealed class BucketAcl(Scope scope, string name, BucketAclArgs args, ResourceOptions? options = null)
    : CustomResource<BucketAclArgs>(scope, name, "alicloud:oss/bucketAcl:BucketAcl", args, options);

public sealed record BucketAclArgs : Args
{
    public required Input<string> Bucket { get => Get<Input<string>>(); init => Set(value); }

    /// <summary><c>private</c>, <c>public-read</c> or <c>public-read-write</c>.</summary>
    public required Input<string> Acl { get => Get<Input<string>>(); init => Set(value); }
}

/// <summary><c>alicloud:oss/bucketPublicAccessBlock:BucketPublicAccessBlock</c>.</summary>
public sealed class BucketPublicAccessBlock(Scope scope, string name, BucketPublicAccessBlockArgs args, ResourceOptions? options = null)
    : CustomResource<BucketPublicAccessBlockArgs>(scope, name, "alicloud:oss/bucketPublicAccessBlock:BucketPublicAccessBlock", args, options);

public sealed record BucketPublicAccessBlockArgs : Args
{
    public required Input<string> Bucket { get => Get<Input<string>>(); init => Set(value); }

    public required Input<bool> BlockPublicAccess { get => Get<Input<bool>>(); init => Set(value); }
}

/// <summary><c>alicloud:oss/bucketLogging:BucketLogging</c>.</summary>
public sealed class BucketLogging(Scope scope, string name, BucketLoggingArgs args, ResourceOptions? options = null)
    : CustomResource<BucketLoggingArgs>(scope, name, "alicloud:oss/bucketLogging:BucketLogging", args, options);

public sealed record BucketLoggingArgs : Args
{
    public required Input<string> Bucket { get => Get<Input<string>>(); init => Set(value); }

    public required Input<string> TargetBucket { get => Get<Input<string>>(); init => Set(value); }

    public Input<string>? TargetPrefix { get => Get<Input<string>?>(); init => Set(value); }
}

/// <summary><c>alicloud:oss/bucketPolicy:BucketPolicy</c>.</summary>
public sealed class BucketPolicy(Scope scope, string name, BucketPolicyArgs args, ResourceOptions? options = null)
    : CustomResource<BucketPolicyArgs>(scope, name, "alicloud:oss/bucketPolicy:BucketPolicy", args, options);

public sealed record BucketPolicyArgs : Args
{
    public required Input<string> Bucket { get => Get<Input<string>>(); init => Set(value); }

    /// <summary>A JSON policy document (version "1").</summary>
    public required Input<string> Policy { get => Get<Input<string>>(); init => Set(value); }
}

/// <summary><c>alicloud:oss/bucketReplication:BucketReplication</c>.</summary>
public sealed class BucketReplication(Scope scope, string name, BucketReplicationArgs args, ResourceOptions? options = null)
    : CustomResource<BucketReplicationArgs>(scope, name, "alicloud:oss/bucketReplication:BucketReplication", args, options);

public sealed record BucketReplicationArgs : Args
{
    public required Input<string> Bucket { get => Get<Input<string>>(); init => Set(value); }

    public required Input<OssReplicationDestinationArgs> Destination { get => Get<Input<OssReplicationDestinationArgs>>(); init => Set(value); }

    /// <summary><c>ALL</c> or <c>PUT</c>.</summary>
    public Input<string>? Action { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary><c>enabled</c> or <c>disabled</c>.</summary>
    public Input<string>? HistoricalObjectReplication { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary>The RAM role OSS uses to replicate (needed for KMS-encrypted objects).</summary>
    public Input<string>? SyncRole { get => Get<Input<string>?>(); init => Set(value); }

    public Input<OssReplicaEncryptionArgs>? EncryptionConfiguration { get => Get<Input<OssReplicaEncryptionArgs>?>(); init => Set(value); }

    public Input<OssSourceSelectionArgs>? SourceSelectionCriteria { get => Get<Input<OssSourceSelectionArgs>?>(); init => Set(value); }
}

public sealed record OssReplicaEncryptionArgs : Args
{
    public required Input<string> ReplicaKmsKeyId { get => Get<Input<string>>(); init => Set(value); }
}

public sealed record OssSourceSelectionArgs : Args
{
    public Input<OssStatusArgs>? SseKmsEncryptedObjects { get => Get<Input<OssStatusArgs>?>(); init => Set(value); }
}

public sealed record OssStatusArgs : Args
{
    /// <summary><c>Enabled</c> or <c>Disabled</c>.</summary>
    public Input<string>? Status { get => Get<Input<string>?>(); init => Set(value); }
}

public sealed record OssReplicationDestinationArgs : Args
{
    public required Input<string> Bucket { get => Get<Input<string>>(); init => Set(value); }

    /// <summary>The destination's OSS location, e.g. <c>oss-cn-shanghai</c>.</summary>
    public required Input<string> Location { get => Get<Input<string>>(); init => Set(value); }
}

/// <summary><c>alicloud:oss/bucketObjectWormConfiguration:BucketObjectWormConfiguration</c>: object-level retention (works with versioning).</summary>
public sealed class BucketObjectWormConfiguration(Scope scope, string name, BucketObjectWormConfigurationArgs args, ResourceOptions? options = null)
    : CustomResource<BucketObjectWormConfigurationArgs>(scope, name, "alicloud:oss/bucketObjectWormConfiguration:BucketObjectWormConfiguration", args, options);

public sealed record BucketObjectWormConfigurationArgs : Args
{
    /// <summary>This resource names its bucket <c>bucketName</c>, unlike the others.</summary>
    public required Input<string> BucketName { get => Get<Input<string>>(); init => Set(value); }

    /// <summary><c>Enabled</c> (a string).</summary>
    public required Input<string> ObjectWormEnabled { get => Get<Input<string>>(); init => Set(value); }

    public Input<OssWormRuleArgs>? Rule { get => Get<Input<OssWormRuleArgs>?>(); init => Set(value); }
}

public sealed record OssWormRuleArgs : Args
{
    public Input<OssWormRetentionArgs>? DefaultRetention { get => Get<Input<OssWormRetentionArgs>?>(); init => Set(value); }
}

public sealed record OssWormRetentionArgs : Args
{
    /// <summary><c>COMPLIANCE</c> (the provider's example and documented mode).</summary>
    public Input<string>? Mode { get => Get<Input<string>?>(); init => Set(value); }

    public Input<int>? Days { get => Get<Input<int>?>(); init => Set(value); }
}
