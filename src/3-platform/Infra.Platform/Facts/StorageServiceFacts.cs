using System.Collections.Immutable;

namespace Infra.Platform.Facts;

/// <summary>
/// What the clouds' storage and logging services need from the roles and policies that let them
/// act for the stack: service principals, the confused-deputy conditions their documents carry,
/// the permissions Object Lock adds to replication, replication monitoring, and what WORM on OSS
/// can and cannot do. Components read them here; nothing repeats them.
/// </summary>
public static class StorageServiceFacts
{
    /// <summary>The principal S3 replication assumes its role as (the same in aws and aws-cn).</summary>
    public static Fact<string> S3ReplicationPrincipal { get; } = new("s3.amazonaws.com",
        "Amazon S3 User Guide, 'Setting up permissions for live replication' (trust policy: Service s3.amazonaws.com); awsdocs/amazon-s3-userguide doc_source/setting-repl-config-perm-overview.md");

    /// <summary>The principal that delivers S3 server access logs.</summary>
    public static Fact<string> S3LogDeliveryPrincipal { get; } = new("logging.s3.amazonaws.com",
        "Amazon S3 User Guide, 'Enabling Amazon S3 server access logging', 'Grant permissions to the logging service principal by using a bucket policy'");

    /// <summary>
    /// The log-delivery bucket policy AWS documents restricts the principal with <c>aws:SourceArn</c>
    /// (the source bucket) AND <c>aws:SourceAccount</c>: bucket names are global, so without the account
    /// any account that owns a bucket matching the ARN pattern could have S3 write logs here.
    /// </summary>
    public static Fact<ImmutableArray<string>> S3LogDeliveryConditionKeys { get; } = new(["aws:SourceArn", "aws:SourceAccount"],
        "Amazon S3 User Guide, 'Enabling Amazon S3 server access logging' (example policy: ArnLike aws:SourceArn + StringEquals aws:SourceAccount); awsdocs/amazon-s3-userguide doc_source/enable-server-access-logging.md");

    /// <summary>
    /// A service role's trust policy names the account (<c>aws:SourceAccount</c>) and the resource
    /// (<c>aws:SourceArn</c>) the service acts for, so the service cannot be used to assume the role for
    /// another account's resource. The replication page of the S3 guide shows the trust policy without
    /// them; IAM's guidance applies to every service principal that supports the keys.
    /// </summary>
    public static Fact<ImmutableArray<string>> ConfusedDeputyConditionKeys { get; } = new(["aws:SourceAccount", "aws:SourceArn"],
        "IAM User Guide, 'The confused deputy problem' / 'Cross-service confused deputy prevention' and 'AWS global condition context keys' (aws:SourceAccount is present only when a service principal calls)");

    /// <summary>
    /// The principal VPC Flow Logs assumes its delivery role as: <c>vpc-flow-logs.amazonaws.com</c>, in
    /// the China partition too.
    /// </summary>
    public static Fact<string> FlowLogsPrincipal { get; } = new("vpc-flow-logs.amazonaws.com",
        "Amazon VPC User Guide, 'IAM role for publishing flow logs to CloudWatch Logs' (flow-logs-iam-role; the docs.amazonaws.cn edition uses the same principal)");

    /// <summary>
    /// The <c>aws:SourceArn</c> of a flow log in the delivery role's trust policy:
    /// <c>arn:&lt;partition&gt;:ec2:&lt;region&gt;:&lt;account&gt;:vpc-flow-log/*</c>.
    /// </summary>
    public static Fact<string> FlowLogSourceArnResource { get; } = new("vpc-flow-log/*",
        "Amazon VPC User Guide, 'IAM role for publishing flow logs to CloudWatch Logs' (trust policy: StringEquals aws:SourceAccount, ArnLike aws:SourceArn arn:aws:ec2:region:account-id:vpc-flow-log/*)");

    /// <summary>
    /// Replicating from a bucket with Object Lock: the destination must have Object Lock enabled (else
    /// every object fails with <c>DstBucketObjectLockConfigMissing</c>), and the role needs these two
    /// permissions on the source objects.
    /// </summary>
    public static Fact<ImmutableArray<string>> ObjectLockReplicationActions { get; } = new(["s3:GetObjectRetention", "s3:GetObjectLegalHold"],
        "Amazon S3 User Guide, 'Object Lock considerations', 'Using Object Lock with S3 Replication' (awsdocs/amazon-s3-userguide doc_source/object-lock-managing.md); 'Amazon S3 replication failure reasons' (DstBucketObjectLockConfigMissing)");

