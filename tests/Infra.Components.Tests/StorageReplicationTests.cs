using Infra.Components.Clouds.Aws;
using Infra.Components.Storage;
using Infra.Platform.Catalog;
using Infra.Platform.Facts;
using YamlDotNet.RepresentationModel;

namespace Infra.Components.Tests;

/// <summary>
/// Replication of a locked bucket as the clouds document it: what the destination and the role
/// need, how failures are seen, and who may assume the replication role.
/// </summary>
public class StorageReplicationTests
{
    private static StackEnvironment AlibabaProd => TestEnvironments.For(Cloud.Alicloud, Tier.Prod, "cn-beijing");

    private static (ProgramTemplate Template, Stack Stack) ReplicatedArtifacts(StackEnvironment environment, string replicaRegion)
    {
        var stack = TestEnvironments.StackFor(environment);
        _ = new MlDataStorage(stack, "data", environment, new MlDataStorageArgs
        {
            Replicas = new Dictionary<DataClass, RegionInfo>
            {
                [DataClass.ModelArtifacts] = RegionCatalog.Default.Find(environment.Cloud, replicaRegion)!,
            },
        });
        return (ProgramTemplate.From(stack), stack);
    }

    /// <summary>The statements of a policy document written with fn::toJSON under a property.</summary>
    internal static IEnumerable<YamlMappingNode> Statements(YamlMappingNode resource, string property)
    {
        var document = (YamlMappingNode)ProgramTemplate.Child((YamlMappingNode)ProgramTemplate.Child((YamlMappingNode)ProgramTemplate.Child(resource, "properties")!, property)!, "fn::toJSON")!;
        return ((YamlSequenceNode)ProgramTemplate.Child(document, "Statement")!).Children.Cast<YamlMappingNode>();
    }

    private static string Yaml(YamlNode node) => new YamlDotNet.Serialization.SerializerBuilder().Build().Serialize(node);

    [Fact]
    public void The_replica_of_a_locked_s3_bucket_is_locked_with_the_same_default_retention()
    {
        // Amazon S3 User Guide, 'Amazon S3 replication failure reasons': DstBucketObjectLockConfigMissing,
        // "To replicate objects from a source bucket with Object Lock enabled, the destination bucket must
        // also have Object Lock enabled."
        var (template, stack) = ReplicatedArtifacts(TestEnvironments.AwsProd, "us-west-2");

        var source = template.Resource("data-artifacts-object-lock");
        var replica = template.HasResource("aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration",
            "bucket: ${data-artifacts-replica-bucket.id}\nobjectLockEnabled: Enabled",
            "provider: ${aws-us-west-2}\ndependsOn:\n  - ${data-artifacts-replica-versioning}");
        Assert.Equal(ProgramTemplate.Scalar(source, "properties.rule.defaultRetention.mode"),
            ProgramTemplate.Scalar(template.Resource(replica), "properties.rule.defaultRetention.mode"));
        Assert.Equal("90", ProgramTemplate.Scalar(template.Resource(replica), "properties.rule.defaultRetention.days"));
        Assert.Empty(GraphChecker.Check(stack));
    }

    [Fact]
    public void A_replica_turns_object_lock_on_through_its_configuration_so_an_existing_replica_is_not_replaced()
    {
        // @pulumi/aws 7.48.0 s3/bucketObjectLockConfiguration.d.ts: "can be used [to] enable Object Lock
        // for new and existing buckets"; the bucket's own objectLockEnabled only applies at creation.
        var (template, _) = ReplicatedArtifacts(TestEnvironments.AwsProd, "us-west-2");

        Assert.Null(ProgramTemplate.Scalar(template.Resource("data-artifacts-replica-bucket"), "properties.objectLockEnabled"));
        Assert.Equal("true", ProgramTemplate.Scalar(template.Resource("data-artifacts-bucket"), "properties.objectLockEnabled"));
    }

    [Fact]
    public void The_replication_role_may_read_the_retention_and_legal_hold_of_locked_source_objects()
    {
        // Amazon S3 User Guide, 'Object Lock considerations', 'Using Object Lock with S3 Replication':
        // "You must grant two new permissions on the source S3 bucket ... s3:GetObjectRetention and
        // s3:GetObjectLegalHold."
        var (template, _) = ReplicatedArtifacts(TestEnvironments.AwsProd, "us-west-2");

        var onSourceObjects = Statements(template.Resource("data-artifacts-replication-policy"), "policy")
            .Single(statement => ProgramTemplate.Scalar(statement, "Resource") == "${data-artifacts-bucket.arn}/*");
        var actions = ((YamlSequenceNode)ProgramTemplate.Child(onSourceObjects, "Action")!).Children.Select(action => ((YamlScalarNode)action).Value).ToList();
        Assert.Contains("s3:GetObjectRetention", actions);
        Assert.Contains("s3:GetObjectLegalHold", actions);
    }

    [Fact]
    public void Replication_of_an_unlocked_bucket_asks_for_no_object_lock_permissions()
    {
        var stack = TestEnvironments.StackFor(TestEnvironments.AwsProd);
        _ = new MlDataStorage(stack, "data", TestEnvironments.AwsProd, new MlDataStorageArgs
        {
            Replicas = new Dictionary<DataClass, RegionInfo> { [DataClass.Datasets] = RegionCatalog.Default.Find(Cloud.Aws, "us-west-2")! },
        });
        var template = ProgramTemplate.From(stack);

        Assert.DoesNotContain("s3:GetObjectRetention", Yaml(template.Resource("data-datasets-replication-policy")), StringComparison.Ordinal);
        template.ResourceCountIs("aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration", 1);
    }

