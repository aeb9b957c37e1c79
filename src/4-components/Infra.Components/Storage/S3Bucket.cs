using Infra.Platform.Environment;
using Infra.Platform.Facts;
using Infra.Components.Security;
using Infra.Core.Expressions;
using Infra.Core.Resources;
using Infra.Core.Values;
using Infra.Providers.Aws.S3;

namespace Infra.Components.Storage;

/// <summary>A StorageBucket on S3 (AWS and AWS China), with aws v7's separate bucket resources.</summary>
internal static class S3Bucket
{
    public static BuiltBucket Build(StorageBucket component, StackEnvironment environment, StorageBucketArgs args)
    {
        var defaults = component.Defaults;
        // A replica keeps the source's retention: S3 fails every object of a locked source whose
        // destination has no Object Lock (DstBucketObjectLockConfigMissing).
        var retention = defaults.RetentionDays;
        var bucket = new Bucket(component, "bucket", new BucketArgs
        {
            Bucket = component.BucketName,
            ForceDestroy = BucketDestruction.MayForceDestroy(environment),
            // On a replica, Object Lock is turned on by its configuration below: setting it here
            // would replace an existing replica bucket (the input forces a new bucket).
            ObjectLockEnabled = retention is null || args.ReplicaOf is not null ? null : true,
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
        if (defaults.Versioned || retention is not null)
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
            Rules = InputList.From(LifecycleRules(defaults).Select(rule => (Input<LifecycleRuleArgs>)rule)),
        }, afterVersioning);

        _ = new BucketPolicy(component, "policy", new BucketPolicyArgs
        {
            Bucket = id,
            Policy = Policy(component, environment, args, bucket).ToJson(),
        }, new ResourceOptions { DependsOn = [publicAccess] });

        if (args.AccessLogs is { } target)
        {
            _ = new BucketLogging(component, "access-logging", new BucketLoggingArgs
            {
                Bucket = id,
                TargetBucket = target.Id,
                TargetPrefix = component.BucketName + "/",
            });
        }

        if (retention is { } days)
        {
            _ = new BucketObjectLockConfiguration(component, "object-lock", new BucketObjectLockConfigurationArgs
            {
                Bucket = id,
                ObjectLockEnabled = args.ReplicaOf is null ? (Input<string>?)null : StorageServiceFacts.ObjectLockOnExistingBucket.Value,
                Rule = new ObjectLockRuleArgs { DefaultRetention = new DefaultRetentionArgs { Mode = RetentionPolicy.S3Mode, Days = days } },
            }, afterVersioning);
        }

        return new BuiltBucket(id, [bucket.Arn, Output.Format($"{bucket.Arn}/*")]);
    }

    private static IEnumerable<LifecycleRuleArgs> LifecycleRules(DataClassDefaults defaults)
    {
        var everything = new LifecycleFilterArgs();
        yield return new LifecycleRuleArgs
        {
            Id = "abort-incomplete-uploads",
            Status = "Enabled",
            Filter = everything,
            AbortIncompleteMultipartUpload = new AbortMultipartArgs { DaysAfterInitiation = DataClassDefaults.AbortIncompleteUploadsDays },
        };
        if (defaults.TransitionToInfrequentAccessDays is { } transition)
        {
            yield return new LifecycleRuleArgs
            {
                Id = "infrequent-access",
                Status = "Enabled",
                Filter = everything,
                Transitions = [new TransitionArgs { Days = transition, StorageClass = "STANDARD_IA" }],
            };
        }

        if (defaults.Versioned && defaults.NoncurrentVersionExpiryDays is { } noncurrent)
        {
            yield return new LifecycleRuleArgs
            {
                Id = "expire-old-versions",
                Status = "Enabled",
                Filter = everything,
                NoncurrentVersionExpiration = new NoncurrentExpirationArgs { NoncurrentDays = noncurrent },
            };
        }

        if (defaults.ExpiryDays is { } expiry)
        {
            yield return new LifecycleRuleArgs
            {
                Id = "expire-objects",
                Status = "Enabled",
                Filter = everything,
                Expiration = new ExpirationArgs { Days = expiry },
            };
        }
    }

    /// <summary>Deny every request not made over TLS; a log target also lets S3 deliver access logs of this organisation's buckets.</summary>
    private static PolicyDocument Policy(StorageBucket component, StackEnvironment environment, StorageBucketArgs args, Bucket bucket)
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
        if (args.IsAccessLogTarget)
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
