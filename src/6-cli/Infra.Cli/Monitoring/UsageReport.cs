using System.Globalization;
using Infra.Components.Compute;
using Infra.Components.Monitoring;

namespace Infra.Cli.Monitoring;

/// <summary>One team's GPU usage over a period (docs/usage.md).</summary>
public sealed record TeamUsage(
    string Team,
    double GpuHoursAllocated,
    double GpuHoursUsed,
    IReadOnlyList<(string Currency, double Amount)> Cost,
    int? GpuQuota,
    double PeakGpus)
{
    /// <summary>Used over allocated GPU-hours; null when nothing was allocated.</summary>
    public double? Utilization => GpuHoursAllocated > 0 ? GpuHoursUsed / GpuHoursAllocated : null;

    /// <summary>The most GPUs the team held at once over its quota; null without a quota.</summary>
    public double? QuotaUse => GpuQuota is > 0 ? PeakGpus / GpuQuota.Value : null;
}

/// <summary>Adds up the usage series of <see cref="UsageRules"/> per team over a period, and prints the report.</summary>
public static class UsageReport
{
    public const int Version = 1;

    private static readonly string[] Header = ["team", "GPU-h allocated", "GPU-h used", "utilization", "cost", "quota", "peak GPUs", "quota use"];

    /// <summary>
    /// GPU-hours of a per-hour series over <paramref name="period"/>: each recorded sample stands for
    /// one evaluation interval of the rule group (a missed evaluation counts nothing).
    /// </summary>
    public static string HoursQuery(string series, string by, TimeSpan period, TimeSpan interval) =>
        $"sum by ({by}) (sum_over_time({series}[{ReportTime.Seconds(period)}])) * {interval.TotalSeconds.ToString(CultureInfo.InvariantCulture)} / 3600";

    public static string PeakQuery(TimeSpan period, TimeSpan interval) =>
        $"max_over_time((sum by (team) ({UsageRules.Allocated}))[{ReportTime.Seconds(period)}:{ReportTime.Seconds(interval)}])";

    public static string InventoryQuery(TimeSpan period) =>
        $"count(count_over_time({PlatformRules.NamespaceTeamInfo}[{ReportTime.Seconds(period)}]))";

