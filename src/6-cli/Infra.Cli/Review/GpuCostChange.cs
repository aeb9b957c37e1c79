using System.Text.Json;
using Infra.Components.Compute;

namespace Infra.Cli.Review;

/// <summary>
/// How the monthly cost of a stack's GPU pools changes, at the GPU catalog's on-demand list price ×
/// the pool's minimum and maximum nodes × <see cref="GpuCostEstimate.HoursPerMonth"/> hours, per
/// currency. Only the pools that change are listed. <see cref="BaseKnown"/> is false when the base
/// could not be composed (a base of program files, or a stack file this build refuses): the head's
/// figures stand alone.
/// </summary>
public sealed record GpuCostChange(IReadOnlyList<PoolCostChange> Pools, IReadOnlyList<CostTotalChange> Totals)
{
    public bool BaseKnown { get; init; } = true;

    /// <summary>Null when nothing about the pools' cost changes (and the base is known), or neither side has a GPU pool.</summary>
    public static GpuCostChange? Between(CostEstimate? before, CostEstimate after)
    {
        ArgumentNullException.ThrowIfNull(after);
        var baseSides = (before?.Pools ?? []).ToDictionary(pool => pool.Pool, Side, StringComparer.Ordinal);
        var headSides = after.Pools.ToDictionary(pool => pool.Pool, Side, StringComparer.Ordinal);
        var pools = baseSides.Keys.Union(headSides.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(name => new PoolCostChange(name, baseSides.GetValueOrDefault(name), headSides.GetValueOrDefault(name)))
            .Where(pool => pool.Base != pool.Head)
            .ToList();
        if (pools.Count == 0)
        {
            return null;
        }

        var baseTotals = (before?.Totals ?? []).ToDictionary(total => total.Currency, StringComparer.Ordinal);
        var headTotals = after.Totals.ToDictionary(total => total.Currency, StringComparer.Ordinal);
        var totals = baseTotals.Keys.Union(headTotals.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(currency => new CostTotalChange(
                currency,
                before is null ? null : baseTotals.TryGetValue(currency, out var old) ? old.AtMin : 0,
                before is null ? null : baseTotals.TryGetValue(currency, out old) ? old.AtMax : 0,
                headTotals.TryGetValue(currency, out var current) ? current.AtMin : 0,
                headTotals.TryGetValue(currency, out current) ? current.AtMax : 0))
            .ToList();
        return new GpuCostChange(pools, totals) { BaseKnown = before is not null };
    }

    private static PoolCostSide Side(PoolCost pool) => new(
        pool.GpuModel,
        pool.InstanceType,
        pool.MinNodes,
        pool.MaxNodes,
        JsonNamingPolicy.KebabCaseLower.ConvertName(pool.Capacity.ToString()),
        pool.HourlyPerNode,
        pool.Currency,
        pool.MonthlyAtMin,
        pool.MonthlyAtMax);
}

/// <summary>One pool at the base or the head; null on the side where the pool does not exist. Figures are null without a catalog price.</summary>
public sealed record PoolCostChange(string Pool, PoolCostSide? Base, PoolCostSide? Head);

public sealed record PoolCostSide(
    string GpuModel,
    string? InstanceType,
    int MinNodes,
    int MaxNodes,
    string Capacity,
    decimal? HourlyPerNode,
    string? Currency,
    decimal? MonthlyAtMin,
    decimal? MonthlyAtMax);

/// <summary>The monthly totals of priced pools in one currency, at every pool's minimum and maximum size; base figures null when unknown.</summary>
public sealed record CostTotalChange(string Currency, decimal? BaseAtMin, decimal? BaseAtMax, decimal HeadAtMin, decimal HeadAtMax)
{
    public decimal? DeltaAtMin => HeadAtMin - BaseAtMin;

    public decimal? DeltaAtMax => HeadAtMax - BaseAtMax;
}
