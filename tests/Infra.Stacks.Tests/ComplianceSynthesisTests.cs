using Infra.Compliance.Engine;
using Infra.Compliance.Packs;
using Infra.Core.Diagnostics;
using Infra.Core.Resources;
using Infra.Providers;
using Infra.Providers.Alicloud;
using Infra.Stacks.Composition;
using Infra.Stacks.Specs;
using Infra.Testing;
using Oss = Infra.Providers.Alicloud.Oss;
using S3 = Infra.Providers.Aws.S3;

namespace Infra.Stacks.Tests;

/// <summary>The compliance pack inside the synthesis: the reference stacks pass, a crossing of the border fails.</summary>
public class ComplianceSynthesisTests
{
    [Theory]
    [MemberData(nameof(ReferenceStacks.Names), MemberType = typeof(ReferenceStacks))]
    public void Every_reference_stack_has_no_unsuppressed_finding_and_no_unused_suppression(string stack)
    {
        var result = new Synthesizer().Synthesize(stack, Synthesizer.DefaultProject, ReferenceStacks.Config(stack));

        Assert.Empty(result.Compliance.Diagnostics);
        Assert.Equal(DefaultPack.Instance.Rules.Count, result.Compliance.Results.Count);
        Assert.All(result.Compliance.Results, rule => Assert.NotEqual(RuleStatus.Failed, rule.Status));
    }

    [Theory]
    [InlineData("prod-global")]
    [InlineData("prod-cn")]
    public void The_prod_stacks_with_a_replica_accept_its_missing_access_logs_with_a_reason(string stack)
    {
        var result = new Synthesizer().Synthesize(stack, Synthesizer.DefaultProject, ReferenceStacks.Config(stack));

        var finding = Assert.Single(result.Compliance.Findings);
        Assert.Equal(("MLC-BKT-005", "data-artifacts-replica-bucket", FindingStatus.Suppressed), (finding.Rule.Id, finding.Resource, finding.Status));
        Assert.Contains("written only by", finding.Suppression!.Reason, StringComparison.Ordinal);
        Assert.Equal("ml-platform:suppressions[0]", finding.Suppression.KeyPath);
    }

    [Fact]
    public void A_china_stack_that_replicates_a_bucket_to_a_global_region_fails_synthesis_with_the_residency_rules()
    {
        // The config check (ML5002) and the replica component refuse this; the graph is built by hand to prove
        // the last line of defence holds on its own.
        var (spec, stack) = Compose("prod-cn");
        var source = (Oss.Bucket)stack.AllResources.Single(resource => resource.LogicalName == "data-datasets-bucket");
        var abroad = PinnedProvider.Create(stack, "alicloud-us-west-1", new AlicloudProviderArgs { Region = "us-west-1" });
        var replica = new Oss.Bucket(stack, "datasets-copy", new Oss.BucketArgs { Bucket = "acme-prod-datasets-copy" }, new ResourceOptions { Provider = abroad });
        _ = new Oss.BucketReplication(stack, "datasets-abroad", new Oss.BucketReplicationArgs
        {
            Bucket = source.Id,
            Destination = new Oss.OssReplicationDestinationArgs { Bucket = replica.Id, Location = replica.Location },
            Action = "ALL",
        });

        var error = Assert.Throws<InfraException>(() => new Synthesizer().Synthesize(spec, stack));

        var replication = Assert.Single(error.Diagnostics, diagnostic => diagnostic.Code == "MLC-RES-002");
        Assert.Equal("datasets-abroad", replication.Subject);
        Assert.True(replication.IsError);
        Assert.Contains("properties.destination.bucket refers to datasets-copy, which lives in us-west-1", replication.Message, StringComparison.Ordinal);
        Assert.Contains(error.Diagnostics, diagnostic => diagnostic is { Code: "MLC-RES-001", Subject: "alicloud-us-west-1" });
    }

