using System.Globalization;
using System.Text.RegularExpressions;
using Infra.Platform.Kubernetes;

namespace Infra.Compliance.Rules.Deployability;

/// <summary>
/// MLD-GPU-001: the node groups (EKS) and node pools (ACK) of one GPU pool — those labelled with the
/// same <see cref="PlatformLabels.Pool"/> — together scale to at most the pool's recorded maximum:
/// the <see cref="PlatformMetrics.PoolMaxNodes"/> recording rule (<c>vector(N)</c> with label
/// <c>pool</c>) that the cost estimate, the dashboards and the "pool at maximum" alert read.
/// </summary>
public sealed partial class GpuPoolMaximumRule() : ComplianceRule(DeployabilityCatalog.GpuPoolMaximum)
{
    public override RuleOutcome Evaluate(ComplianceContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var maxima = RecordedMaxima(context);
        var groups = context.OfType(ResourceTypes.Set(ResourceTypes.EksNodeGroup, ResourceTypes.AckNodePool))
            .Select(group => (Group: group, Pool: PoolOf(group)))
            .Where(entry => entry.Pool is not null && maxima.ContainsKey(entry.Pool))
            .ToList();
        var violations = new List<Violation>();
        foreach (var pool in groups.GroupBy(entry => entry.Pool!, StringComparer.Ordinal))
        {
            var sizes = pool.Select(entry => (entry.Group, Max: PropertyValues.Number(PropertyValues.At(entry.Group.Properties, "scalingConfig.maxSize")))).ToList();
            var max = maxima[pool.Key];
            string? problem = null;
            if (max is null || sizes.Any(size => size.Max is null))
            {
                problem = $"pool {pool.Key}'s maximum or a group's scalingConfig.maxSize is not a literal number, so the pool's size cannot be proven";
            }
            else if (sizes.Sum(size => size.Max!.Value) is var total && total > max)
            {
                problem = string.Create(CultureInfo.InvariantCulture,
                    $"pool {pool.Key} records a maximum of {max} nodes ({PlatformMetrics.PoolMaxNodes}) but its groups scale to {total} ({string.Join(" + ", sizes.Select(size => $"{size.Group.LogicalName} {size.Max}"))})");
            }

            if (problem is not null)
            {
                violations.AddRange(pool.Select(entry => new Violation(entry.Group.LogicalName, problem)));
            }
        }

        return new RuleOutcome(groups.Count, violations);
    }

    /// <summary>The pool label of an EKS node group (a map) or an ACK node pool (a list of key/value).</summary>
    private static string? PoolOf(Resource group) => group.Properties["labels"] switch
    {
        MapValue labels => PropertyValues.Text(labels[PlatformLabels.Pool]),
        ListValue labels => labels.Items.OfType<MapValue>()
            .Where(label => PropertyValues.Text(label["key"]) == PlatformLabels.Pool)
            .Select(label => PropertyValues.Text(label["value"]))
            .FirstOrDefault(),
        _ => null,
    };

    /// <summary>Every pool's recorded maximum, from recording rules anywhere in the stack's Kubernetes objects; null when not a literal vector(N).</summary>
    private static Dictionary<string, double?> RecordedMaxima(ComplianceContext context)
    {
        var maxima = new Dictionary<string, double?>(StringComparer.Ordinal);
        var holders = context.OfType(ResourceTypes.Set(ResourceTypes.ConfigGroup, ResourceTypes.PrometheusRule, ResourceTypes.HelmRelease));
        foreach (var rule in holders.SelectMany(holder => ValueWalk.Nodes(holder.Properties, "properties")).Select(node => node.Value).OfType<MapValue>())
        {
            if (PropertyValues.Text(rule["record"]) == PlatformMetrics.PoolMaxNodes && PropertyValues.Text(PropertyValues.At(rule, "labels.pool")) is { } pool)
            {
                var match = PropertyValues.Text(rule["expr"]) is { } expr ? VectorLiteral().Match(expr) : null;
                maxima[pool] = match is { Success: true } ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
            }
        }

        return maxima;
    }

    [GeneratedRegex(@"^\s*vector\(\s*([0-9]+(?:\.[0-9]+)?)\s*\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex VectorLiteral();
}
