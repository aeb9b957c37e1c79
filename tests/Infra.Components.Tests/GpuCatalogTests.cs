using Infra.Components.Catalog;
using Infra.Components.Environment;

namespace Infra.Components.Tests;

public class GpuCatalogTests
{
    private static GpuCatalog Catalog => GpuCatalog.Default;

    private static IEnumerable<Cloud> CloudsOf(string provider) =>
        provider == GpuCatalog.Ecs ? [Cloud.Alicloud] : [Cloud.Aws, Cloud.AwsChina];

    [Fact]
    public void Every_offered_region_is_a_region_of_the_instance_types_cloud_in_the_region_catalog()
    {
        Assert.All(Catalog.InstanceTypes, type => Assert.All(type.Offers, offer =>
            Assert.True(CloudsOf(type.Provider).Any(cloud => RegionCatalog.Default.Find(cloud, offer.Region) is not null),
                $"{type.Name} is offered in '{offer.Region}', which is no {type.Provider} region of the region catalog")));
    }

    [Fact]
    public void No_instance_type_or_regional_offer_appears_twice()
    {
        Assert.Equal(Catalog.InstanceTypes.Count, Catalog.InstanceTypes.Select(type => (type.Provider, type.Name)).Distinct().Count());
        Assert.All(Catalog.InstanceTypes, type =>
            Assert.Equal(type.Offers.Length, type.Offers.Select(offer => offer.Region).Distinct().Count()));
        Assert.Equal(Catalog.Models.Count, Catalog.Models.Select(model => model.Key).Distinct().Count());
    }

    [Fact]
    public void Every_instance_type_carries_gpus_of_a_catalog_model_and_names_a_described_source()
    {
        Assert.All(Catalog.InstanceTypes, type =>
        {
            Assert.True(type.Gpus > 0, type.Name);
            Assert.True(type.GpuMemoryMiB > 0 && type.Vcpus > 0 && type.MemoryMiB > 0, type.Name);
            Assert.NotNull(Catalog.FindModel(type.Gpu));
            Assert.True(Catalog.Sources.ContainsKey(type.Source), $"{type.Name}: source '{type.Source}'");
            Assert.NotEmpty(type.Offers);
        });
    }

    [Fact]
    public void Verified_offers_carry_a_list_price_in_the_regions_currency_and_unverified_ones_carry_none()
    {
        Assert.All(Catalog.InstanceTypes.SelectMany(type => type.Offers.Select(offer => (type, offer))), entry =>
        {
            var (type, offer) = entry;
            if (!offer.Verified)
            {
                Assert.Null(offer.OnDemandHourly);
                return;
            }

            var china = CloudsOf(type.Provider).Select(cloud => RegionCatalog.Default.Find(cloud, offer.Region)).OfType<RegionInfo>().Single().Jurisdiction == Jurisdiction.China;
            Assert.True(offer.OnDemandHourly > 0, $"{type.Name} in {offer.Region}");
            Assert.Equal(china ? "CNY" : "USD", offer.Currency);
            Assert.True(Catalog.Sources.ContainsKey(offer.Source!), $"{type.Name} in {offer.Region}: source '{offer.Source}'");
        });
    }

    [Theory]
    [InlineData("t4")]
    [InlineData("a10g")]
    [InlineData("a10")]
    [InlineData("l4")]
    [InlineData("l40s")]
    [InlineData("a100")]
    [InlineData("h100")]
    [InlineData("h200")]
    [InlineData("h20")]
    public void The_catalog_knows_the_models_the_platform_offers(string model)
    {
        Assert.NotNull(Catalog.FindModel(model));
    }

    [Fact]
    public void Models_without_any_instance_type_say_why_in_their_note()
    {
        Assert.All(Catalog.Models.Where(model => !Catalog.InstanceTypes.Any(type => type.Gpu == model.Key)), model =>
            Assert.Contains("[unverified]", model.Note ?? "", StringComparison.Ordinal));
    }

    [Fact]
    public void Offered_types_are_ordered_by_gpu_count_then_size_and_stay_within_the_cloud_and_region()
    {
        var types = Catalog.Offered(Cloud.Aws, "l4", "us-east-1");

        Assert.Equal(["g6.xlarge", "g6.2xlarge", "g6.4xlarge", "g6.12xlarge", "g6.48xlarge"], types.Select(type => type.Name));
        Assert.Empty(Catalog.Offered(Cloud.Alicloud, "l4", "us-east-1"));
        Assert.Empty(Catalog.Offered(Cloud.AwsChina, "h100", "cn-northwest-1"));
    }

    [Fact]
    public void The_regions_offering_a_model_are_listed_per_cloud_with_unverified_ones_marked()
    {
        Assert.Equal(["us-east-1", "us-west-2 [unverified]"], Catalog.RegionsOffering(Cloud.Aws, "h100", RegionCatalog.Default));
        Assert.Equal(["cn-north-1", "cn-northwest-1 [unverified]"], Catalog.RegionsOffering(Cloud.AwsChina, "a10g", RegionCatalog.Default));
        Assert.Empty(Catalog.RegionsOffering(Cloud.Alicloud, "h20", RegionCatalog.Default));
    }

    [Fact]
    public void The_facts_of_an_entry_are_those_of_its_source()
    {
        var p5 = Catalog.FindInstanceType(Cloud.Aws, "p5.48xlarge")!;

        Assert.Equal(("h100", 8, 81920, 192, 32), (p5.Gpu, p5.Gpus, p5.GpuMemoryMiB, p5.Vcpus, p5.EfaInterfaces));
        Assert.Equal(55.04m, p5.OfferIn("us-east-1")!.OnDemandHourly);
        Assert.Equal(5.223m, Catalog.FindInstanceType(Cloud.AwsChina, "g4dn.xlarge")!.OfferIn("cn-north-1")!.OnDemandHourly);
        Assert.False(Catalog.FindInstanceType(Cloud.Alicloud, "ecs.gn6i-c4g1.xlarge")!.SupportsEfa);
    }
}