    /// <summary>Object Lock can be enabled on an existing versioned bucket through its Object Lock configuration, without replacing the bucket.</summary>
    public static Fact<string> ObjectLockOnExistingBucket { get; } = new("Enabled",
        "Amazon S3 User Guide, 'Configuring S3 Object Lock', 'Enable Object Lock on an existing S3 bucket'; @pulumi/aws 7.48.0 s3/bucketObjectLockConfiguration.d.ts ('can be used [to] enable Object Lock for new and existing buckets'; objectLockEnabled valid value Enabled)");

    /// <summary>
    /// Replication metrics on a rule: needed for the failed-replication metric and events. S3 refuses
    /// an event threshold unless Replication Time Control is on ("Metrics cannot contain an event
    /// threshold when ReplicationTime is not specified or Disabled"), so the platform sets none.
    /// </summary>
    public static Fact<string> ReplicationMetricsStatus { get; } = new("Enabled",
        "Amazon S3 User Guide, 'Receiving replication failure events with Amazon S3 Event Notifications' (metrics required, RTC not needed for failures); S3 API 'Metrics' (EventThreshold optional); crossplane-contrib/provider-aws #1117 (the InvalidArgument S3 returns for a threshold without RTC)");

    /// <summary>The CloudWatch metric that counts objects that failed to replicate, per rule.</summary>
    public static Fact<string> FailedReplicationMetric { get; } = new("OperationsFailedReplication",
        "Amazon S3 User Guide, 'Using S3 Replication metrics' (repl-metrics: operations that failed replication), namespace AWS/S3");

    public static Fact<string> S3MetricNamespace { get; } = new("AWS/S3",
        "Amazon S3 User Guide, 'Metrics and dimensions' (awsdocs/amazon-s3-userguide doc_source/metrics-dimensions.md)");

    /// <summary>
    /// The dimensions of a replication metric. [unverified] from the current AWS docs here: the
    /// dimension table of 'Metrics and dimensions' for replication metrics could not be read in full;
    /// the names are those of every public alarm found (aws-cdk and terraform modules). The region the
    /// metric is published in (the alarm is in the source bucket's region) is [unverified] too: the
    /// 'Which Region is this metric published in?' column of repl-metrics settles both.
    /// </summary>
    public static Fact<ImmutableArray<string>> ReplicationMetricDimensions { get; } = new(["SourceBucket", "DestinationBucket", "RuleId"],
        "public CloudWatch alarms on OperationsFailedReplication (CDK Metric dimensionsMap and terraform aws_cloudwatch_metric_alarm dimensions SourceBucket/DestinationBucket/RuleId); AWS repl-metrics page not readable in full here",
        Verified: false);

    /// <summary>
    /// Alarms on replication metrics should treat missing data as <c>ignore</c> (keep the alarm's
    /// state): S3 publishes nothing while nothing replicates.
    /// </summary>
    public static Fact<string> ReplicationAlarmMissingData { get; } = new("ignore",
        "Amazon S3 User Guide, 'Metrics and dimensions', replication metrics note ('set the Missing data treatment field to Treat missing data as ignore')");

    /// <summary>
    /// The principal OSS cross-region replication assumes its sync role as.
    /// </summary>
    public static Fact<string> OssReplicationPrincipal { get; } = new("oss.aliyuncs.com",
        "[unverified here] the OSS service principal of RAM service roles (the role OSS's console creates for replication); the policy review found the RAM grammar of this trust policy valid (reviews/policies.md C5). The OSS page 'Cross-region replication', RAM role section, settles it",
        Verified: false);

    /// <summary>
    /// A confused-deputy condition for OSS's trust in a RAM role. None found: RAM's policy-element and
    /// condition-key documents name no key like <c>aws:SourceAccount</c>/<c>aws:SourceArn</c> for service
    /// principals. An unknown key in an Allow makes the condition false, which would stop OSS from
    /// assuming the role and replicating, so the trust policy carries none. [unverified]: RAM
    /// 'Policy elements' and the RAM condition-key reference would settle it if a key is added.
    /// </summary>
    public static Fact<string?> OssTrustConfusedDeputyKey { get; } = new(null,
        "Alibaba Cloud RAM 'Policy elements' (alibabacloud.com/help/en/ram/policy-elements) names no source-account/source-arn condition for service trust; not found elsewhere",
        Verified: false);

