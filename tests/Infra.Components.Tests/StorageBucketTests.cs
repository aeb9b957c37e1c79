using Infra.Components.Storage;
using Infra.Platform.Catalog;
using Infra.Platform.Facts;

namespace Infra.Components.Tests;

public class StorageBucketTests
{
    private static StackEnvironment AwsChina => TestEnvironments.For(Cloud.AwsChina, Tier.Prod, "cn-northwest-1");

    private static StackEnvironment AlibabaProd => TestEnvironments.For(Cloud.Alicloud, Tier.Prod, "cn-beijing");

    private static StackEnvironment AlibabaDev => TestEnvironments.For(Cloud.Alicloud, Tier.Dev, "cn-shanghai");

    private static (MlDataStorage Storage, ProgramTemplate Template, Stack Stack) Build(StackEnvironment environment, MlDataStorageArgs? args = null)
    {
        var stack = TestEnvironments.StackFor(environment);
        var storage = new MlDataStorage(stack, "data", environment, args ?? new MlDataStorageArgs());
        return (storage, ProgramTemplate.From(stack), stack);
    }

    [Fact]
    public void Every_s3_bucket_is_kms_encrypted_with_a_bucket_key_private_owner_enforced_and_tls_only()
    {
        var (_, template, stack) = Build(TestEnvironments.AwsProd);

        template.ResourceCountIs("aws:s3/bucket:Bucket", 4);
        template.HasResource("aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration", """
            bucket: ${data-datasets-bucket.id}
            rules:
              - applyServerSideEncryptionByDefault:
                  sseAlgorithm: aws:kms
                  kmsMasterKeyId: ${data-datasets-kms-key.arn}
                bucketKeyEnabled: true
            """);
        template.ResourceCountIs("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", 4);
        template.HasResource("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
            "bucket: ${data-checkpoints-bucket.id}\nblockPublicAcls: true\nblockPublicPolicy: true\nignorePublicAcls: true\nrestrictPublicBuckets: true");
        template.HasResource("aws:s3/bucketOwnershipControls:BucketOwnershipControls", "rule:\n  objectOwnership: BucketOwnerEnforced");
        Assert.Contains("aws:SecureTransport: \"false\"", template.Text, StringComparison.Ordinal);
        Assert.Empty(GraphChecker.Check(stack));
    }

    [Fact]
    public void Every_bucket_but_the_log_bucket_logs_access_to_the_log_bucket()
    {
        var (_, template, _) = Build(TestEnvironments.AwsDev);

        template.ResourceCountIs("aws:s3/bucketLogging:BucketLogging", 3);
        template.HasResource("aws:s3/bucketLogging:BucketLogging", "bucket: ${data-artifacts-bucket.id}\ntargetBucket: ${data-logs-bucket.id}");
    }

