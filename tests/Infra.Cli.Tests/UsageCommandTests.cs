using System.Text.Json;
using Infra.Cli.Tests.Prometheus;

namespace Infra.Cli.Tests;

/// <summary>
/// <c>infra usage</c> against a real Prometheus holding known GPU use (see <see cref="KnownClusterData"/>),
/// for 01:00–07:00: research holds 8 GPUs of a p5.48xlarge for 6 hours, 6 of them busy; serving holds
/// one GPU of a g6.xlarge at 40% until 04:00.
/// </summary>
[Collection(KnownClusterCollection.Name)]
public sealed class UsageCommandTests(KnownClusterPrometheus prometheus)
{
    // On-demand list prices in us-east-1 from the GPU catalog's source (gpus.json, "ec2-price-us-east-1":
    // the AWS Price List as captured in Karpenter's zz_generated.pricing_aws.go, 2026-07-20).
    private const double P5PerHour = 55.04;
    private const double G6PerHour = 0.8048;

    private CliRun Usage(params string[] more) =>
        CliRunner.Run(new Dictionary<string, string>(), ["usage", "--stack", KnownClusterPrometheus.Stack, "--prometheus", prometheus.Url, .. more]);

    private static JsonElement Team(string json, string name) =>
        JsonDocument.Parse(json).RootElement.GetProperty("teams").EnumerateArray().Single(team => team.GetProperty("team").GetString() == name).Clone();

    [Fact]
    public void Gpu_hours_utilization_cost_and_quota_use_per_team_are_the_known_figures()
    {
        var run = Usage("--from", "2026-01-01T01:00:00Z", "--to", "2026-01-01T07:00:00Z", "--json");

        Assert.True(run.ExitCode == 0, run.Error + run.Out);
        Assert.Equal(1, JsonDocument.Parse(run.Out).RootElement.GetProperty("version").GetInt32());
        var research = Team(run.Out, "research");
        Assert.Equal(48.0, research.GetProperty("gpuHoursAllocated").GetDouble(), 6);
        Assert.Equal(36.0, research.GetProperty("gpuHoursUsed").GetDouble(), 6);
        Assert.Equal(0.75, research.GetProperty("utilization").GetDouble(), 6);
        var researchCost = research.GetProperty("cost").EnumerateArray().Single();
        Assert.Equal("USD", researchCost.GetProperty("currency").GetString());
        Assert.Equal(6 * P5PerHour, researchCost.GetProperty("amount").GetDouble(), 4);
        Assert.Equal(32, research.GetProperty("gpuQuota").GetInt32());
        Assert.Equal(8.0, research.GetProperty("peakGpus").GetDouble(), 6);
        Assert.Equal(0.25, research.GetProperty("quotaUse").GetDouble(), 6);

        var serving = Team(run.Out, "serving");
        Assert.Equal(3.0, serving.GetProperty("gpuHoursAllocated").GetDouble(), 6);
        Assert.Equal(1.2, serving.GetProperty("gpuHoursUsed").GetDouble(), 6);
        Assert.Equal(0.4, serving.GetProperty("utilization").GetDouble(), 6);
        Assert.Equal(3 * G6PerHour, serving.GetProperty("cost").EnumerateArray().Single().GetProperty("amount").GetDouble(), 4);
        Assert.Equal(16, serving.GetProperty("gpuQuota").GetInt32());
        Assert.Equal(0.0625, serving.GetProperty("quotaUse").GetDouble(), 6);
    }

    [Fact]
    public void The_table_prints_one_row_per_team()
    {
        var run = Usage("--from", "2026-01-01T01:00:00Z", "--to", "2026-01-01T07:00:00Z");

        Assert.True(run.ExitCode == 0, run.Error + run.Out);
        var rows = run.Out.Split('\n');
        Assert.Equal(["research", "48.00", "36.00", "75.0%", "330.24", "USD", "32", "8", "25.0%"],
            rows.Single(line => line.StartsWith("research", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["serving", "3.00", "1.20", "40.0%", "2.41", "USD", "16", "1", "6.3%"],
            rows.Single(line => line.StartsWith("serving", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_period_without_data_names_the_missing_inventory_and_exits_2()
    {
        var run = Usage("--from", "2025-06-01", "--to", "2025-06-02");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Contains("has no ml_platform:namespace_team:info between 2025-06-01T00:00:00Z and 2025-06-02T00:00:00Z", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(" at Infra.", run.Error, StringComparison.Ordinal);
    }
}
