using System.Text.Json;
using Infra.Cli.Tests.Prometheus;

namespace Infra.Cli.Tests;

/// <summary>
/// <c>infra slo report</c> against a real Prometheus holding known API server error ratios (see
/// <see cref="KnownClusterData"/>): 0.002 until 04:00 and 0.0005 after, against prod's 99.9% objective
/// (budget 0.001).
/// </summary>
[Collection(KnownClusterCollection.Name)]
public sealed class SloReportCommandTests(KnownClusterPrometheus prometheus)
{
    private CliRun Report(params string[] more) =>
        CliRunner.Run(new Dictionary<string, string>(), ["slo", "report", "--stack", KnownClusterPrometheus.Stack, "--prometheus", prometheus.Url, .. more]);

    private static JsonElement Slo(string json, string name) =>
        JsonDocument.Parse(json).RootElement.GetProperty("slos").EnumerateArray().Single(slo => slo.GetProperty("name").GetString() == name).Clone();

    [Fact]
    public void Twice_the_allowed_error_ratio_over_the_window_exhausts_the_budget_and_exits_1()
    {
        var run = Report("--at", "2026-01-01T04:00:00Z", "--window", "3h", "--json");

        Assert.True(run.ExitCode == 1, run.Error + run.Out);
        var root = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal(["apiserver-availability"], root.GetProperty("exhausted").EnumerateArray().Select(name => name.GetString()));
        var api = Slo(run.Out, "apiserver-availability");
        Assert.Equal(0.999m, api.GetProperty("objective").GetDecimal());
        Assert.Equal(0.002, api.GetProperty("errorRatio").GetDouble(), 9);
        Assert.Equal(0.998, api.GetProperty("attainment").GetDouble(), 9);
        Assert.Equal(-1.0, api.GetProperty("budgetRemaining").GetDouble(), 6);
        Assert.Equal(2.0, api.GetProperty("burnRate").GetDouble(), 6);
        Assert.Equal(2.0, api.GetProperty("burnRate1h").GetDouble(), 6);
        Assert.True(api.GetProperty("exhausted").GetBoolean());
        var nodes = Slo(run.Out, "gpu-node-availability");
        Assert.Equal(1.0, nodes.GetProperty("attainment").GetDouble(), 9);
        Assert.Equal(1.0, nodes.GetProperty("budgetRemaining").GetDouble(), 9);
        Assert.Equal(1.0, Slo(run.Out, "gpu-pod-scheduling").GetProperty("budgetRemaining").GetDouble(), 9);
    }

    [Fact]
    public void Half_the_allowed_error_ratio_leaves_half_the_budget_and_exits_0_with_a_table()
    {
        var run = Report("--at", "2026-01-01T08:00:00Z", "--window", "3h");

        Assert.True(run.ExitCode == 0, run.Error + run.Out);
        var api = run.Out.Split('\n').Single(line => line.StartsWith("apiserver-availability", StringComparison.Ordinal));
        Assert.Equal(["apiserver-availability", "99.9%", "3h", "99.950%", "50.0%", "0.50", "0.50", "ok"], api.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("SLOs of prod-global at 2026-01-01T08:00:00Z", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_time_without_data_names_every_slo_it_cannot_measure_and_exits_2()
    {
        var run = Report("--at", "2025-06-01T00:00:00Z");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Contains("cannot measure 3 SLO(s)", run.Error, StringComparison.Ordinal);
        Assert.Contains("no slo:sli_error:ratio_rate5m{slo=\"gpu-pod-scheduling\"} with events in the 30d before 2025-06-01T00:00:00Z", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(" at Infra.", run.Error, StringComparison.Ordinal);
    }
}
