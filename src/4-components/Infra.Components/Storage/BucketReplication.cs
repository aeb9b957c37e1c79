using Infra.Components.Clouds;
using Infra.Platform.Catalog;
using Infra.Platform;
using Infra.Platform.Environment;
using Infra.Platform.Facts;
using Infra.Platform.Naming;
using Infra.Components.Security;
using Infra.Core.Diagnostics;
using Infra.Core.Graph;
using Infra.Core.Resources;
using Infra.Core.Values;
using Infra.Providers.Aws.S3;
using CloudWatch = Infra.Providers.Aws.CloudWatch;
using Iam = Infra.Providers.Aws.Iam;
using OssReplication = Infra.Providers.Alicloud.Oss;
using Ram = Infra.Providers.Alicloud.Ram;

namespace Infra.Components.Storage;

/// <summary>
/// Copies every object of a bucket to a replica in another region of the same cloud and the same
/// jurisdiction. A replica across jurisdictions is refused: China data stays in China, and global
/// data stays out of it.
/// </summary>
internal static class BucketReplication
{
    public static StorageBucket Add(StorageBucket source, StackEnvironment environment, StorageBucketArgs args, RegionInfo region)
    {
        Check(source, environment, region);
        var provider = RegionalProviders.For(source.Stack, environment, region.Code);
        var replica = new StorageBucket(source, "replica",
            environment with { Region = region, Zones = [.. region.Zones.Take(environment.Zones.Length)] },
            new StorageBucketArgs { Class = args.Class, Purpose = source.Purpose, ReplicaOf = source.BucketName },
            new ComponentOptions { Providers = [provider] });
        var versioning = new[] { source, replica }
            .Select(bucket => bucket.Resources.First(resource => resource.Name == "versioning"))
            .ToArray();

        if (environment.Cloud == Cloud.Alicloud)
        {
            Oss(source, replica, environment, versioning);
        }
        else
        {
            S3(source, replica, versioning);
        }

        return replica;
    }

    private static void Check(StorageBucket source, StackEnvironment environment, RegionInfo region)
    {
        if (region.Jurisdiction != environment.Jurisdiction)
        {
            throw new InfraException(Diagnostic.Error(StorageCodes.CrossJurisdictionReplica, source.Path,
                $"cannot replicate {source.BucketName} from {environment.Region.Code} ({EnvironmentNames.Of(environment.Jurisdiction)}) to {region.Code} ({EnvironmentNames.Of(region.Jurisdiction)}): data stays in its jurisdiction"));
        }

        if (region.Code == environment.Region.Code || region.Cloud != environment.Cloud)
        {
            throw new InfraException(Diagnostic.Error(StorageCodes.ReplicaInSameRegion, source.Path,
                $"a replica must be in another {EnvironmentNames.Of(environment.Cloud)} region than {environment.Region.Code}, not {region.Code}"));
        }
    }

    private const string S3RuleId = "replicate-everything";

    private static void S3(StorageBucket source, StorageBucket replica, Resource[] versioning)
    {
        // Only S3 acting for this account's source bucket may assume the role (confused deputy).
        var role = new Iam.Role(source, "replication-role", new Iam.RoleArgs
        {
            Description = $"S3 replicates {source.BucketName} to {replica.BucketName}",
            AssumeRolePolicy = PolicyDocument.Aws(new PolicyStatement
            {
                Actions = ["sts:AssumeRole"],
                Principal = PolicyPrincipal.Service(StorageServiceFacts.S3ReplicationPrincipal),
                Conditions =
                [
                    new PolicyCondition("StringEquals", "aws:SourceAccount", AwsAccount.Id(source)),
                    new PolicyCondition("ArnLike", "aws:SourceArn", source.ResourceArns[0]),
                ],
            }).ToJson(),
            Tags = source.Tags,
        });
        var locked = source.Defaults.RetentionDays is not null;
        _ = new Iam.RolePolicy(source, "replication-policy", new Iam.RolePolicyArgs
        {
            Role = role.RoleName,
            Policy = PolicyDocument.Aws(
                new PolicyStatement { Actions = ["s3:GetReplicationConfiguration", "s3:ListBucket"], Resources = [source.ResourceArns[0]] },
                new PolicyStatement
                {
                    Actions =
                    [
                        "s3:GetObjectVersionForReplication", "s3:GetObjectVersionAcl", "s3:GetObjectVersionTagging",
                        .. locked ? StorageServiceFacts.ObjectLockReplicationActions.Value : [],
                    ],
                    Resources = [source.ResourceArns[1]],
                },
                new PolicyStatement { Actions = ["s3:ReplicateObject", "s3:ReplicateDelete", "s3:ReplicateTags"], Resources = [replica.ResourceArns[1]] },
                new PolicyStatement { Actions = ["kms:Decrypt"], Resources = [source.Key!.KeyArn] },
                new PolicyStatement { Actions = ["kms:Encrypt", "kms:GenerateDataKey"], Resources = [replica.Key!.KeyArn] }).ToJson(),
        });
        _ = new BucketReplicationConfig(source, "replication", new BucketReplicationConfigArgs
        {
            Bucket = source.Id,
            Role = role.Arn,
            Rules =
            [
                new ReplicationRuleArgs
                {
                    Id = S3RuleId,
                    Status = "Enabled",
                    Filter = new ReplicationFilterArgs(),
                    DeleteMarkerReplication = new StatusArgs { Status = "Enabled" },
                    SourceSelectionCriteria = new SourceSelectionArgs { SseKmsEncryptedObjects = new StatusArgs { Status = "Enabled" } },
                    Destination = new ReplicationDestinationArgs
                    {
                        Bucket = replica.ResourceArns[0],
                        EncryptionConfiguration = new ReplicaEncryptionArgs { ReplicaKmsKeyId = replica.Key.KeyArn },
                        // Replication Time Control is not turned on: it bills per GB for a 15-minute SLA
                        // the platform does not promise; metrics and failure counts work without it.
                        Metrics = new ReplicationMetricsArgs { Status = StorageServiceFacts.ReplicationMetricsStatus.Value },
                    },
                },
            ],
        }, new ResourceOptions { DependsOn = [.. versioning] });
        FailedReplicationAlarm(source, replica);
    }

