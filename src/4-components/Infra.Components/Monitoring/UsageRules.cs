using System.Globalization;
using Infra.Components.Compute;
using Infra.Platform;
using Infra.Platform.Catalog;
using Infra.Platform.Kubernetes;

namespace Infra.Components.Monitoring;

/// <summary>
/// GPU usage accounting (docs/usage.md): GPUs allocated to and used by each team, namespace and
/// pool, and what they cost at the catalog's on-demand price. Every series is a rate per hour
/// (GPUs, GPU-equivalents, currency per hour) sampled on every evaluation; GPU-hours and cost over a
/// period are its integral, <c>sum_over_time(series[period:1m]) / 60</c>, which <c>infra usage</c>
/// and the "GPU usage by team" dashboard query.
/// </summary>
public static class UsageRules
{
    public const string GroupName = "ml-platform-usage";

    /// <summary>The catalog's on-demand price of one GPU of an instance type, per hour: labels <c>instance_type</c>, <c>currency</c>.</summary>
    public const string GpuPrice = "ml_platform:gpu_price:hourly";

    /// <summary>The price of one GPU on each node, by its instance type: labels <c>node</c>, <c>instance_type</c>, <c>currency</c>.</summary>
    public const string NodeGpuPrice = "ml_platform:node_gpu_price:hourly";

    /// <summary>GPUs requested by running pods: labels <c>team</c>, <c>namespace</c>, <c>pool</c>, <c>node</c>.</summary>
    public const string Allocated = "ml_platform:gpu_allocated:count";

    /// <summary>GPU-equivalents busy (the GPUs' utilization summed, 1 = one GPU fully busy): labels <c>team</c>, <c>namespace</c>, <c>pool</c>, <c>node</c>.</summary>
    public const string Used = "ml_platform:gpu_used:count";

    /// <summary>Used over allocated: labels <c>team</c>, <c>namespace</c>, <c>pool</c>.</summary>
    public const string Utilization = "ml_platform:gpu_utilization:ratio";

    /// <summary>What the allocated GPUs cost per hour: labels <c>team</c>, <c>namespace</c>, <c>pool</c>, <c>currency</c>.</summary>
    public const string Cost = "ml_platform:gpu_cost:hourly";

    /// <summary>
    /// The Kubernetes well-known node label with the cloud's instance type, set by the cloud
    /// controller manager (kubernetes.io/docs/reference/labels-annotations-taints/#nodekubernetesioinstance-type).
    /// On ACK the value is the ECS type (<c>ecs.gn7i-c8g1.2xlarge</c>) [unverified: no ACK node here].
    /// kube-state-metrics exports it only when allow-listed (<see cref="ChartValues"/>).
    /// </summary>
    public const string InstanceTypeLabel = "node.kubernetes.io/instance-type";

    private static readonly string Gpu = KnownMetrics.KsmResource(PlatformLabels.GpuResource);
    private static readonly string InstanceType = KnownMetrics.KsmLabel(InstanceTypeLabel);

    /// <summary>
    /// The price of one GPU per hour of every instance type the pools may use, priced in the stack's
    /// region by the GPU catalog (<see cref="GpuCatalog"/>, <c>gpus.json</c>, sources per offer):
    /// the instance type's on-demand list price divided by its GPUs. Types without a price in the
    /// region are left out: their GPUs are counted but cost nothing (docs/usage.md says so).
    /// </summary>
    public static IReadOnlyList<(string InstanceType, decimal PerGpuHour, string Currency)> Prices(
        IEnumerable<GpuPoolInfo> pools, Cloud cloud, string region, GpuCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(pools);
        ArgumentNullException.ThrowIfNull(catalog);
        return [.. pools.SelectMany(pool => pool.InstanceTypes)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(name => (Type: catalog.FindInstanceType(cloud, name), Name: name))
            .Select(entry => (entry.Name, entry.Type, Offer: entry.Type?.OfferIn(region)))
            .Where(entry => entry.Offer is { OnDemandHourly: not null, Currency: not null } && entry.Type!.Gpus > 0)
            .Select(entry => (entry.Name, Math.Round(entry.Offer!.OnDemandHourly!.Value / entry.Type!.Gpus, 6), entry.Offer.Currency!))];
    }

