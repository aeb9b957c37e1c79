using Infra.Compliance.Packs;
using Infra.Compliance.Rules.Storage;
using Infra.Core.Diagnostics;
using Infra.Providers.Aws.S3;
using Infra.Testing;

namespace Infra.Compliance.Tests;

public class EngineTests
{
    /// <summary>A dev AWS stack with one bucket that has no access logging (MLC-BKT-005 fails on "b").</summary>
    private static (Infra.Core.Graph.Stack Stack, Infra.Platform.Environment.StackEnvironment Environment) UnloggedBucket()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AwsDev);
        _ = new Bucket(stack, "b", new BucketArgs { Bucket = "acme-dev-us-west-2-b" });
        return (stack, environment);
    }

    [Fact]
    public void An_unsuppressed_error_is_a_diagnostic_with_the_rule_id_the_resource_and_why()
    {
        var (stack, environment) = UnloggedBucket();

        var report = Fixtures.Judge(stack, environment, new BucketAccessLoggingRule());

        var diagnostic = Assert.Single(report.Diagnostics);
        Assert.True(report.HasErrors);
        DiagnosticAssert.Is(diagnostic, "MLC-BKT-005", "b");
        Assert.StartsWith("error MLC-BKT-005: b: has no access logging", diagnostic.ToString(), StringComparison.Ordinal);
        Assert.Contains("{rule: MLC-BKT-005, resource: b, reason: <why>}", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(RuleStatus.Failed, report.Results.Single().Status);
    }

    [Fact]
    public void A_suppression_with_a_reason_turns_the_finding_into_a_suppressed_one_without_a_diagnostic()
    {
        var (stack, environment) = UnloggedBucket();

        var report = Fixtures.Judge(stack, environment, new BucketAccessLoggingRule(),
            new Suppression("MLC-BKT-005", "b", "scratch bucket, nothing in it is kept", "ml-platform:suppressions[0]"));

        var finding = report.FindingOn("MLC-BKT-005", "b");
        Assert.Equal(FindingStatus.Suppressed, finding.Status);
        Assert.Equal("scratch bucket, nothing in it is kept", finding.Suppression!.Reason);
        Assert.Empty(report.Diagnostics);
        Assert.Equal(RuleStatus.Suppressed, report.Results.Single().Status);
    }

    [Fact]
    public void A_suppression_without_a_reason_is_itself_an_error_naming_its_key_path_and_suppresses_nothing()
    {
        var (stack, environment) = UnloggedBucket();

        var report = Fixtures.Judge(stack, environment, new BucketAccessLoggingRule(),
            new Suppression("MLC-BKT-005", "b", "  ", "ml-platform:suppressions[0]"));

        var problem = Assert.Single(report.SuppressionProblems);
        DiagnosticAssert.Is(problem, ComplianceCodes.MissingReason, "ml-platform:suppressions[0].reason");
        Assert.True(problem.IsError);
        Assert.Equal(FindingStatus.Failed, report.FindingOn("MLC-BKT-005", "b").Status);
    }

    [Fact]
    public void A_suppression_of_an_unknown_rule_or_resource_is_an_error_naming_its_key_path()
    {
        var (stack, environment) = UnloggedBucket();

        var report = new CompliancePack([new BucketAccessLoggingRule()]).Evaluate(
            new ComplianceContext(stack, environment, Platform.Catalog.RegionCatalog.Default),
            [
                new Suppression("MLC-BKT-999", "b", "typo in the rule", "ml-platform:suppressions[0]"),
                new Suppression("MLC-BKT-005", "bb", "typo in the resource", "ml-platform:suppressions[1]"),
            ]);

        var rule = report.SuppressionProblems.Single(problem => problem.Code == ComplianceCodes.UnknownRule);
        Assert.Equal("ml-platform:suppressions[0].rule", rule.Subject);
        Assert.Contains("allowed: MLC-BKT-005", rule.Message, StringComparison.Ordinal);
        var resource = report.SuppressionProblems.Single(problem => problem.Code == ComplianceCodes.UnknownResource);
        Assert.Equal("ml-platform:suppressions[1].resource", resource.Subject);
        Assert.Contains("did you mean 'b'?", resource.Message, StringComparison.Ordinal);
        Assert.Equal(FindingStatus.Failed, report.FindingOn("MLC-BKT-005", "b").Status);
    }

    [Fact]
    public void A_suppression_that_matches_no_finding_is_a_warning_so_it_cannot_hide_a_future_one()
    {
        var (stack, environment) = UnloggedBucket();

        var report = Fixtures.Judge(stack, environment, new BucketLifecycleRule(),
            new Suppression("MLC-BKT-006", "aws-us-west-2", "the provider has no lifecycle", "ml-platform:suppressions[0]"),
            new Suppression("MLC-BKT-006", "b", "dev scratch", "ml-platform:suppressions[1]"),
            new Suppression("MLC-BKT-006", "b", "again", "ml-platform:suppressions[2]"));

        Assert.Equal([ComplianceCodes.UnusedSuppression, ComplianceCodes.DuplicateSuppression],
            report.SuppressionProblems.Select(problem => problem.Code).Order(StringComparer.Ordinal));
        Assert.All(report.SuppressionProblems, problem => Assert.Equal(Severity.Warning, problem.Severity));
        Assert.False(report.HasErrors);
    }

    [Fact]
    public void The_default_pack_has_unique_ids_of_the_documented_shape_and_a_rationale_for_each_rule()
    {
        var rules = DefaultPack.Instance.Rules;

        Assert.Equal(rules.Count, rules.Select(rule => rule.Id).Distinct().Count());
        Assert.All(rules, rule =>
        {
            Assert.Matches("^ML[CD]-[A-Z0-9]{3}-[0-9]{3}$", rule.Id);
            Assert.False(string.IsNullOrWhiteSpace(rule.Rationale));
            Assert.DoesNotContain('\n', rule.Rationale);
            Assert.False(string.IsNullOrWhiteSpace(rule.Governance));
        });
    }

    [Fact]
    public void The_delta_between_two_reports_lists_new_and_resolved_findings_by_rule_and_resource()
    {
        var (stack, environment) = UnloggedBucket();
        var before = Fixtures.Judge(stack, environment, new BucketAccessLoggingRule());
        var (later, _) = UnloggedBucket();
        _ = new Bucket(later, "c", new BucketArgs { Bucket = "acme-dev-us-west-2-c" });
        var after = Fixtures.Judge(later, environment, new BucketAccessLoggingRule());

        var delta = ComplianceDelta.Between(before, after);

        Assert.Equal("c", Assert.Single(delta.New).Resource);
        Assert.Empty(delta.Resolved);
        Assert.Equal("c", Assert.Single(ComplianceDelta.Between(after, before).Resolved).Resource);
        Assert.Equal(2, ComplianceDelta.Between(null, after).New.Count);
    }
}
