using Infra.Components.Storage;
using Infra.Providers.Aws.S3;
using CloudWatch = Infra.Providers.Aws.CloudWatch;
using Iam = Infra.Providers.Aws.Iam;

namespace Infra.Components.Clouds.Aws;

/// <summary>
/// S3 replication of every object, delete markers included, re-encrypted with the replica's key;
/// the role S3 assumes for it, and an alarm on failed objects.
/// </summary>
internal sealed class S3Replication : IReplicationRealization
{
    private const string RuleId = "replicate-everything";

    public void Replicate(StorageBucket source, StorageBucket replica, StackEnvironment environment, IReadOnlyList<Resource> versioning)
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
                    Id = RuleId,
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
                [StorageServiceFacts.ReplicationMetricDimensions.Value[2]] = RuleId,
            }),
            Statistic = "Sum",
            Period = 300,
            EvaluationPeriods = 1,
            Threshold = 0,
            ComparisonOperator = "GreaterThanThreshold",
            TreatMissingData = StorageServiceFacts.ReplicationAlarmMissingData.Value,
            Tags = source.Tags,
        });
}
