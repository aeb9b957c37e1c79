using Infra.Platform.Environment;
using Infra.Components.Security;
using Infra.Core.Resources;
using Infra.Core.Values;
using Infra.Providers.Alicloud.Oss;

namespace Infra.Components.Storage;

/// <summary>A StorageBucket on Alibaba Cloud OSS: inline lifecycle rules, the other settings as their own resources.</summary>
internal static class OssBucket
{
    public static BuiltBucket Build(StorageBucket component, StackEnvironment environment, StorageBucketArgs args)
    {
        var defaults = component.Defaults;
        // No WORM on a replica: object-level WORM is by invitation and not offered in every region
        // (prod-cn's replica region, cn-shanghai, is not listed), and OSS documents no failure of
        // replication into an unlocked destination (StorageServiceFacts.OssReplicaNeedsSourceWorm).
        var retention = args.ReplicaOf is null ? defaults.RetentionDays : null;
        var bucket = new Bucket(component, "bucket", new BucketArgs
        {
            Bucket = component.BucketName,
            StorageClass = "Standard",
            RedundancyType = environment.IsProd ? "ZRS" : "LRS",
            ForceDestroy = BucketDestruction.MayForceDestroy(environment),
            LifecycleRules = InputList.From(LifecycleRules(defaults).Select(rule => (Input<OssLifecycleRuleArgs>)rule)),
            Tags = component.Tags,
        }, environment.Stateful());
        var id = bucket.Id;

        BucketVersioning? versioning = null;
        if (defaults.Versioned || retention is not null)
        {
            versioning = new BucketVersioning(component, "versioning", new BucketVersioningArgs { Bucket = id, Status = "Enabled" });
        }

        _ = new BucketServerSideEncryption(component, "encryption", new BucketServerSideEncryptionArgs
        {
            Bucket = id,
            SseAlgorithm = "KMS",
            KmsMasterKeyId = component.Key!.KeyId,
        });
        _ = new BucketAcl(component, "acl", new BucketAclArgs { Bucket = id, Acl = "private" });
        var publicAccess = new BucketPublicAccessBlock(component, "public-access-block", new BucketPublicAccessBlockArgs
        {
            Bucket = id,
            BlockPublicAccess = true,
        });
        var arns = Arns(component.BucketName);
        _ = new BucketPolicy(component, "policy", new BucketPolicyArgs
        {
            Bucket = id,
            Policy = PolicyDocument.Ram(new PolicyStatement
            {
                Sid = "DenyInsecureTransport",
                Effect = PolicyStatement.Deny,
                Principal = PolicyPrincipal.AnyoneAsList,
                Actions = ["oss:*"],
                Resources = arns,
                Conditions = [new PolicyCondition("Bool", "acs:SecureTransport", "false")],
            }).ToJson(),
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
            // Object-level WORM works on versioned buckets; COMPLIANCE is its only mode (RetentionPolicy).
            _ = new BucketObjectWormConfiguration(component, "worm", new BucketObjectWormConfigurationArgs
            {
                BucketName = id,
                ObjectWormEnabled = "Enabled",
                Rule = new OssWormRuleArgs { DefaultRetention = new OssWormRetentionArgs { Mode = RetentionPolicy.OssMode, Days = days } },
            }, new ResourceOptions { DependsOn = [versioning!] });
        }

        return new BuiltBucket(id, arns);
    }

    /// <summary>RAM resource names of a bucket and its objects (OSS ARNs carry no region or account wildcard issues).</summary>
    public static System.Collections.Immutable.ImmutableArray<Input<string>> Arns(string bucketName) =>
        [$"acs:oss:*:*:{bucketName}", $"acs:oss:*:*:{bucketName}/*"];

    private static IEnumerable<OssLifecycleRuleArgs> LifecycleRules(DataClassDefaults defaults)
    {
        yield return new OssLifecycleRuleArgs
        {
            Id = "abort-incomplete-uploads",
            Enabled = true,
            Prefix = "",
            AbortMultipartUploads = [new OssDaysArgs { Days = DataClassDefaults.AbortIncompleteUploadsDays }],
        };
        if (defaults.TransitionToInfrequentAccessDays is { } transition)
        {
            yield return new OssLifecycleRuleArgs
            {
                Id = "infrequent-access",
                Enabled = true,
                Prefix = "",
                Transitions = [new OssTransitionArgs { Days = transition, StorageClass = "IA" }],
            };
        }

        if (defaults.Versioned && defaults.NoncurrentVersionExpiryDays is { } noncurrent)
        {
            yield return new OssLifecycleRuleArgs
            {
                Id = "expire-old-versions",
                Enabled = true,
                Prefix = "",
                NoncurrentVersionExpirations = [new OssNoncurrentExpirationArgs { Days = noncurrent }],
            };
        }

        if (defaults.ExpiryDays is { } expiry)
        {
            yield return new OssLifecycleRuleArgs
            {
                Id = "expire-objects",
                Enabled = true,
                Prefix = "",
                Expirations = [new OssDaysArgs { Days = expiry }],
            };
        }
    }
}
