using Infra.Components.Compute;
using Infra.Platform.Catalog;

namespace Infra.Components.Tests;

public class GpuCostEstimateTests
{
    private static readonly GpuCatalog Catalog = new(
        [new GpuModel("l4", "NVIDIA L4", null), new GpuModel("h20", "NVIDIA H20", null)],
        [
            new GpuInstanceType("ec2", "g6.xlarge", "l4", 1, 22888, 4, 16384, 250, 0, "test",
                [new InstanceTypeOffer("us-east-1", true, 0.8048m, "USD", "2026-07-20", "test"), new InstanceTypeOffer("us-west-2", false, null, null, null, null)]),
            new GpuInstanceType("ec2", "g6.2xlarge", "l4", 1, 22888, 8, 32768, 450, 0, "test",
                [new InstanceTypeOffer("us-east-1", true, 0.9776m, "USD", "2026-07-20", "test")]),
        ]);

    private static GpuPoolInfo Pool(string name, int min, int max, params string[] types) =>
        new(name, "l4", 1, min, max, WorkloadClass.Inference, CapacityType.OnDemand, [.. types]);

    [Fact]
    public void A_pool_costs_its_nodes_times_the_hourly_list_price_times_730_hours_at_each_end_of_its_range()
    {
        var cost = Assert.Single(GpuCostEstimate.For([Pool("infer", 1, 8, "g6.xlarge")], Cloud.Aws, "us-east-1", Catalog).Pools);

        Assert.Equal(0.8048m * 730, cost.MonthlyAtMin);
        Assert.Equal(0.8048m * 8 * 730, cost.MonthlyAtMax);
        Assert.Equal("USD", cost.Currency);
        Assert.Equal("2026-07-20", cost.PriceDate);
    }

    [Fact]
    public void A_pool_that_scales_to_zero_costs_nothing_at_its_smallest()
    {
        Assert.Equal(0m, GpuCostEstimate.For([Pool("train", 0, 2, "g6.xlarge")], Cloud.Aws, "us-east-1", Catalog).Pools[0].MonthlyAtMin);
    }

    [Fact]
    public void The_first_listed_type_with_a_price_in_the_region_prices_the_pool()
    {
        var cost = GpuCostEstimate.For([Pool("infer", 1, 2, "g6.2xlarge", "g6.xlarge")], Cloud.Aws, "us-east-1", Catalog).Pools[0];

        Assert.Equal("g6.2xlarge", cost.InstanceType);
        Assert.Equal(0.9776m, cost.HourlyPerNode);
    }

    [Fact]
    public void Without_a_price_in_the_region_the_pool_is_unpriced_rather_than_guessed()
    {
        var estimate = GpuCostEstimate.For([Pool("infer", 1, 2, "g6.xlarge")], Cloud.Aws, "us-west-2", Catalog);

        var cost = Assert.Single(estimate.Unpriced);
        Assert.Null(cost.MonthlyAtMax);
        Assert.Empty(estimate.Totals);
    }

    [Fact]
    public void Totals_add_up_per_currency()
    {
        var estimate = GpuCostEstimate.For([Pool("a", 1, 2, "g6.xlarge"), Pool("b", 0, 3, "g6.2xlarge")], Cloud.Aws, "us-east-1", Catalog);

        var (currency, atMin, atMax) = Assert.Single(estimate.Totals);
        Assert.Equal("USD", currency);
        Assert.Equal(0.8048m * 730, atMin);
        Assert.Equal((0.8048m * 2 + 0.9776m * 3) * 730, atMax);
    }
}
