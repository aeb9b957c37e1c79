using Infra.Platform.Catalog;

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

        Assert.Equal(
            ["g6.xlarge", "g6.2xlarge", "g6.4xlarge", "g6.8xlarge", "g6.16xlarge", "g6.12xlarge", "g6.24xlarge", "g6.48xlarge"],
            types.Select(type => type.Name));
        Assert.Empty(Catalog.Offered(Cloud.Alicloud, "l4", "us-east-1"));
        Assert.Empty(Catalog.Offered(Cloud.AwsChina, "h100", "cn-northwest-1"));
    }

    [Fact]
    public void The_regions_offering_a_model_are_listed_per_cloud()
    {
        Assert.Equal(["ap-northeast-1", "us-east-1", "us-west-2"], Catalog.RegionsOffering(Cloud.Aws, "h100", RegionCatalog.Default));
        Assert.Equal(["cn-north-1", "cn-northwest-1"], Catalog.RegionsOffering(Cloud.AwsChina, "a10g", RegionCatalog.Default));
        Assert.Equal(["cn-beijing", "cn-hangzhou", "cn-shanghai", "cn-shenzhen", "cn-wulanchabu"], Catalog.RegionsOffering(Cloud.Alicloud, "a10", RegionCatalog.Default));
        Assert.Empty(Catalog.RegionsOffering(Cloud.Alicloud, "h20", RegionCatalog.Default));
    }

    [Fact]
    public void A_region_no_source_confirms_is_marked_unverified()
    {
        var catalog = new GpuCatalog(
            [new GpuModel("x1", "Example X1", null)],
            [new GpuInstanceType("ec2", "x1.large", "x1", 1, 1024, 8, 32768, 0, 0, "test",
                [new InstanceTypeOffer("us-east-1", true, 1m, "USD", "2026-01-01", "test"), new InstanceTypeOffer("us-west-2", false, null, null, null, null)])]);

        Assert.Equal(["us-east-1", "us-west-2 [unverified]"], catalog.RegionsOffering(Cloud.Aws, "x1", RegionCatalog.Default));
    }

    [Theory]
    [InlineData(Cloud.Aws, "us-east-1")]
    [InlineData(Cloud.Aws, "us-west-2")]
    [InlineData(Cloud.Aws, "eu-west-1")]
    [InlineData(Cloud.Aws, "ap-northeast-1")]
    [InlineData(Cloud.Aws, "ap-southeast-1")]
    [InlineData(Cloud.AwsChina, "cn-north-1")]
    [InlineData(Cloud.AwsChina, "cn-northwest-1")]
    [InlineData(Cloud.Alicloud, "cn-beijing")]
    [InlineData(Cloud.Alicloud, "cn-shanghai")]
    [InlineData(Cloud.Alicloud, "cn-hangzhou")]
    public void Every_offer_in_a_region_stacks_deploy_to_is_verified_and_priced_with_a_date(Cloud cloud, string region)
    {
        var offers = Catalog.InstanceTypes
            .Where(type => type.Provider == GpuCatalog.ProviderOf(cloud))
            .Select(type => type.OfferIn(region))
            .OfType<InstanceTypeOffer>()
            .ToList();

        Assert.NotEmpty(offers);
        Assert.All(offers, offer =>
        {
            Assert.True(offer.Verified, region);
            Assert.True(DateOnly.TryParseExact(offer.PriceDate, "yyyy-MM-dd", out _), $"{region}: price date '{offer.PriceDate}'");
        });
    }

    [Fact]
    public void The_facts_of_an_entry_are_those_of_its_source()
    {
        var p5 = Catalog.FindInstanceType(Cloud.Aws, "p5.48xlarge")!;
        var gn7i = Catalog.FindInstanceType(Cloud.Alicloud, "ecs.gn7i-c8g1.2xlarge")!;

        Assert.Equal(("h100", 8, 81920, 192, 32), (p5.Gpu, p5.Gpus, p5.GpuMemoryMiB, p5.Vcpus, p5.EfaInterfaces));
        Assert.Equal(55.04m, p5.OfferIn("us-east-1")!.OnDemandHourly);
        Assert.Equal((68.8m, "2026-01-21"), (p5.OfferIn("ap-northeast-1")!.OnDemandHourly!.Value, p5.OfferIn("ap-northeast-1")!.PriceDate));
        Assert.Equal(5.223m, Catalog.FindInstanceType(Cloud.AwsChina, "g4dn.xlarge")!.OfferIn("cn-north-1")!.OnDemandHourly);
        Assert.Equal(108.49273m, Catalog.FindInstanceType(Cloud.AwsChina, "g5.48xlarge")!.OfferIn("cn-northwest-1")!.OnDemandHourly);
        Assert.Equal(("a10", 1, 24576, 8, 30 * 1024), (gn7i.Gpu, gn7i.Gpus, gn7i.GpuMemoryMiB, gn7i.Vcpus, gn7i.MemoryMiB));
        Assert.Equal((9.5326m, "CNY", "2024-12-30"), (gn7i.OfferIn("cn-beijing")!.OnDemandHourly!.Value, gn7i.OfferIn("cn-beijing")!.Currency, gn7i.OfferIn("cn-beijing")!.PriceDate));
        Assert.False(Catalog.FindInstanceType(Cloud.Alicloud, "ecs.gn6i-c4g1.xlarge")!.SupportsEfa);
    }

    private static GpuCatalog LoadWithOffer(string offer) =>
        GpuCatalog.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes($$"""
            {
              "sources": {"specs": "a spec sheet", "prices": "a price list"},
              "models": [{"key": "x1", "name": "Example X1"}],
              "instanceTypes": [
                {"provider": "ec2", "name": "x1.large", "gpu": "x1", "gpus": 1, "gpuMemoryMiB": 1024, "vcpus": 8, "memoryMiB": 32768,
                 "localNvmeGB": 0, "efaInterfaces": 0, "source": "specs", "offers": [{{offer}}]}
              ]
            }
            """)));

    [Fact]
    public void A_verified_offer_is_read_with_its_price_currency_date_and_source()
    {
        var offer = LoadWithOffer("""{"region": "us-east-1", "onDemandHourly": 1.5, "currency": "USD", "priceDate": "2026-01-21", "source": "prices"}""")
            .FindInstanceType(Cloud.Aws, "x1.large")!.OfferIn("us-east-1")!;

        Assert.Equal(new InstanceTypeOffer("us-east-1", true, 1.5m, "USD", "2026-01-21", "prices"), offer);
    }

    [Theory]
    [InlineData("""{"region": "us-east-1", "currency": "USD", "priceDate": "2026-01-21", "source": "prices"}""", "lacks a price")]
    [InlineData("""{"region": "us-east-1", "onDemandHourly": 1.5, "currency": "USD", "source": "prices"}""", "price date")]
    [InlineData("""{"region": "us-east-1", "onDemandHourly": 1.5, "currency": "USD", "priceDate": "Jan 2026", "source": "prices"}""", "price date")]
    [InlineData("""{"region": "us-east-1", "onDemandHourly": 1.5, "currency": "USD", "priceDate": "2026-01-21", "source": "a blog"}""", "described source")]
    [InlineData("""{"region": "us-east-1", "verified": false, "onDemandHourly": 1.5}""", "unverified but carries a price")]
    public void An_offer_without_the_facts_a_price_needs_is_refused_when_the_catalog_is_read(string offer, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => LoadWithOffer(offer));

        Assert.Contains("x1.large in us-east-1", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
