using Infra.Providers;
using Infra.Stacks.Review;
using AwsEks = Infra.Providers.Aws.Eks;
using AwsS3 = Infra.Providers.Aws.S3;
using Vpc = Infra.Providers.Alicloud.Vpc;

namespace Infra.Stacks.Tests;

public class ReplacementRulesTests
{
    [Theory]
    [InlineData(AwsS3.Bucket.Token, "bucket", "bucket")]
    [InlineData(AwsS3.Bucket.Token, "objectLockEnabled", "objectLockEnabled")]
    [InlineData(AwsEks.NodeGroup.Token, "instanceTypes[0]", "instanceTypes")]
    [InlineData(AwsEks.NodeGroup.Token, "scalingConfig.desiredSize", null)]
    [InlineData(Vpc.Switch.Token, "zoneId", "zoneId")]
    [InlineData(AwsS3.BucketPolicy.Token, "bucket", null)]
    [InlineData("aws:iam/user:User", "name", null)]
    public void An_input_forces_a_replacement_when_the_schema_says_so(string type, string path, string? expected) =>
        Assert.Equal(expected, ReplacementRules.ForcesReplacement(type, path));

    [Fact]
    public void Every_force_new_fact_of_the_schema_names_its_source()
    {
        var facts = ProviderSchema.ReplaceOnChanges(AwsEks.Cluster.Token);
        Assert.Equal(["name"], facts.Select(fact => fact.Input));
        Assert.All(facts, fact => Assert.Contains("terraform-provider-aws aws_eks_cluster", fact.Source, StringComparison.Ordinal));
    }
}
