using Infra.Components.Networking;
using Infra.Components.Storage;
using Infra.Platform.Facts;

namespace Infra.Components.Tests;

/// <summary>
/// Services that act for the stack (VPC Flow Logs, S3 log delivery) are pinned to the stack's
/// account and resources, as AWS documents it, so they cannot be used as a confused deputy.
/// </summary>
public class ServiceTrustPolicyTests
{
    private static StackEnvironment AwsChina => TestEnvironments.For(Cloud.AwsChina, Tier.Prod, "cn-northwest-1");

    private static ProgramTemplate Network(StackEnvironment environment)
    {
        var stack = TestEnvironments.StackFor(environment);
        _ = new Network(stack, "network", environment, new NetworkArgs
        {
            Plan = CidrPlanner.Plan(System.Net.IPNetwork2.Parse("10.0.0.0/16"), environment.Zones),
            Nat = NatStrategy.Shared,
            FlowLogs = true,
            FlowLogRetentionDays = 30,
        });
        return ProgramTemplate.From(stack);
    }

    [Theory]
    [InlineData(Cloud.Aws, "us-east-1", "aws")]
    [InlineData(Cloud.AwsChina, "cn-northwest-1", "aws-cn")]
    public void Vpc_flow_logs_may_assume_the_delivery_role_only_for_this_accounts_flow_logs_in_the_region(Cloud cloud, string region, string partition)
    {
        // Amazon VPC User Guide, 'IAM role for publishing flow logs to CloudWatch Logs' (flow-logs-iam-role):
        // Principal vpc-flow-logs.amazonaws.com (China too), StringEquals aws:SourceAccount,
        // ArnLike aws:SourceArn arn:<partition>:ec2:<region>:<account>:vpc-flow-log/*.
        var template = Network(TestEnvironments.For(cloud, Tier.Prod, region));

        template.HasResource("aws:iam/role:Role", $$"""
            assumeRolePolicy:
              fn::toJSON:
                Statement:
                  - Action: sts:AssumeRole
                    Condition:
                      ArnLike:
                        aws:SourceArn: arn:{{partition}}:ec2:{{region}}:${aws-account-id}:vpc-flow-log/*
                      StringEquals:
                        aws:SourceAccount: ${aws-account-id}
                    Principal:
                      Service: vpc-flow-logs.amazonaws.com
            """);
        Assert.Equal("vpc-flow-logs.amazonaws.com", StorageServiceFacts.FlowLogsPrincipal.Value);
    }

    [Fact]
    public void S3_may_deliver_access_logs_only_for_this_accounts_buckets()
    {
        // Amazon S3 User Guide, 'Enabling Amazon S3 server access logging', example bucket policy:
        // Principal logging.s3.amazonaws.com, ArnLike aws:SourceArn and StringEquals aws:SourceAccount.
        // Bucket names are global: the ARN pattern alone lets any account's acme-* bucket log here.
        var stack = TestEnvironments.StackFor(AwsChina);
        _ = new MlDataStorage(stack, "data", AwsChina, new MlDataStorageArgs());
        var template = ProgramTemplate.From(stack);

        var delivery = StorageReplicationTests.Statements(template.Resource("data-logs-policy"), "policy")
            .Single(statement => ProgramTemplate.Scalar(statement, "Sid") == "AllowServerAccessLogDelivery");
        Assert.Equal("logging.s3.amazonaws.com", ProgramTemplate.Scalar(delivery, "Principal.Service"));
        Assert.Equal("arn:aws-cn:s3:::acme-*", ProgramTemplate.Scalar(delivery, "Condition.ArnLike.aws:SourceArn"));
        Assert.Equal("${aws-account-id}", ProgramTemplate.Scalar(delivery, "Condition.StringEquals.aws:SourceAccount"));
        Assert.Equal(["aws:SourceArn", "aws:SourceAccount"], StorageServiceFacts.S3LogDeliveryConditionKeys.Value.ToArray());
    }

    [Fact]
    public void Every_storage_service_fact_names_its_source_and_an_unverified_one_says_what_would_settle_it()
    {
        Assert.NotEmpty(StorageServiceFacts.All);
        foreach (var fact in StorageServiceFacts.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(fact.Source), fact.Name);
            if (!fact.Verified)
            {
                Assert.True(fact.Source.Contains("settle", StringComparison.OrdinalIgnoreCase)
                    || fact.Source.Contains("not readable", StringComparison.OrdinalIgnoreCase)
                    || fact.Source.Contains("not found", StringComparison.OrdinalIgnoreCase), $"{fact.Name}: {fact.Source}");
            }
        }
    }
}