    [Fact]
    public void An_aws_china_stack_that_replicates_to_a_bucket_of_the_global_partition_fails_synthesis()
    {
        var (spec, stack) = Compose("prod-cn-aws");
        var source = stack.AllResources.Single(resource => resource.LogicalName == "data-datasets-bucket");
        _ = new S3.BucketReplicationConfig(stack, "datasets-abroad", new S3.BucketReplicationConfigArgs
        {
            Bucket = source.Id,
            Role = "arn:aws-cn:iam::123456789012:role/replicator",
            Rules = [new S3.ReplicationRuleArgs { Status = "Enabled", Destination = new S3.ReplicationDestinationArgs { Bucket = "arn:aws:s3:::acme-prod-us-east-1-datasets" } }],
        });

        var error = Assert.Throws<InfraException>(() => new Synthesizer().Synthesize(spec, stack));

        var finding = Assert.Single(error.Diagnostics, diagnostic => diagnostic.Code == "MLC-RES-002");
        Assert.Equal("datasets-abroad", finding.Subject);
        Assert.Contains("partition 'aws'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("names region 'us-east-1' (global)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analysis_keeps_compliance_errors_in_the_report_where_synthesis_throws_them()
    {
        var (spec, stack) = Compose("dev-global");
        _ = new S3.Bucket(stack, "scratch", new S3.BucketArgs { Bucket = "acme-dev-us-west-2-scratch" });

        var analysis = new Synthesizer().Analyze(spec, stack);

        Assert.True(analysis.HasErrors);
        Assert.Contains(analysis.Compliance.Findings, finding => finding is { Resource: "scratch", Status: FindingStatus.Failed });
        Assert.Contains(Assert.Throws<InfraException>(() => new Synthesizer().Synthesize(spec, stack)).Diagnostics,
            diagnostic => diagnostic.Code == "MLC-BKT-001" && diagnostic.Subject == "scratch");
    }

    [Fact]
    public void A_suppression_without_a_reason_is_an_error_naming_its_key_path()
    {
        var missing = Errors("prod-global", """[{"rule":"MLC-BKT-005","resource":"data-artifacts-replica-bucket"}]""");
        var blank = Errors("prod-global", """[{"rule":"MLC-BKT-005","resource":"data-artifacts-replica-bucket","reason":"   "}]""");

        Assert.Contains(missing, diagnostic => diagnostic is { Code: ConfigCodes.Missing, Subject: "ml-platform:suppressions[0].reason" });
        Assert.Contains(blank, diagnostic => diagnostic is { Code: ComplianceCodes.MissingReason, Subject: "ml-platform:suppressions[0].reason" });
        Assert.Contains(blank, diagnostic => diagnostic is { Code: "MLC-BKT-005", Subject: "data-artifacts-replica-bucket" });
    }

    [Fact]
    public void A_suppression_of_an_unknown_rule_or_resource_is_an_error_naming_its_key_path()
    {
        var errors = Errors("dev-global", """
            [{"rule":"MLC-BKT-042","resource":"data-logs-bucket","reason":"r"},
             {"rule":"MLC-BKT-005","resource":"data-logs-buckt","reason":"r"}]
            """);
        var malformed = Errors("dev-global", """[{"rule":"bucket-logging","resource":"data-logs-bucket","reason":"r"}]""");

        Assert.Contains(errors, diagnostic => diagnostic is { Code: ComplianceCodes.UnknownRule, Subject: "ml-platform:suppressions[0].rule" });
        Assert.Contains(errors, diagnostic => diagnostic.Code == ComplianceCodes.UnknownResource && diagnostic.Subject == "ml-platform:suppressions[1].resource"
                                              && diagnostic.Message.Contains("did you mean 'data-logs-bucket'?", StringComparison.Ordinal));
        var shape = Assert.Single(malformed);
        DiagnosticAssert.Is(shape, ConfigCodes.InvalidValue, "ml-platform:suppressions[0].rule",
            "'bucket-logging' is not allowed; allowed: A rule ID such as MLC-BKT-005");
    }

    private static (EnvironmentSpec Spec, Infra.Core.Graph.Stack Stack) Compose(string stack)
    {
        var config = ReferenceStacks.Config(stack);
        var spec = new EnvironmentSpecReader(RegionCatalog.Default).Read(stack, Synthesizer.DefaultProject, config);
        return (spec, StackComposer.Compose(spec));
    }

    private static IReadOnlyList<Diagnostic> Errors(string stack, string suppressions)
    {
        var config = new StackConfig(ReferenceStacks.Config(stack).Values.SetItem("ml-platform:suppressions", ConfigValue.Plain(suppressions)));
        return Assert.Throws<InfraException>(() => new Synthesizer().Synthesize(stack, Synthesizer.DefaultProject, config)).Diagnostics;
    }
}
