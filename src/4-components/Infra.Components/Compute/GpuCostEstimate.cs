using Infra.Platform;
using Infra.Platform.Catalog;

namespace Infra.Components.Compute;

/// <summary>
/// What one GPU pool costs per month at its smallest and largest size, at the on-demand list price
/// of its primary instance type in the stack's region (from the GPU catalog, with its currency and
/// date). No price when the catalog has none for that region: the estimate says so instead of guessing.
/// </summary>
public sealed record PoolCost(
    string Pool,
    string GpuModel,
    string? InstanceType,
    int MinNodes,
    int MaxNodes,
    CapacityType Capacity,
    decimal? HourlyPerNode,
    string? Currency,
    string? PriceDate)
{
    public decimal? MonthlyAtMin => HourlyPerNode * MinNodes * GpuCostEstimate.HoursPerMonth;

    public decimal? MonthlyAtMax => HourlyPerNode * MaxNodes * GpuCostEstimate.HoursPerMonth;
}

/// <summary>The monthly cost range of a stack's GPU pools, per currency.</summary>
public sealed record CostEstimate(ImmutableArray<PoolCost> Pools)
{
    /// <summary>Totals by currency at every pool's smallest and largest size (priced pools only).</summary>
    public IReadOnlyList<(string Currency, decimal AtMin, decimal AtMax)> Totals =>
        [.. Pools.Where(pool => pool.Currency is not null && pool.HourlyPerNode is not null)
            .GroupBy(pool => pool.Currency!, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => (group.Key, group.Sum(pool => pool.MonthlyAtMin!.Value), group.Sum(pool => pool.MonthlyAtMax!.Value)))];

    /// <summary>Pools the catalog has no price for in the region.</summary>
    public IEnumerable<PoolCost> Unpriced => Pools.Where(pool => pool.HourlyPerNode is null);
}

public static class GpuCostEstimate
{
    /// <summary>Hours in an average month (24 × 365 / 12), the convention of the clouds' own calculators.</summary>
    public const int HoursPerMonth = 730;

    /// <summary>
    /// Prices each pool by its first instance type with a price in <paramref name="region"/> (pools list
    /// their primary type first; the others are alternatives for spot capacity). Spot pools are priced
    /// at the on-demand list price too, so their figure is an upper bound.
    /// </summary>
    public static CostEstimate For(IEnumerable<GpuPoolInfo> pools, Cloud cloud, string region, GpuCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(pools);
        ArgumentNullException.ThrowIfNull(catalog);
        return new CostEstimate([.. pools.Select(pool =>
        {
            var priced = pool.InstanceTypes
                .Select(name => (Name: name, Offer: catalog.FindInstanceType(cloud, name)?.OfferIn(region)))
                .FirstOrDefault(candidate => candidate.Offer?.OnDemandHourly is not null);
            return new PoolCost(
                pool.Name,
                pool.GpuModel,
                priced.Name ?? pool.InstanceTypes.FirstOrDefault(),
                pool.MinNodes,
                pool.MaxNodes,
                pool.Capacity,
                priced.Offer?.OnDemandHourly,
                priced.Offer?.Currency,
                priced.Offer?.PriceDate);
        })]);
    }
}
