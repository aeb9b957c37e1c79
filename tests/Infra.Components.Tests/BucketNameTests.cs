using System.Text.RegularExpressions;
using CsCheck;
using Infra.Components.Storage;
using Infra.Platform.Catalog;

namespace Infra.Components.Tests;

public partial class BucketNameTests
{
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$")]
    private static partial Regex PortableName();

    private static readonly Gen<StackEnvironment> Environments =
        from org in Gen.String[Gen.Char['a', 'z'], 2, 12]
        from tier in Gen.OneOf(Tier.Dev, Tier.Staging, Tier.Prod)
        from region in Gen.OneOf(RegionCatalog.Default.Regions.ToArray())
        from stack in Gen.String[Gen.Char['a', 'z'], 3, 20]
        select TestEnvironments.For(tier, region) with { OrgPrefix = org, StackName = stack };

    [Fact]
    public void Generated_names_are_valid_on_both_clouds_and_stable()
    {
        Gen.Select(Environments, Gen.OneOf("datasets", "checkpoints", "artifacts", "logs")).Sample((environment, purpose) =>
        {
            var name = BucketNames.For(environment, purpose);

            Assert.Empty(BucketNames.Violations(name, Cloud.Aws));
            Assert.Empty(BucketNames.Violations(name, Cloud.Alicloud));
            Assert.Matches(PortableName(), name);
            Assert.Equal(name, BucketNames.For(environment, purpose));
        });
    }

    [Fact]
    public void Two_stacks_in_the_same_tier_and_region_get_different_names()
    {
        Gen.Select(Environments, Gen.String[Gen.Char['a', 'z'], 3, 20]).Where(pair => pair.Item1.StackName != pair.Item2).Sample((environment, other) =>
            Assert.NotEqual(BucketNames.For(environment, "datasets"), BucketNames.For(environment with { StackName = other }, "datasets")));
    }

    [Fact]
    public void The_validator_agrees_with_the_oss_rules_on_any_string()
    {
        Gen.String[Gen.Char["abcxyz019-._A"], 0, 70].Sample(name =>
            Assert.Equal(PortableName().IsMatch(name), BucketNames.Violations(name, Cloud.Alicloud).Count == 0));
    }

    [Theory]
    [InlineData("ab", "3 to 63 characters")]
    [InlineData("Acme-datasets", "only lowercase letters, digits, dots and hyphens")]
    [InlineData("-acme", "begin and end")]
    [InlineData("acme..data", "two adjacent dots")]
    [InlineData("192.168.5.4", "IP address")]
    [InlineData("xn--acme-data", "reserved prefix 'xn--'")]
    [InlineData("sthree-acme", "reserved prefix 'sthree-'")]
    [InlineData("acme-data-s3alias", "reserved suffix '-s3alias'")]
    [InlineData("acme-data--ol-s3", "reserved suffix '--ol-s3'")]
    [InlineData("acme-data.mrap", "reserved suffix '.mrap'")]
    public void Each_s3_rule_is_named_in_the_error(string name, string rule)
    {
        Assert.Contains(BucketNames.Violations(name, Cloud.Aws), violation => violation.Contains(rule, StringComparison.Ordinal));
    }

    [Fact]
    public void Oss_refuses_dots_that_s3_allows()
    {
        Assert.Empty(BucketNames.Violations("acme.data", Cloud.Aws));
        Assert.Contains(BucketNames.Violations("acme.data", Cloud.Alicloud), violation => violation.Contains("(OSS)", StringComparison.Ordinal));
    }
}