    /// <summary>Usage per team in [<paramref name="from"/>, <paramref name="to"/>): the spec's teams first, then any other team Prometheus knows.</summary>
    /// <exception cref="PrometheusException">Prometheus cannot be asked, lacks the usage rules, or has no inventory in the period.</exception>
    public static IReadOnlyList<TeamUsage> Measure(PrometheusClient prometheus, IReadOnlyList<TeamSpec> teams, DateTimeOffset from, DateTimeOffset to, out IReadOnlyList<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(prometheus);
        ArgumentNullException.ThrowIfNull(teams);
        var interval = prometheus.RuleGroupInterval(UsageRules.GroupName)
            ?? throw new PrometheusException($"Prometheus at {prometheus.BaseUrl} has no rule group {UsageRules.GroupName}: deploy the stack's monitoring (PrometheusRule {UsageRules.GroupName}) and point --prometheus at the Prometheus that loads it");
        var period = to - from;

        // The window [from, to) is asked for at to - 1ms, so a sample at exactly `to` belongs to the next period.
        var at = to.AddMilliseconds(-1);
        if (prometheus.Query(InventoryQuery(period), at).Count == 0)
        {
            throw new PrometheusException(
                $"Prometheus at {prometheus.BaseUrl} has no {PlatformRules.NamespaceTeamInfo} between {ReportTime.Format(from)} and {ReportTime.Format(to)}: " +
                "the inventory rules (ml-platform-inventory) record it from kube_namespace_labels of the team namespaces; is kube-state-metrics scraped, and were the rules running then?");
        }

        var allocated = ByTeam(prometheus.Query(HoursQuery(UsageRules.Allocated, "team", period, interval), at));
        var used = ByTeam(prometheus.Query(HoursQuery(UsageRules.Used, "team", period, interval), at));
        var peak = ByTeam(prometheus.Query(PeakQuery(period, interval), at));
        var costs = prometheus.Query(HoursQuery(UsageRules.Cost, "team, currency", period, interval), at);
        var found = new List<string>();
        if (allocated.Count > 0 && costs.Count == 0)
        {
            found.Add($"no {UsageRules.Cost} in the period: the GPU catalog has no price for the pools' instance types in the stack's region, so cost is not shown");
        }

        warnings = found;
        var names = teams.Select(team => team.Name)
            .Concat(allocated.Keys.Concat(used.Keys).Where(name => teams.All(team => team.Name != name)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        return [.. names.Select(name => new TeamUsage(
            name,
            allocated.GetValueOrDefault(name),
            used.GetValueOrDefault(name),
            [.. costs.Where(cost => cost.Label("team") == name).OrderBy(cost => cost.Label("currency"), StringComparer.Ordinal).Select(cost => (cost.Label("currency"), cost.Value))],
            teams.FirstOrDefault(team => team.Name == name)?.GpuQuota,
            peak.GetValueOrDefault(name)))];
    }

    public static string Table(string stack, Uri prometheus, DateTimeOffset from, DateTimeOffset to, IReadOnlyList<TeamUsage> usage)
    {
        ArgumentNullException.ThrowIfNull(usage);
        var rows = new List<string[]> { Header };
        rows.AddRange(usage.Select(team => new[]
        {
            team.Team,
            Fixed(team.GpuHoursAllocated),
            Fixed(team.GpuHoursUsed),
            team.Utilization is { } utilization ? SloReport.Percent(utilization, 1) : "-",
            team.Cost.Count == 0 ? "-" : string.Join(" + ", team.Cost.Select(cost => $"{Fixed(cost.Amount)} {cost.Currency}")),
            team.GpuQuota?.ToString(CultureInfo.InvariantCulture) ?? "-",
            team.PeakGpus.ToString("0.##", CultureInfo.InvariantCulture),
            team.QuotaUse is { } quota ? SloReport.Percent(quota, 1) : "-",
        }));
        return $"GPU usage of {stack} from {ReportTime.Format(from)} to {ReportTime.Format(to)} (Prometheus {prometheus})\n" + TextTable.Render(rows);
    }

    public static string Json(string stack, Uri prometheus, DateTimeOffset from, DateTimeOffset to, IReadOnlyList<TeamUsage> usage)
    {
        ArgumentNullException.ThrowIfNull(usage);
        return ReportJson.Write(Version, stack, prometheus, json =>
        {
            json.WriteString("from", ReportTime.Format(from));
            json.WriteString("to", ReportTime.Format(to));
            json.WriteStartArray("teams");
            foreach (var team in usage)
            {
                json.WriteStartObject();
                json.WriteString("team", team.Team);
                json.WriteNumber("gpuHoursAllocated", ReportJson.Round(team.GpuHoursAllocated));
                json.WriteNumber("gpuHoursUsed", ReportJson.Round(team.GpuHoursUsed));
                ReportJson.WriteNullable(json, "utilization", team.Utilization);
                json.WriteStartArray("cost");
                foreach (var (currency, amount) in team.Cost)
                {
                    json.WriteStartObject();
                    json.WriteString("currency", currency);
                    json.WriteNumber("amount", ReportJson.Round(amount));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                ReportJson.WriteNullable(json, "gpuQuota", team.GpuQuota);
                json.WriteNumber("peakGpus", ReportJson.Round(team.PeakGpus));
                ReportJson.WriteNullable(json, "quotaUse", team.QuotaUse);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });
    }


    private static Dictionary<string, double> ByTeam(IReadOnlyList<PromSample> samples) =>
        samples.Where(sample => sample.Label("team").Length > 0).ToDictionary(sample => sample.Label("team"), sample => sample.Value, StringComparer.Ordinal);

    private static string Fixed(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