    [Fact]
    public void Replication_rules_publish_metrics_without_an_event_threshold_or_replication_time_control()
    {
        // S3 User Guide 'Receiving replication failure events': metrics are required for failure
        // events, RTC is not. S3 refuses an event threshold without RTC ("Metrics cannot contain an
        // event threshold when ReplicationTime is not specified or Disabled", crossplane-contrib/provider-aws #1117).
        var (template, _) = ReplicatedArtifacts(TestEnvironments.AwsProd, "us-west-2");

        template.HasResource("aws:s3/bucketReplicationConfig:BucketReplicationConfig",
            "rules:\n  - destination:\n      metrics:\n        status: Enabled");
        var rule = Yaml(template.Resource("data-artifacts-replication"));
        Assert.DoesNotContain("eventThreshold", rule, StringComparison.Ordinal);
        Assert.DoesNotContain("replicationTime", rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_replication_raises_a_cloudwatch_alarm_on_the_rule()
    {
        // S3 replication metric OperationsFailedReplication in namespace AWS/S3, per SourceBucket,
        // DestinationBucket and RuleId ([unverified] dimension names: StorageServiceFacts); missing data
        // is 'ignore' as the S3 'Metrics and dimensions' note asks for replication alarms.
        var (template, stack) = ReplicatedArtifacts(TestEnvironments.AwsProd, "us-west-2");
        var environment = TestEnvironments.AwsProd;

        template.HasResource("aws:cloudwatch/metricAlarm:MetricAlarm", $"""
            namespace: AWS/S3
            metricName: OperationsFailedReplication
            dimensions:
              SourceBucket: {BucketNames.For(environment, "artifacts")}
              DestinationBucket: {BucketNames.For(environment with { Region = RegionCatalog.Default.Find(Cloud.Aws, "us-west-2")! }, "artifacts")}
              RuleId: replicate-everything
            statistic: Sum
            comparisonOperator: GreaterThanThreshold
            threshold: 0
            treatMissingData: ignore
            """);
        Assert.Empty(GraphChecker.Check(stack));
    }

    [Fact]
    public void Only_s3_acting_for_this_account_and_this_source_bucket_may_assume_the_replication_role()
    {
        // IAM User Guide, 'Cross-service confused deputy prevention': aws:SourceAccount and aws:SourceArn
        // in the service role's trust policy.
        var (template, _) = ReplicatedArtifacts(TestEnvironments.AwsProd, "us-west-2");

        template.HasResource("aws:iam/role:Role", """
            assumeRolePolicy:
              fn::toJSON:
                Statement:
                  - Action: sts:AssumeRole
                    Condition:
                      ArnLike:
                        aws:SourceArn: ${data-artifacts-bucket.arn}
                      StringEquals:
                        aws:SourceAccount: ${aws-account-id}
                    Principal:
                      Service: s3.amazonaws.com
            """);
    }

    [Fact]
    public void The_account_id_comes_from_one_caller_identity_invoke_through_the_stacks_provider()
    {
        // @pulumi/aws 7.48.0 getCallerIdentity.d.ts: accountId, no required argument.
        var (template, stack) = ReplicatedArtifacts(TestEnvironments.AwsProd, "us-west-2");

        Assert.Single(stack.Variables, variable => variable.Name == AwsAccount.VariableName);
        var variables = (YamlMappingNode)ProgramTemplate.Child(template.Root, "variables")!;
        var invoke = (YamlMappingNode)variables.Children[new YamlScalarNode(AwsAccount.VariableName)];
        Assert.Equal("aws:index/getCallerIdentity:getCallerIdentity", ProgramTemplate.Scalar(invoke, "fn::invoke.function"));
        Assert.Equal("accountId", ProgramTemplate.Scalar(invoke, "fn::invoke.return"));
        Assert.Equal("${aws}", ProgramTemplate.Scalar(invoke, "fn::invoke.options.provider"));
    }

    [Fact]
    public void The_oss_replica_carries_no_worm_because_object_level_worm_is_not_offered_in_its_region()
    {
        // Alibaba Cloud OSS API 'PutBucketObjectWormConfiguration': by invitation, and China (Shanghai)
        // is not among its regions; OSS documents no replication failure into an unlocked destination
        // ([unverified], StorageServiceFacts.OssReplicaNeedsSourceWorm).
        var (template, stack) = ReplicatedArtifacts(AlibabaProd, "cn-shanghai");

        Assert.DoesNotContain("cn-shanghai", StorageServiceFacts.OssObjectWormChinaRegions.Value);
        Assert.Contains("cn-beijing", StorageServiceFacts.OssObjectWormChinaRegions.Value);
        template.ResourceCountIs("alicloud:oss/bucketObjectWormConfiguration:BucketObjectWormConfiguration", 1);
        template.HasResource("alicloud:oss/bucketObjectWormConfiguration:BucketObjectWormConfiguration", "bucketName: ${data-artifacts-bucket.id}");
        Assert.Empty(GraphChecker.Check(stack));
    }

    [Fact]
    public void The_oss_sync_role_trusts_oss_without_a_condition_ram_does_not_document()
    {
        // No RAM condition key for a service's source account/resource was found (StorageServiceFacts
        // .OssTrustConfusedDeputyKey, [unverified]); an unknown key in an Allow would stop replication.
        var (template, _) = ReplicatedArtifacts(AlibabaProd, "cn-shanghai");

        var trust = Yaml(ProgramTemplate.Child(template.Resource("data-artifacts-replication-role"), "properties")!);
        Assert.Contains("Service: oss.aliyuncs.com", trust, StringComparison.Ordinal);
        Assert.DoesNotContain("Condition", trust, StringComparison.Ordinal);
        Assert.Null(StorageServiceFacts.OssTrustConfusedDeputyKey.Value);
        Assert.False(StorageServiceFacts.OssTrustConfusedDeputyKey.Verified);
    }
}
