using Infra.Compliance.Rules.Residency;
using Infra.Components.Clouds;
using Infra.Components.Storage;
using Infra.Core.Expressions;
using Infra.Core.Resources;
using Infra.Platform;
using Infra.Platform.Catalog;
using Infra.Providers;
using Infra.Providers.Alicloud;
using Infra.Providers.Aws;
using AliLog = Infra.Providers.Alicloud.Log;
using AwsLogs = Infra.Providers.Aws.CloudWatch;
using Oss = Infra.Providers.Alicloud.Oss;

namespace Infra.Compliance.Tests;

public class ProviderRegionRuleTests
{
    [Fact]
    public void A_china_stack_whose_providers_are_in_china_regions_passes()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AlicloudChina);
        _ = RegionalProviders.For(stack, environment, "cn-beijing");

        Fixtures.Judge(stack, environment, new ProviderRegionRule()).PassesAll("MLC-RES-001");
    }

    [Fact]
    public void A_china_stack_with_a_provider_in_a_global_region_fails_naming_the_provider()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AlicloudChina);
        _ = PinnedProvider.Create(stack, "alicloud-us-west-1", new AlicloudProviderArgs { Region = "us-west-1" });

        var finding = Fixtures.Judge(stack, environment, new ProviderRegionRule()).FindingOn("MLC-RES-001", "alicloud-us-west-1");

        Assert.Contains("'us-west-1' is a global region", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hong_kong_is_not_a_china_jurisdiction_region_even_though_its_code_starts_with_cn()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AlicloudChina);
        _ = PinnedProvider.Create(stack, "alicloud-cn-hongkong", new AlicloudProviderArgs { Region = "cn-hongkong" });

        Fixtures.Judge(stack, environment, new ProviderRegionRule()).FindingOn("MLC-RES-001", "alicloud-cn-hongkong");
    }

    [Fact]
    public void A_global_stack_with_a_provider_in_an_aws_china_region_fails()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AwsDev);
        _ = PinnedProvider.Create(stack, "aws-cn-north-1", new AwsProviderArgs { Region = "cn-north-1" });

        Fixtures.Judge(stack, environment, new ProviderRegionRule()).FailsOn("MLC-RES-001", "aws-cn-north-1", "China region");
    }

    [Fact]
    public void A_provider_without_a_literal_region_fails_because_residency_cannot_be_proven()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AwsChina);
        _ = new ProviderResource(stack, "aws-ambient", "aws", ProviderVersions.All["aws"], MapValue.Empty);
        _ = new ProviderResource(stack, "aws-configured", "aws", ProviderVersions.All["aws"],
            Tree.Map(("region", Output.Config<string>("aws:region"))));

        var report = Fixtures.Judge(stack, environment, new ProviderRegionRule());

        report.FailsOn("MLC-RES-001", "aws-ambient", "sets no region");
        report.FailsOn("MLC-RES-001", "aws-configured", "computed region");
    }
}

public class CrossJurisdictionRuleTests
{
    [Fact]
    public void China_buckets_named_after_their_china_region_pass()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AlicloudChina);
        _ = new MlDataStorage(stack, "data", environment, new MlDataStorageArgs());

        Fixtures.Judge(stack, environment, new CrossJurisdictionRule()).PassesAll("MLC-RES-002");
    }

    [Fact]
    public void A_china_bucket_replicated_to_a_bucket_in_a_global_region_fails_on_the_replication()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AlicloudChina);
        var source = new StorageBucket(stack, "datasets", environment, new StorageBucketArgs { Class = DataClass.Datasets });
        var abroad = PinnedProvider.Create(stack, "alicloud-us-west-1", new AlicloudProviderArgs { Region = "us-west-1" });
        var replica = new Oss.Bucket(stack, "replica", new Oss.BucketArgs { Bucket = "acme-dev-replica" }, new ResourceOptions { Provider = abroad });
        _ = new Oss.BucketReplication(stack, "replication", new Oss.BucketReplicationArgs
        {
            Bucket = source.Id,
            Destination = new Oss.OssReplicationDestinationArgs { Bucket = replica.Id, Location = replica.Location },
        });

        var report = Fixtures.Judge(stack, environment, new CrossJurisdictionRule());

        var finding = report.FindingOn("MLC-RES-002", "replication");
        Assert.Contains("properties.destination.bucket refers to replica, which lives in us-west-1", finding.Message, StringComparison.Ordinal);
        report.PassesOn("MLC-RES-002", "datasets-bucket");
    }

    [Fact]
    public void An_arn_of_the_global_partition_in_an_aws_china_stack_fails()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AwsChina);
        _ = Fixtures.Raw(stack, "policy", "aws:iam/policy:Policy", Tree.Map(("policy", Fn.ToJson(Tree.Map(
            ("Statement", Tree.List(Tree.Map(("Effect", "Allow"), ("Action", "s3:GetObject"), ("Resource", "arn:aws:s3:::someone-elses-bucket/*")))))))));
        _ = Fixtures.Raw(stack, "china-policy", "aws:iam/policy:Policy", Tree.Map(("policy", "arn:aws-cn:s3:::acme-dev-cn-northwest-1-datasets/*")));

        var report = Fixtures.Judge(stack, environment, new CrossJurisdictionRule());

        report.FailsOn("MLC-RES-002", "policy", "partition 'aws'");
        report.PassesOn("MLC-RES-002", "china-policy");
    }

    [Fact]
    public void A_global_stack_naming_an_aws_china_arn_endpoint_or_region_fails()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AwsDev);
        _ = Fixtures.Raw(stack, "mirror", "aws:s3/bucketReplicationConfig:BucketReplicationConfig", Tree.Map(
            ("role", "arn:aws-cn:iam::123456789012:role/replicator"),
            ("endpoint", "https://s3.cn-north-1.amazonaws.com.cn")));

        var message = Fixtures.Judge(stack, environment, new CrossJurisdictionRule()).FindingOn("MLC-RES-002", "mirror").Message;

        Assert.Contains("partition 'aws-cn'", message, StringComparison.Ordinal);
        Assert.Contains("names region 'cn-north-1' (china)", message, StringComparison.Ordinal);
        Assert.Contains("*.amazonaws.com.cn", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_region_code_outside_the_catalog_is_still_caught_by_its_aws_shape()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AwsChina);
        _ = Fixtures.Raw(stack, "endpoint", "aws:ec2/vpcEndpoint:VpcEndpoint", Tree.Map(("serviceName", "com.amazonaws.eu-central-1.s3")));

        Fixtures.Judge(stack, environment, new CrossJurisdictionRule()).FailsOn("MLC-RES-002", "endpoint", "'eu-central-1'");
    }

    [Fact]
    public void An_invoke_through_a_provider_abroad_and_an_output_naming_a_global_region_fail()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AwsChina);
        var abroad = PinnedProvider.Create(stack, "aws-us-east-1", new AwsProviderArgs { Region = "us-east-1" });
        _ = stack.AddVariable("partition", Fn.Invoke<string>("aws:index/getPartition:getPartition", null, abroad, "partition"));
        stack.Export("backupRegion", new StringValue("us-east-1"));

        var report = Fixtures.Judge(stack, environment, new CrossJurisdictionRule());

        report.FailsOn("MLC-RES-002", "partition", "invokes aws:index/getPartition:getPartition through provider aws-us-east-1");
        report.FindingOn("MLC-RES-002", "outputs.backupRegion");
    }

    [Fact]
    public void A_provider_region_is_judged_by_the_provider_rule_only()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AlicloudChina);
        _ = PinnedProvider.Create(stack, "alicloud-us-west-1", new AlicloudProviderArgs { Region = "us-west-1" });

        Fixtures.Judge(stack, environment, new CrossJurisdictionRule()).PassesAll("MLC-RES-002");
    }
}

