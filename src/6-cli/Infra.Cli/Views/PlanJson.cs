using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Infra.Components.Compute;
using Infra.Core.Diagnostics;
using Infra.Core.Resources;
using Infra.Platform;
using Infra.Stacks.Synthesis;

namespace Infra.Cli.Views;

/// <summary>
/// <c>infra plan --json</c>: what the plan shows, as versioned JSON (docs/cli.md): the stack's
/// environment, providers, component tree, resource counts, GPU cost, every compliance rule's result,
/// warnings and errors. Source-generated (no reflection: the binary is NativeAOT).
/// </summary>
public static class PlanJson
{
    /// <summary>The version of the shape; a change of shape gets a new one.</summary>
    public const int Version = 1;

    private static readonly PlanJsonContext Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static string Write(PlanModel plan, StackAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(analysis);
        var environment = analysis.Spec.Environment;
        var document = new PlanDocument(
            Version,
            plan.Stack,
            analysis.Stack.Project,
            EnvironmentNames.Of(environment.Tier),
            EnvironmentNames.Of(environment.Cloud),
            environment.Region.Code,
            environment.Region.Name,
            EnvironmentNames.Of(environment.Jurisdiction),
            [.. environment.Zones],
            [.. analysis.Stack.AllResources.OfType<ProviderResource>().Select(provider => new PlanProvider(provider.LogicalName, provider.Type, provider.Options.Version))],
            plan.ResourceCount,
            [.. plan.CountsByType.Select(entry => new PlanTypeCount(entry.Key, entry.Value))],
            plan.Tree,
            new PlanCost(
                GpuCostEstimate.HoursPerMonth,
                [.. plan.Cost.Pools.Select(pool => new PlanPoolCost(
                    pool.Pool, pool.GpuModel, pool.InstanceType, pool.MinNodes, pool.MaxNodes, JsonNamingPolicy.KebabCaseLower.ConvertName(pool.Capacity.ToString()),
                    pool.HourlyPerNode, pool.Currency, pool.PriceDate, pool.MonthlyAtMin, pool.MonthlyAtMax))],
                [.. plan.Cost.Totals.Select(total => new PlanCostTotal(total.Currency, total.AtMin, total.AtMax))]),
            plan.Compliance,
            [.. plan.Warnings.Select(Entry)],
            [.. analysis.Diagnostics.Where(diagnostic => diagnostic.IsError).Select(Entry)]);
        return JsonSerializer.Serialize(document, Context.PlanDocument) + "\n";
    }

    private static PlanDiagnostic Entry(Diagnostic diagnostic) => new(diagnostic.Code, diagnostic.Subject, diagnostic.Message);
}

public sealed record PlanDocument(
    int Version,
    string Stack,
    string Project,
    string Tier,
    string Cloud,
    string Region,
    string RegionName,
    string Jurisdiction,
    IReadOnlyList<string> Zones,
    IReadOnlyList<PlanProvider> Providers,
    int ResourceCount,
    IReadOnlyList<PlanTypeCount> ResourcesByType,
    IReadOnlyList<PlanNode> Components,
    PlanCost Cost,
    IReadOnlyList<RuleLine> Compliance,
    IReadOnlyList<PlanDiagnostic> Warnings,
    IReadOnlyList<PlanDiagnostic> Errors);

public sealed record PlanProvider(string Name, string Type, string? Version);

public sealed record PlanTypeCount(string Type, int Count);

public sealed record PlanCost(int HoursPerMonth, IReadOnlyList<PlanPoolCost> Pools, IReadOnlyList<PlanCostTotal> Totals);

public sealed record PlanPoolCost(
    string Pool, string GpuModel, string? InstanceType, int MinNodes, int MaxNodes, string Capacity,
    decimal? HourlyPerNode, string? Currency, string? PriceDate, decimal? MonthlyAtMin, decimal? MonthlyAtMax);

public sealed record PlanCostTotal(string Currency, decimal AtMin, decimal AtMax);

public sealed record PlanDiagnostic(string Code, string Subject, string Message);

[JsonSerializable(typeof(PlanDocument))]
internal sealed partial class PlanJsonContext : JsonSerializerContext;