    /// <summary>
    /// OSS object-level WORM has one mode, COMPLIANCE: nobody, the account owner included, can delete
    /// or overwrite a locked version before it expires. There is no governance-like mode with a
    /// bypass permission (S3 GOVERNANCE + s3:BypassGovernanceRetention).
    /// </summary>
    public static Fact<ImmutableArray<string>> OssWormModes { get; } = new(["COMPLIANCE"],
        "aliyun/terraform-provider-alicloud alicloud/resource_alicloud_oss_bucket_object_worm_configuration.go (mode: StringInSlice COMPLIANCE only); Alibaba Cloud OSS 'Retention policy (WORM)' (no user may delete during retention)");

    /// <summary>
    /// Object-level WORM on OSS is available by invitation and in listed regions only; China
    /// (Shanghai), where prod-cn's replica lives, is not among them. The replica therefore gets no WORM.
    /// </summary>
    public static Fact<ImmutableArray<string>> OssObjectWormChinaRegions { get; } = new(
        ["cn-hangzhou", "cn-chengdu", "cn-shenzhen", "cn-guangzhou", "cn-qingdao", "cn-beijing", "cn-huhehaote", "cn-heyuan", "cn-hongkong"],
        "Alibaba Cloud OSS API 'PutBucketObjectWormConfiguration' usage notes (by invitation only; supported regions listed, updated Mar 31, 2026)");

    /// <summary>
    /// OSS documents no replication failure when the destination lacks the source's WORM (unlike S3's
    /// DstBucketObjectLockConfigMissing); the replica is simply not immutable. [unverified]: the OSS
    /// page 'Replication behavior in special scenarios', section on retention policies, settles it.
    /// </summary>
    public static Fact<bool> OssReplicaNeedsSourceWorm { get; } = new(false,
        "Alibaba Cloud OSS 'Replication behavior in special scenarios' (retention-policy section not readable in full here)",
        Verified: false);

    /// <summary>S3 and OSS buckets both take <c>forceDestroy</c>: delete every object (and locked version) on destroy.</summary>
    public static Fact<string> ForceDestroyInput { get; } = new("forceDestroy",
        "@pulumi/aws 7.48.0 s3/bucket.d.ts (forceDestroy: all objects, including locked objects, are deleted when the bucket is destroyed); @pulumi/alicloud 3.108.0 oss/bucket.d.ts (forceDestroy, default false)");

    public static IReadOnlyList<FactEntry> All { get; } =
    [
        Entry(nameof(S3ReplicationPrincipal), S3ReplicationPrincipal),
        Entry(nameof(S3LogDeliveryPrincipal), S3LogDeliveryPrincipal),
        Entry(nameof(S3LogDeliveryConditionKeys), S3LogDeliveryConditionKeys),
        Entry(nameof(ConfusedDeputyConditionKeys), ConfusedDeputyConditionKeys),
        Entry(nameof(FlowLogsPrincipal), FlowLogsPrincipal),
        Entry(nameof(FlowLogSourceArnResource), FlowLogSourceArnResource),
        Entry(nameof(ObjectLockReplicationActions), ObjectLockReplicationActions),
        Entry(nameof(ObjectLockOnExistingBucket), ObjectLockOnExistingBucket),
        Entry(nameof(ReplicationMetricsStatus), ReplicationMetricsStatus),
        Entry(nameof(FailedReplicationMetric), FailedReplicationMetric),
        Entry(nameof(S3MetricNamespace), S3MetricNamespace),
        Entry(nameof(ReplicationMetricDimensions), ReplicationMetricDimensions),
        Entry(nameof(ReplicationAlarmMissingData), ReplicationAlarmMissingData),
        Entry(nameof(OssReplicationPrincipal), OssReplicationPrincipal),
        Entry(nameof(OssTrustConfusedDeputyKey), OssTrustConfusedDeputyKey),
        Entry(nameof(OssWormModes), OssWormModes),
        Entry(nameof(OssObjectWormChinaRegions), OssObjectWormChinaRegions),
        Entry(nameof(OssReplicaNeedsSourceWorm), OssReplicaNeedsSourceWorm),
        Entry(nameof(ForceDestroyInput), ForceDestroyInput),
    ];

    private static FactEntry Entry<T>(string name, Fact<T> fact) => new(name, fact.Value, fact.Source, fact.Verified);
}
