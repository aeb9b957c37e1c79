using CsCheck;
using Infra.Platform.Facts;
using Infra.Platform.Naming;

namespace Infra.Components.Tests;

public class PhysicalNamesTests
{
    [Fact]
    public void A_name_that_fits_is_kept_and_a_longer_one_fits_stably_with_a_hash()
    {
        Gen.Select(Gen.String[Gen.Char["abcz09-"], 1, 200], Gen.Int[8, 128]).Sample((name, max) =>
        {
            var fitted = PhysicalNames.Fit(name, max);

            Assert.True(fitted.Length <= max);
            Assert.Equal(fitted, PhysicalNames.Fit(name, max));
            if (name.Length <= max)
            {
                Assert.Equal(name, fitted);
            }
            else
            {
                // CsCheck found "-------…": a kept part of separators only is dropped, leaving the hash alone.
                var hash = PhysicalNames.Hash(name);
                Assert.True(fitted == hash || fitted.EndsWith("-" + hash, StringComparison.Ordinal), fitted);
                Assert.DoesNotContain("--", fitted[^Math.Min(fitted.Length, PhysicalNames.HashLength + 2)..], StringComparison.Ordinal);
            }
        });
    }

    [Fact]
    public void A_long_name_that_begins_with_separators_only_is_its_hash()
    {
        var name = new string('-', 40);

        Assert.Equal(PhysicalNames.Hash(name), PhysicalNames.Fit(name, 20));
    }

    [Fact]
    public void Two_long_names_that_differ_only_at_the_end_stay_different()
    {
        var stem = new string('a', 80);

        Assert.NotEqual(PhysicalNames.Fit(stem + "-training", 64), PhysicalNames.Fit(stem + "-serving", 64));
    }

    [Fact]
    public void The_hash_is_the_bucket_names_hash_so_bucket_names_do_not_change()
    {
        // Storage/BucketNames.cs used the first 6 hex characters of SHA-256 of "<stack>/<purpose>" before the helper existed.
        Assert.Equal("e3b0c4", PhysicalNames.Hash(""));
    }

    [Fact]
    public void The_limits_are_the_documented_ones()
    {
        Assert.Equal(64, NameLimitFacts.IamRoleName.MaxLength); // IAM User Guide, "IAM object quotas"
        Assert.Equal(128, NameLimitFacts.IamPolicyName.MaxLength); // IAM User Guide, "IAM object quotas"
        Assert.Equal(100, NameLimitFacts.EksClusterName.MaxLength); // EKS API Reference, CreateCluster
        Assert.Equal(63, NameLimitFacts.EksNodeGroupName.MaxLength); // EKS User Guide, "Create a managed node group"
        Assert.Equal(64, NameLimitFacts.RamRoleName.MaxLength); // Alibaba Cloud RAM API, CreateRole
        Assert.Equal(128, NameLimitFacts.RamPolicyName.MaxLength); // Alibaba Cloud RAM API, CreatePolicy
        Assert.Equal(63, NameLimitFacts.SlsProjectName.MaxLength); // Simple Log Service, CreateProject
        Assert.Equal((128, 256), (NameLimitFacts.AwsTags.KeyMaxLength, NameLimitFacts.AwsTags.ValueMaxLength)); // AWS "Tag naming limits and requirements"
        Assert.Equal((128, 128), (NameLimitFacts.AlicloudTags.KeyMaxLength, NameLimitFacts.AlicloudTags.ValueMaxLength)); // Alibaba Cloud Tag structure
        Assert.Equal(63, NameLimitFacts.KubernetesLabels.ValueMaxLength); // Kubernetes "Labels and Selectors"
        Assert.Matches(NameLimitFacts.AwsTags.Pattern, "ML Platform: team_1 +=/@-.");
        Assert.DoesNotMatch(NameLimitFacts.AwsTags.Pattern, "a;b");
        Assert.Matches(NameLimitFacts.IamRoleName.Pattern, "acme-prod-global+=,.@_-");
        Assert.DoesNotMatch(NameLimitFacts.RamRoleName.Pattern, "acme_role");
    }

    [Fact]
    public void Every_limit_names_its_source_and_says_where_it_is_unverified()
    {
        Assert.All(NameLimitFacts.All, limit =>
        {
            Assert.False(string.IsNullOrWhiteSpace(limit.Source));
            Assert.Equal(!limit.Verified, limit.Source.Contains("[unverified", StringComparison.Ordinal));
            Assert.InRange(limit.MinLength, 1, limit.MaxLength);
        });
        Assert.Equal(NameLimitFacts.All.Count, NameLimitFacts.All.Select(limit => (limit.Type, limit.Input)).Distinct().Count());
    }
}