    /// <summary>
    /// An alarm as soon as one object fails to replicate in five minutes. It has no action: the
    /// stack has no notification topic yet, so the alarm shows in CloudWatch and nowhere else.
    /// </summary>
    private static void FailedReplicationAlarm(StorageBucket source, StorageBucket replica) =>
        _ = new CloudWatch.MetricAlarm(source, "replication-failed-alarm", new CloudWatch.MetricAlarmArgs
        {
            Name = $"{source.BucketName}-replication-failed",
            AlarmDescription = $"Objects of {source.BucketName} failed to replicate to {replica.BucketName}: see the replication status FAILED on the objects and 'Amazon S3 replication failure reasons'",
            Namespace = StorageServiceFacts.S3MetricNamespace.Value,
            MetricName = StorageServiceFacts.FailedReplicationMetric.Value,
            Dimensions = InputMap.From(new Dictionary<string, string>
            {
                [StorageServiceFacts.ReplicationMetricDimensions.Value[0]] = source.BucketName,
                [StorageServiceFacts.ReplicationMetricDimensions.Value[1]] = replica.BucketName,
                [StorageServiceFacts.ReplicationMetricDimensions.Value[2]] = S3RuleId,
            }),
            Statistic = "Sum",
            Period = 300,
            EvaluationPeriods = 1,
            Threshold = 0,
            ComparisonOperator = "GreaterThanThreshold",
            TreatMissingData = StorageServiceFacts.ReplicationAlarmMissingData.Value,
            Tags = source.Tags,
        });

    private static void Oss(StorageBucket source, StorageBucket replica, StackEnvironment environment, Resource[] versioning)
    {
        var role = new Ram.Role(source, "replication-role", new Ram.RoleArgs
        {
            RoleName = PhysicalNames.Fit($"{environment.OrgPrefix}-{environment.StackName}-{source.Purpose}-replication", NameLimitFacts.RamRoleName),
            Description = $"OSS replicates {source.BucketName} to {replica.BucketName}",
            AssumeRolePolicyDocument = PolicyDocument.Ram(new PolicyStatement
            {
                Actions = ["sts:AssumeRole"],
                // No confused-deputy condition: RAM documents none for service principals (StorageServiceFacts.OssTrustConfusedDeputyKey).
                Principal = PolicyPrincipal.RamService(StorageServiceFacts.OssReplicationPrincipal),
            }).ToJson(),
            Tags = source.Tags,
        });
        var policy = new Ram.Policy(source, "replication-policy", new Ram.PolicyArgs
        {
            PolicyName = PhysicalNames.Fit($"{environment.OrgPrefix}-{environment.StackName}-{source.Purpose}-replication", NameLimitFacts.RamPolicyName),
            PolicyDocument = PolicyDocument.Ram(
                new PolicyStatement
                {
                    Actions = ["oss:ReplicateList", "oss:ReplicateGet", "oss:ReplicatePut", "oss:ReplicateDelete"],
                    Resources = [.. source.ResourceArns, .. replica.ResourceArns],
                },
                new PolicyStatement
                {
                    Actions = ["kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey"],
                    Resources = [source.Key!.KeyArn, replica.Key!.KeyArn],
                }).ToJson(),
            Tags = source.Tags,
        });
        var attachment = new Ram.RolePolicyAttachment(source, "replication-policy-attachment", new Ram.RolePolicyAttachmentArgs
        {
            RoleName = role.RoleName,
            PolicyName = policy.PolicyName,
            PolicyType = Ram.RamPolicyTypes.Custom,
        });
        var replicaBucket = (OssReplication.Bucket)replica.Resources.First(resource => resource.Name == "bucket");
        _ = new OssReplication.BucketReplication(source, "replication", new OssReplication.BucketReplicationArgs
        {
            Bucket = source.Id,
            Destination = new OssReplication.OssReplicationDestinationArgs { Bucket = replica.Id, Location = replicaBucket.Location },
            Action = "ALL",
            HistoricalObjectReplication = "enabled",
            SyncRole = role.RoleName,
            EncryptionConfiguration = new OssReplication.OssReplicaEncryptionArgs { ReplicaKmsKeyId = replica.Key.KeyId },
            SourceSelectionCriteria = new OssReplication.OssSourceSelectionArgs
            {
                SseKmsEncryptedObjects = new OssReplication.OssStatusArgs { Status = "Enabled" },
            },
        }, new ResourceOptions { DependsOn = [.. versioning, attachment] });
    }
}
