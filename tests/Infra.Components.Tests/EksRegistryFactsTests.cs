using Infra.Components.Compute;
using Infra.Core.Diagnostics;
using Infra.Platform.Catalog;
using Infra.Platform.Facts;

namespace Infra.Components.Tests;

/// <summary>
/// The EKS add-on image registries, as the Amazon EKS User Guide lists them ('View Amazon container image
/// registries for Amazon EKS add-ons', awsdocs/amazon-eks-user-guide latest/ug/workloads/add-ons-images.adoc).
/// </summary>
public class EksRegistryFactsTests
{
    [Theory]
    [InlineData("us-east-1", "602401143452.dkr.ecr.us-east-1.amazonaws.com")]
    [InlineData("af-south-1", "877085696533.dkr.ecr.af-south-1.amazonaws.com")]
    [InlineData("ap-east-1", "800184023465.dkr.ecr.ap-east-1.amazonaws.com")]
    [InlineData("eu-south-1", "590381155156.dkr.ecr.eu-south-1.amazonaws.com")]
    [InlineData("me-south-1", "558608220178.dkr.ecr.me-south-1.amazonaws.com")]
    [InlineData("ap-southeast-3", "296578399912.dkr.ecr.ap-southeast-3.amazonaws.com")]
    [InlineData("il-central-1", "066635153087.dkr.ecr.il-central-1.amazonaws.com")]
    [InlineData("cn-north-1", "918309763551.dkr.ecr.cn-north-1.amazonaws.com.cn")]
    [InlineData("cn-northwest-1", "961992271922.dkr.ecr.cn-northwest-1.amazonaws.com.cn")]
    public void A_regions_registry_is_the_one_the_eks_user_guide_lists(string region, string registry)
    {
        var partition = AwsPartitionFacts.For(region.StartsWith("cn-", StringComparison.Ordinal) ? "aws-cn" : "aws");

        Assert.Equal(registry, EksRegistryFacts.RegistryFor(region, partition));
    }

    [Fact]
    public void Every_aws_region_of_the_catalog_has_a_registry()
    {
        var regions = RegionCatalog.Default.Regions.Where(region => region.Cloud != Cloud.Alicloud).ToList();

        Assert.NotEmpty(regions);
        Assert.All(regions, region => Assert.NotNull(EksRegistryFacts.RegistryFor(region.Code, AwsPartitionFacts.For(region.Partition))));
    }

    [Fact]
    public void A_region_without_a_known_registry_is_refused_not_guessed()
    {
        var unknown = new RegionInfo(Cloud.Aws, "xx-test-1", "Test", Jurisdiction.Global, "aws", ["xx-test-1a", "xx-test-1b", "xx-test-1c"]);

        Assert.Null(EksRegistryFacts.RegistryFor("xx-test-1", AwsPartitionFacts.Commercial));
        var error = Assert.Throws<InfraException>(() => ClusterTestStacks.Build(TestEnvironments.For(Tier.Prod, unknown)));
        var diagnostic = Assert.Single(error.Diagnostics);
        DiagnosticAssert.Is(diagnostic, ComputeCodes.NoEksImageRegistry, "region", "'xx-test-1' has no EKS image registry");
    }

    [Fact]
    public void Every_partition_fact_names_its_source()
    {
        Assert.All(AwsPartitionFacts.All.SelectMany(partition => partition.Entries()), entry => Assert.False(string.IsNullOrWhiteSpace(entry.Source)));
        Assert.All(EksAddonFacts.All, addon => Assert.False(string.IsNullOrWhiteSpace(addon.Source)));
        Assert.False(string.IsNullOrWhiteSpace(ClusterAutoscalerFacts.GpuLabel.Source));
    }
}