    [Fact]
    public void The_s3_log_bucket_uses_sse_s3_because_s3_cannot_deliver_access_logs_to_sse_kms_buckets()
    {
        var (storage, template, _) = Build(TestEnvironments.AwsDev);

        Assert.Null(storage.Logs.Key);
        template.HasResource("aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
            "bucket: ${data-logs-bucket.id}\nrules:\n  - applyServerSideEncryptionByDefault:\n      sseAlgorithm: AES256");
        Assert.Contains("logging.s3.amazonaws.com", template.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Checkpoints_move_to_infrequent_access_after_thirty_days_and_old_versions_expire()
    {
        var (_, template, _) = Build(TestEnvironments.AwsProd);

        template.HasResource("aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration", """
            bucket: ${data-checkpoints-bucket.id}
            rules:
              - id: abort-incomplete-uploads
                abortIncompleteMultipartUpload:
                  daysAfterInitiation: 7
                status: Enabled
              - id: infrequent-access
                transitions:
                  - days: 30
                    storageClass: STANDARD_IA
              - id: expire-old-versions
                noncurrentVersionExpiration:
                  noncurrentDays: 14
            """);
        template.HasResource("aws:s3/bucketVersioning:BucketVersioning", "bucket: ${data-checkpoints-bucket.id}\nversioningConfiguration:\n  status: Enabled");
    }

    [Fact]
    public void Logs_expire_by_tier_and_are_not_versioned()
    {
        var dev = Build(TestEnvironments.AwsDev).Template;
        var prod = Build(TestEnvironments.AwsProd).Template;

        dev.HasResource("aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration",
            "bucket: ${data-logs-bucket.id}\nrules:\n  - id: abort-incomplete-uploads\n  - id: expire-objects\n    expiration:\n      days: 30");
        prod.HasResource("aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration",
            "bucket: ${data-logs-bucket.id}\nrules:\n  - id: abort-incomplete-uploads\n  - id: infrequent-access\n  - id: expire-objects\n    expiration:\n      days: 365");
        Assert.DoesNotContain(dev.ResourcesOfType("aws:s3/bucketVersioning:BucketVersioning"),
            resource => ProgramTemplate.Scalar(resource.Value, "properties.bucket") == "${data-logs-bucket.id}");
    }

    [Fact]
    public void Model_artifacts_are_locked_in_prod_only()
    {
        var prod = Build(TestEnvironments.AwsProd).Template;
        var dev = Build(TestEnvironments.AwsDev).Template;

        prod.HasResource("aws:s3/bucket:Bucket", "objectLockEnabled: true\ntags:\n  data-class: artifacts");
        prod.HasResource("aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration",
            "bucket: ${data-artifacts-bucket.id}\nrule:\n  defaultRetention:\n    mode: GOVERNANCE\n    days: 90", "dependsOn:\n  - ${data-artifacts-versioning}");
        dev.ResourceCountIs("aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration", 0);
    }

    [Fact]
    public void In_prod_buckets_and_their_keys_are_protected_and_retained()
    {
        var (_, template, _) = Build(TestEnvironments.AwsProd);

        foreach (var (name, _) in template.ResourcesOfType("aws:s3/bucket:Bucket").Concat(template.ResourcesOfType("aws:kms/key:Key")))
        {
            Assert.Equal("true", ProgramTemplate.Scalar(template.Resource(name), "options.protect"));
            Assert.Equal("true", ProgramTemplate.Scalar(template.Resource(name), "options.retainOnDelete"));
        }

        template.HasResource("aws:kms/key:Key", "enableKeyRotation: true\ndeletionWindowInDays: 30");
        template.HasResource("aws:s3/bucket:Bucket", "forceDestroy: false");
    }

    [Fact]
    public void Dev_buckets_are_force_destroyed_so_a_dev_stack_can_be_torn_down_on_s3_and_oss()
    {
        // @pulumi/aws 7.48.0 s3/bucket.d.ts and @pulumi/alicloud 3.108.0 oss/bucket.d.ts: forceDestroy
        // deletes every object (S3: locked ones too) so the bucket can be destroyed without error.
        foreach (var (template, type) in new[]
                 {
                     (Build(TestEnvironments.AwsDev).Template, "aws:s3/bucket:Bucket"),
                     (Build(AlibabaDev).Template, "alicloud:oss/bucket:Bucket"),
                 })
        {
            var buckets = template.ResourcesOfType(type);
            Assert.NotEmpty(buckets);
            Assert.All(buckets, bucket => Assert.Equal("true", ProgramTemplate.Scalar(bucket.Value, "properties.forceDestroy")));
        }
    }

    [Theory]
    [InlineData(Cloud.Aws, Tier.Prod, "us-east-1")]
    [InlineData(Cloud.AwsChina, Tier.Prod, "cn-northwest-1")]
    [InlineData(Cloud.Alicloud, Tier.Prod, "cn-beijing")]
    [InlineData(Cloud.Aws, Tier.Staging, "us-east-1")]
    [InlineData(Cloud.Alicloud, Tier.Staging, "cn-beijing")]
    public void Prod_and_staging_buckets_are_never_force_destroyed_replicas_included(Cloud cloud, Tier tier, string region)
    {
        var environment = TestEnvironments.For(cloud, tier, region);
        var replicaRegion = cloud == Cloud.Alicloud ? "cn-shanghai" : cloud == Cloud.AwsChina ? "cn-north-1" : "us-west-2";
        var (_, template, _) = Build(environment, new MlDataStorageArgs
        {
            Replicas = new Dictionary<DataClass, RegionInfo> { [DataClass.ModelArtifacts] = RegionCatalog.Default.Find(cloud, replicaRegion)! },
        });

        var buckets = template.ResourcesOfType(cloud == Cloud.Alicloud ? "alicloud:oss/bucket:Bucket" : "aws:s3/bucket:Bucket");
        Assert.Equal(5, buckets.Count);
        Assert.All(buckets, bucket => Assert.Equal("false", ProgramTemplate.Scalar(bucket.Value, "properties.forceDestroy")));
        Assert.False(BucketDestruction.MayForceDestroy(environment));
    }

    [Fact]
    public void Retention_is_governance_on_s3_so_erasure_stays_possible_and_compliance_on_oss_its_only_mode()
    {
        // S3: GOVERNANCE lets a principal with s3:BypassGovernanceRetention remove a locked version
        // (S3 User Guide, 'Object Lock considerations', 'Bypassing governance mode'); OSS object WORM
        // accepts COMPLIANCE only (terraform-provider-alicloud resource_alicloud_oss_bucket_object_worm_configuration.go).
        Assert.Equal(["COMPLIANCE"], StorageServiceFacts.OssWormModes.Value.ToArray());
        Assert.Equal("GOVERNANCE", RetentionPolicy.S3Mode);
        Build(TestEnvironments.AwsProd).Template.HasResource("aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration",
            "rule:\n  defaultRetention:\n    mode: GOVERNANCE");
        Build(AlibabaProd).Template.HasResource("alicloud:oss/bucketObjectWormConfiguration:BucketObjectWormConfiguration",
            "rule:\n  defaultRetention:\n    mode: COMPLIANCE");
    }

    [Fact]
    public void Buckets_carry_their_data_classification()
    {
        var (_, template, _) = Build(TestEnvironments.AwsDev);

        template.HasResource("aws:s3/bucket:Bucket", "tags:\n  data-class: datasets\n  data-classification: confidential");
        template.HasResource("aws:s3/bucket:Bucket", "tags:\n  data-class: checkpoints\n  data-classification: internal");
    }

    [Fact]
    public void Training_may_read_datasets_and_write_checkpoints_and_serving_only_reads_artifacts()
    {
        var (storage, template, _) = Build(TestEnvironments.AwsDev);

        Assert.Equal("data-training-access.arn", ((Infra.Core.Expressions.Reference)storage.TrainingAccess.Reference.Expression).Render());
        var serving = template.Resource("data-serving-access");
        var text = new YamlDotNet.Serialization.SerializerBuilder().Build().Serialize(serving);
        Assert.Contains("s3:GetObject", text, StringComparison.Ordinal);
        Assert.DoesNotContain("s3:PutObject", text, StringComparison.Ordinal);
        Assert.DoesNotContain("datasets", text, StringComparison.Ordinal);
        var training = new YamlDotNet.Serialization.SerializerBuilder().Build().Serialize(template.Resource("data-training-access"));
        Assert.Contains("s3:DeleteObject", training, StringComparison.Ordinal);
        Assert.Contains("kms:GenerateDataKey", training, StringComparison.Ordinal);
    }

    [Fact]
    public void Aws_china_buckets_take_partition_correct_arns_from_the_provider()
    {
        var (_, template, stack) = Build(AwsChina);

        template.HasResource("aws:s3/bucket:Bucket", "bucket: acme-prod-cn-northwest-1-datasets-" + BucketNames.For(AwsChina, "datasets")[^6..]);
        Assert.Contains("arn:aws-cn:s3:::acme-*", template.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("arn:aws:", template.Text, StringComparison.Ordinal);
        Assert.Empty(GraphChecker.Check(stack));
    }

    [Fact]
    public void On_oss_buckets_are_kms_encrypted_private_blocked_https_only_and_logged()
    {
        var (_, template, stack) = Build(AlibabaProd);

        template.ResourceCountIs("alicloud:oss/bucket:Bucket", 4);
        template.HasResource("alicloud:oss/bucket:Bucket", "redundancyType: ZRS\nstorageClass: Standard\nforceDestroy: false", "protect: true\nretainOnDelete: true");
        template.HasResource("alicloud:oss/bucketServerSideEncryption:BucketServerSideEncryption", "sseAlgorithm: KMS\nkmsMasterKeyId: ${data-datasets-kms-key.id}");
        template.HasResource("alicloud:oss/bucketAcl:BucketAcl", "acl: private");
        template.HasResource("alicloud:oss/bucketPublicAccessBlock:BucketPublicAccessBlock", "blockPublicAccess: true");
        template.ResourceCountIs("alicloud:oss/bucketLogging:BucketLogging", 3);
        Assert.Contains("acs:SecureTransport: \"false\"", template.Text, StringComparison.Ordinal);
        template.HasResource("alicloud:oss/bucketObjectWormConfiguration:BucketObjectWormConfiguration",
            "bucketName: ${data-artifacts-bucket.id}\nobjectWormEnabled: Enabled\nrule:\n  defaultRetention:\n    mode: COMPLIANCE\n    days: 90");
        Assert.Empty(GraphChecker.Check(stack));
    }

    [Fact]
    public void On_oss_lifecycle_rules_are_inline_and_dev_buckets_are_locally_redundant()
    {
        var (_, template, _) = Build(AlibabaDev);

        template.HasResource("alicloud:oss/bucket:Bucket", """
            redundancyType: LRS
            lifecycleRules:
              - id: abort-incomplete-uploads
                enabled: true
                abortMultipartUploads:
                  - days: 7
              - id: infrequent-access
                transitions:
                  - days: 30
                    storageClass: IA
              - id: expire-old-versions
                noncurrentVersionExpirations:
                  - days: 3
              - id: expire-objects
                expirations:
                  - days: 30
            """);
    }

    [Fact]
    public void A_replica_lives_in_another_region_of_the_same_jurisdiction_with_its_own_key()
    {
        var replicaRegion = RegionCatalog.Default.Find(Cloud.Aws, "us-west-2")!;
        var (storage, template, stack) = Build(TestEnvironments.AwsProd, new MlDataStorageArgs
        {
            Replicas = new Dictionary<DataClass, RegionInfo> { [DataClass.ModelArtifacts] = replicaRegion },
        });

        Assert.NotNull(storage.Artifacts.Replica);
        Assert.StartsWith("acme-prod-us-west-2-artifacts-", storage.Artifacts.Replica.BucketName, StringComparison.Ordinal);
        template.HasResource("aws:s3/bucket:Bucket", "tags:\n  replica-of: " + storage.Artifacts.BucketName, "provider: ${aws-us-west-2}");
        template.HasResource("aws:s3/bucketReplicationConfig:BucketReplicationConfig",
            "rules:\n  - destination:\n      bucket: ${data-artifacts-replica-bucket.arn}\n      encryptionConfiguration:\n        replicaKmsKeyId: ${data-artifacts-replica-kms-key.arn}");
        Assert.Equal("us-west-2", ProgramTemplate.Scalar(template.Resource("aws-us-west-2"), "properties.region"));
        Assert.Empty(GraphChecker.Check(stack));
    }

    [Fact]
    public void Oss_replication_uses_a_sync_role_and_the_replica_key()
    {
        var replicaRegion = RegionCatalog.Default.Find(Cloud.Alicloud, "cn-shanghai")!;
        var (_, template, stack) = Build(AlibabaProd, new MlDataStorageArgs
        {
            Replicas = new Dictionary<DataClass, RegionInfo> { [DataClass.Datasets] = replicaRegion },
        });

        template.HasResource("alicloud:oss/bucketReplication:BucketReplication", """
            action: ALL
            destination:
              bucket: ${data-datasets-replica-bucket.id}
              location: ${data-datasets-replica-bucket.location}
            encryptionConfiguration:
              replicaKmsKeyId: ${data-datasets-replica-kms-key.id}
            syncRole: ${data-datasets-replication-role.roleName}
            """);
        Assert.Empty(GraphChecker.Check(stack));
    }

    [Fact]
    public void Replicating_china_data_to_a_global_region_is_reported_and_no_replica_is_built()
    {
        var singapore = RegionCatalog.Default.Find(Cloud.Alicloud, "ap-southeast-1")!;

        var (storage, _, stack) = Build(AlibabaProd, new MlDataStorageArgs
        {
            Replicas = new Dictionary<DataClass, RegionInfo> { [DataClass.Datasets] = singapore },
        });

        var diagnostic = Assert.Single(GraphChecker.Check(stack), problem => problem.Code == StorageCodes.CrossJurisdictionReplica);
        Assert.Equal(storage.Datasets.Path, diagnostic.Subject);
        Assert.Contains("ap-southeast-1 (global)", diagnostic.Message, StringComparison.Ordinal);
        Assert.Null(storage.Datasets.Replica);
    }

    [Fact]
    public void A_replica_in_the_source_region_is_reported_on_the_bucket()
    {
        var (storage, _, stack) = Build(TestEnvironments.AwsProd, new MlDataStorageArgs
        {
            Replicas = new Dictionary<DataClass, RegionInfo> { [DataClass.ModelArtifacts] = TestEnvironments.AwsProd.Region },
        });

        var diagnostic = Assert.Single(GraphChecker.Check(stack), problem => problem.Code == StorageCodes.ReplicaInSameRegion);
        Assert.Equal(storage.Artifacts.Path, diagnostic.Subject);
        Assert.Null(storage.Artifacts.Replica);
    }

    [Fact]
    public void A_bucket_name_that_breaks_the_clouds_rules_is_reported_per_rule_not_thrown()
    {
        // OSS allows no dots; the prefix's dot is fine on S3.
        var dotted = AlibabaProd with { OrgPrefix = "acme.corp" };

        var (storage, _, stack) = Build(dotted);

        var problems = GraphChecker.Check(stack).Where(problem => problem.Code == StorageCodes.InvalidBucketName).ToList();
        Assert.Equal(storage.Buckets.Count, problems.Count);
        Assert.All(problems, problem => Assert.Contains("(OSS)", problem.Message, StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.Subject == storage.Logs.Path && problem.Message.StartsWith($"bucket name '{storage.Logs.BucketName}' ", StringComparison.Ordinal));
        var (_, _, awsStack) = Build(TestEnvironments.AwsProd with { OrgPrefix = "acme.corp" });
        Assert.DoesNotContain(GraphChecker.Check(awsStack), problem => problem.Code == StorageCodes.InvalidBucketName);
    }
}