public class ResidencyTests
{
    [Theory]
    [InlineData("acme-prod-cn-beijing-datasets-1a2b3c", Jurisdiction.China, false)]
    [InlineData("cn-northwest-1a", Jurisdiction.China, false)]
    [InlineData("acme-prod-us-east-1-datasets", Jurisdiction.China, true)]
    [InlineData("oss-us-west-1.aliyuncs.com", Jurisdiction.China, true)]
    [InlineData("s3.amazonaws.com", Jurisdiction.China, false)]
    [InlineData("prod-cn-aws", Jurisdiction.Global, false)]
    [InlineData("us-west-2b", Jurisdiction.Global, false)]
    [InlineData("acs:oss:cn-shanghai:*:bucket", Jurisdiction.Global, true)]
    [InlineData("arn:aws:iam::aws:policy/AmazonEKSClusterPolicy", Jurisdiction.Global, false)]
    public void Strings_are_judged_by_the_regions_and_partitions_they_name(string text, Jurisdiction jurisdiction, bool outside)
    {
        var residency = new Residency(RegionCatalog.Default, jurisdiction);

        Assert.Equal(outside, residency.TextProblems(text).Any());
    }
}

public class LogResidencyRuleTests
{
    [Fact]
    public void A_china_stacks_log_group_in_its_china_region_passes()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AwsChina);
        _ = new AwsLogs.LogGroup(stack, "containers-logs", new AwsLogs.LogGroupArgs { Name = "/ml-platform/containers", RetentionInDays = 30 });

        Fixtures.Judge(stack, environment, new LogResidencyRule()).PassesOn("MLC-RES-005", "containers-logs");
    }

    [Fact]
    public void A_china_stacks_log_group_through_a_provider_in_a_global_region_fails_naming_the_log_group()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AwsChina);
        var abroad = PinnedProvider.Create(stack, "aws-us-west-2", new AwsProviderArgs { Region = "us-west-2" });
        _ = new AwsLogs.LogGroup(stack, "containers-logs", new AwsLogs.LogGroupArgs { Name = "/ml-platform/containers" },
            new ResourceOptions { Provider = abroad });

        Fixtures.Judge(stack, environment, new LogResidencyRule()).FailsOn("MLC-RES-005", "containers-logs", "keeps logs in us-west-2");
    }

    [Fact]
    public void A_global_stacks_logstore_in_a_china_region_fails()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AwsDev);
        var china = RegionalProviders.For(stack, Fixtures.AlicloudChina, "cn-shanghai");
        _ = new AliLog.Store(stack, "nodes-store", new AliLog.StoreArgs { ProjectName = "p", LogstoreName = "nodes", RetentionPeriod = 30 },
            new ResourceOptions { Provider = china });

        Fixtures.Judge(stack, environment, new LogResidencyRule()).FailsOn("MLC-RES-005", "nodes-store", "China region");
    }

    [Fact]
    public void A_log_project_whose_region_is_not_known_before_deployment_fails()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AlicloudChina);
        var configured = new ProviderResource(stack, "alicloud-configured", "alicloud", ProviderVersions.All["alicloud"],
            Tree.Map(("region", Output.Config<string>("alicloud:region"))));
        _ = new AliLog.Project(stack, "logs-project", new AliLog.ProjectArgs { ProjectName = "acme-logs" },
            new ResourceOptions { Provider = configured });

        Fixtures.Judge(stack, environment, new LogResidencyRule()).FailsOn("MLC-RES-005", "logs-project", "cannot be proven");
    }
}