    /// <summary>The group, in evaluation order (each rule reads only series recorded before it).</summary>
    public static RuleGroup For(IEnumerable<GpuPoolInfo> pools, Cloud cloud, string region, GpuCatalog catalog)
    {
        var rules = ImmutableArray.CreateBuilder<PrometheusRule>();
        var prices = Prices(pools, cloud, region, catalog);
        foreach (var (instanceType, perGpuHour, currency) in prices)
        {
            rules.Add(new RecordingRule
            {
                Record = GpuPrice,
                Expr = $"vector({perGpuHour.ToString(CultureInfo.InvariantCulture)})",
                Labels = Labels.Of(("instance_type", instanceType), ("currency", currency)),
            });
        }

        // Without a price there is nothing to join: the cost rules would read a series nothing records.
        var priced = prices.Count > 0;
        if (priced)
        {
            rules.Add(new RecordingRule
            {
                Record = NodeGpuPrice,
                Expr = $"max by (node, instance_type, currency) (\n  label_replace(kube_node_labels{{{InstanceType}!=\"\"}}, \"instance_type\", \"$1\", \"{InstanceType}\", \"(.+)\")\n  * on (instance_type) group_left (currency) {GpuPrice}\n)",
            });
        }

        // A pod holds its GPUs while it runs on a node. kube-state-metrics labels requests with
        // resource, unit, container, pod, namespace and node (docs/metrics/workload/pod-metrics.md).
        rules.Add(new RecordingRule
        {
            Record = Allocated,
            Expr = AllocatedByPoolAndTeam,
        });

        // DCGM_FI_DEV_GPU_UTIL: gauge, "GPU utilization (in %)", on in the exporter's default field
        // list (NVIDIA/dcgm-exporter etc/default-counters.csv, read at commit 00d6d344; that it is the
        // same at the pinned tag 4.5.3-4.8.2 is [unverified]). With Kubernetes mapping on, the exporter
        // labels each GPU with the namespace and pod holding it; unheld GPUs have none and count for no team.
        rules.Add(new RecordingRule
        {
            Record = Used,
            Expr = ByPoolAndTeam("sum by (namespace, node) (DCGM_FI_DEV_GPU_UTIL{namespace!=\"\"}) / 100"),
        });
        rules.Add(new RecordingRule
        {
            Record = Utilization,
            Expr = $"sum by (team, namespace, pool) ({Used})\n/\nsum by (team, namespace, pool) ({Allocated})",
        });
        if (priced)
        {
            rules.Add(new RecordingRule
            {
                Record = Cost,
                Expr = $"sum by (team, namespace, pool, currency) (\n  (\n{AllocatedByPoolAndTeam}\n  )\n  * on (node) group_left (currency) {NodeGpuPrice}\n)",
            });
        }
        return new RuleGroup(GroupName, rules.ToImmutable());
    }

    /// <summary>
    /// PromQL for what a per-hour series adds up to over <paramref name="range"/> (a PromQL duration)
    /// ending at the query time: its value sampled every <paramref name="stepMinutes"/> minutes, each
    /// sample standing for that many minutes. Minutes without a sample (no GPUs held) add nothing.
    /// </summary>
    public static string Integral(string series, string range, int stepMinutes = 1) =>
        $"sum_over_time(({series})[{range}:{stepMinutes.ToString(CultureInfo.InvariantCulture)}m]) * {stepMinutes.ToString(CultureInfo.InvariantCulture)} / 60";

    /// <summary>
    /// GPUs requested by running pods, by team, namespace, pool and node. The cost rule repeats this
    /// rather than reading <see cref="Allocated"/>: a rule reading another rule's series is exact when
    /// Prometheus evaluates the group (stale markers end a series at once), but history rebuilt with
    /// <c>promtool tsdb create-blocks-from rules</c> has no stale markers, and a team's cost would run on
    /// for the 5-minute lookback after its pods stopped.
    /// </summary>
    private static string AllocatedByPoolAndTeam => ByPoolAndTeam(
        $"sum by (namespace, node) (\n  kube_pod_container_resource_requests{{resource=\"{Gpu}\",node!=\"\"}}\n  and on (namespace, pod) (kube_pod_status_phase{{phase=\"Running\"}} == 1)\n)");

    private static string ByPoolAndTeam(string byNamespaceAndNode) =>
        $"(\n  {byNamespaceAndNode}\n)\n* on (node) group_left (pool) {PlatformRules.NodePoolInfo}\n* on (namespace) group_left (team) {PlatformRules.NamespaceTeamInfo}";
}
