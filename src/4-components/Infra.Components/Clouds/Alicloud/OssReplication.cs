using Infra.Components.Storage;
using Oss = Infra.Providers.Alicloud.Oss;
using Ram = Infra.Providers.Alicloud.Ram;

namespace Infra.Components.Clouds.Alicloud;

/// <summary>
/// OSS cross-region replication of every object, history included, re-encrypted with the replica's
/// key; the RAM role OSS assumes for it and that role's policy.
/// </summary>
internal sealed class OssReplication : IReplicationRealization
{
    public void Replicate(StorageBucket source, StorageBucket replica, StackEnvironment environment, IReadOnlyList<Resource> versioning)
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
        var replicaBucket = (Oss.Bucket)replica.Resources.First(resource => resource.Name == "bucket");
        _ = new Oss.BucketReplication(source, "replication", new Oss.BucketReplicationArgs
        {
            Bucket = source.Id,
            Destination = new Oss.OssReplicationDestinationArgs { Bucket = replica.Id, Location = replicaBucket.Location },
            Action = "ALL",
            HistoricalObjectReplication = "enabled",
            SyncRole = role.RoleName,
            EncryptionConfiguration = new Oss.OssReplicaEncryptionArgs { ReplicaKmsKeyId = replica.Key.KeyId },
            SourceSelectionCriteria = new Oss.OssSourceSelectionArgs
            {
                SseKmsEncryptedObjects = new Oss.OssStatusArgs { Status = "Enabled" },
            },
        }, new ResourceOptions { DependsOn = [.. versioning, attachment] });
    }
}
