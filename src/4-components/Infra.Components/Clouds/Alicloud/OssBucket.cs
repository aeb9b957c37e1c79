using Infra.Components.Storage;
using Infra.Providers.Alicloud.Oss;

namespace Infra.Components.Clouds.Alicloud;

/// <summary>A <see cref="StorageBucket"/> on Alibaba Cloud OSS: inline lifecycle rules, the other settings as their own resources.</summary>
internal sealed class OssBucket : IBucketRealization
{
    /// <summary>The log bucket keeps a key of its own, as every bucket does: the SSE-S3 restriction is S3's.</summary>
    public bool AccessLogTargetTakesKms => true;

    public BucketActions Actions { get; } = new("oss:ListObjects", "oss:GetObject", "oss:PutObject", "oss:DeleteObject");

    public IEnumerable<string> NameViolations(string name) => OssBucketNames.Violations(name);

    public BuiltBucket Build(StorageBucket component, StackEnvironment environment, BucketPlan plan)
    {
        // No WORM on a replica: object-level WORM is by invitation and not offered in every region
        // (prod-cn's replica region, cn-shanghai, is not listed), and OSS documents no failure of
        // replication into an unlocked destination (StorageServiceFacts.OssReplicaNeedsSourceWorm).
        var retention = plan.IsReplica ? null : plan.RetentionDays;
        var bucket = new Bucket(component, "bucket", new BucketArgs
        {
            Bucket = component.BucketName,
            StorageClass = "Standard",
            RedundancyType = environment.IsProd ? "ZRS" : "LRS",
            ForceDestroy = plan.ForceDestroy,
            LifecycleRules = InputList.From(plan.Lifecycle.Select(rule => (Input<OssLifecycleRuleArgs>)Translate(rule))),
            Tags = component.Tags,
        }, environment.Stateful());
        var id = bucket.Id;

        BucketVersioning? versioning = null;
        if (plan.Versioned || retention is not null)
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
    private static ImmutableArray<Input<string>> Arns(string bucketName) =>
        [$"acs:oss:*:*:{bucketName}", $"acs:oss:*:*:{bucketName}/*"];

    /// <summary>One rule of the plan in OSS's words.</summary>
    private static OssLifecycleRuleArgs Translate(LifecycleRule rule)
    {
        // An empty prefix: the rule applies to every object.
        var everything = new OssLifecycleRuleArgs { Id = rule.Id, Enabled = true, Prefix = "" };
        return rule.Action switch
        {
            LifecycleAction.AbortIncompleteUploads => everything with { AbortMultipartUploads = [new OssDaysArgs { Days = rule.Days }] },
            LifecycleAction.TransitionToInfrequentAccess => everything with { Transitions = [new OssTransitionArgs { Days = rule.Days, StorageClass = "IA" }] },
            LifecycleAction.ExpireNoncurrentVersions => everything with { NoncurrentVersionExpirations = [new OssNoncurrentExpirationArgs { Days = rule.Days }] },
            LifecycleAction.ExpireObjects => everything with { Expirations = [new OssDaysArgs { Days = rule.Days }] },
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule.Action, null),
        };
    }
}
