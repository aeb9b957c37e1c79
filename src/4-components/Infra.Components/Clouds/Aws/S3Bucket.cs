using Infra.Components.Storage;
using Infra.Providers.Aws.S3;

namespace Infra.Components.Clouds.Aws;

/// <summary>A <see cref="StorageBucket"/> on S3 (AWS and AWS China), with aws v7's separate bucket resources.</summary>
internal sealed class S3Bucket : IBucketRealization
{
    /// <summary>S3 cannot deliver server access logs to a bucket encrypted with SSE-KMS: a log target uses SSE-S3.</summary>
    public bool AccessLogTargetTakesKms => false;

    public BucketActions Actions { get; } = new("s3:ListBucket", "s3:GetObject", "s3:PutObject", "s3:DeleteObject");

    public IEnumerable<string> NameViolations(string name) => S3BucketNames.Violations(name);

    public BuiltBucket Build(StorageBucket component, StackEnvironment environment, BucketPlan plan)
    {
        // A replica keeps the source's retention: S3 fails every object of a locked source whose
        // destination has no Object Lock (DstBucketObjectLockConfigMissing).
        var retention = plan.RetentionDays;
        var bucket = new Bucket(component, "bucket", new BucketArgs
        {
            Bucket = component.BucketName,
            ForceDestroy = plan.ForceDestroy,
            // On a replica, Object Lock is turned on by its configuration below: setting it here
            // would replace an existing replica bucket (the input forces a new bucket).
            ObjectLockEnabled = retention is null || plan.IsReplica ? null : true,
            Tags = component.Tags,
        }, environment.Stateful());
        var id = bucket.Id;

        _ = new BucketOwnershipControls(component, "ownership", new BucketOwnershipControlsArgs
        {
            Bucket = id,
            Rule = new OwnershipRuleArgs { ObjectOwnership = "BucketOwnerEnforced" },
        });
        var publicAccess = new BucketPublicAccessBlock(component, "public-access-block", new BucketPublicAccessBlockArgs
        {
            Bucket = id,
            BlockPublicAcls = true,
            BlockPublicPolicy = true,
            IgnorePublicAcls = true,
            RestrictPublicBuckets = true,
        });
        _ = new BucketServerSideEncryptionConfiguration(component, "encryption", new BucketServerSideEncryptionConfigurationArgs
        {
            Bucket = id,
            Rules =
            [
                component.Key is { } key
                    ? new EncryptionRuleArgs
                    {
                        ApplyServerSideEncryptionByDefault = new EncryptionByDefaultArgs { SseAlgorithm = "aws:kms", KmsMasterKeyId = key.KeyArn },
                        BucketKeyEnabled = true,
                    }
                    : new EncryptionRuleArgs { ApplyServerSideEncryptionByDefault = new EncryptionByDefaultArgs { SseAlgorithm = "AES256" } },
            ],
        });

        BucketVersioning? versioning = null;
        if (plan.Versioned || retention is not null)
        {
            versioning = new BucketVersioning(component, "versioning", new BucketVersioningArgs
            {
                Bucket = id,
                VersioningConfiguration = new VersioningConfigurationArgs { Status = "Enabled" },
            });
        }

        var afterVersioning = versioning is null ? ResourceOptions.None : new ResourceOptions { DependsOn = [versioning] };
        _ = new BucketLifecycleConfiguration(component, "lifecycle", new BucketLifecycleConfigurationArgs
        {
            Bucket = id,
            Rules = InputList.From(plan.Lifecycle.Select(rule => (Input<LifecycleRuleArgs>)Translate(rule))),
        }, afterVersioning);

        _ = new BucketPolicy(component, "policy", new BucketPolicyArgs
        {
            Bucket = id,
            Policy = Policy(component, environment, plan, bucket).ToJson(),
        }, new ResourceOptions { DependsOn = [publicAccess] });

        if (plan.AccessLogs is { } target)
        {
            _ = new BucketLogging(component, "access-logging", new BucketLoggingArgs
            {
                Bucket = id,
                TargetBucket = target.Bucket,
                TargetPrefix = target.Prefix,
            });
        }

        if (retention is { } days)
        {
            _ = new BucketObjectLockConfiguration(component, "object-lock", new BucketObjectLockConfigurationArgs
            {
                Bucket = id,
                ObjectLockEnabled = plan.IsReplica ? StorageServiceFacts.ObjectLockOnExistingBucket.Value : (Input<string>?)null,
                Rule = new ObjectLockRuleArgs { DefaultRetention = new DefaultRetentionArgs { Mode = RetentionPolicy.S3Mode, Days = days } },
            }, afterVersioning);
        }

        return new BuiltBucket(id, [bucket.Arn, Output.Format($"{bucket.Arn}/*")]);
    }

    /// <summary>One rule of the plan in S3's words.</summary>
    private static LifecycleRuleArgs Translate(LifecycleRule rule)
    {
        // An empty filter: the rule applies to every object.
        var everything = new LifecycleRuleArgs { Id = rule.Id, Status = "Enabled", Filter = new LifecycleFilterArgs() };
        return rule.Action switch
        {
            LifecycleAction.AbortIncompleteUploads => everything with { AbortIncompleteMultipartUpload = new AbortMultipartArgs { DaysAfterInitiation = rule.Days } },
            LifecycleAction.TransitionToInfrequentAccess => everything with { Transitions = [new TransitionArgs { Days = rule.Days, StorageClass = "STANDARD_IA" }] },
            LifecycleAction.ExpireNoncurrentVersions => everything with { NoncurrentVersionExpiration = new NoncurrentExpirationArgs { NoncurrentDays = rule.Days } },
            LifecycleAction.ExpireObjects => everything with { Expiration = new ExpirationArgs { Days = rule.Days } },
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule.Action, null),
        };
    }

    /// <summary>Deny every request not made over TLS; a log target also lets S3 deliver access logs of this organisation's buckets.</summary>
    private static PolicyDocument Policy(StorageBucket component, StackEnvironment environment, BucketPlan plan, Bucket bucket)
    {
        var statements = new List<PolicyStatement>
        {
            new()
            {
                Sid = "DenyInsecureTransport",
                Effect = PolicyStatement.Deny,
                Principal = PolicyPrincipal.Anyone,
                Actions = ["s3:*"],
                Resources = [bucket.Arn, Output.Format($"{bucket.Arn}/*")],
                Conditions = [new PolicyCondition("Bool", "aws:SecureTransport", "false")],
            },
        };
        if (plan.IsAccessLogTarget)
        {
            statements.Add(new PolicyStatement
            {
                Sid = "AllowServerAccessLogDelivery",
                Principal = PolicyPrincipal.Service(StorageServiceFacts.S3LogDeliveryPrincipal),
                Actions = ["s3:PutObject"],
                Resources = [Output.Format($"{bucket.Arn}/*")],
                Conditions =
                [
                    new PolicyCondition("ArnLike", "aws:SourceArn", $"arn:{environment.Region.Partition}:s3:::{environment.OrgPrefix}-*"),
                    new PolicyCondition("StringEquals", "aws:SourceAccount", AwsAccount.Id(component)),
                ],
            });
        }

        return PolicyDocument.Aws([.. statements]);
    }
}
