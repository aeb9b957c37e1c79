using Infra.Components.Monitoring;
using Infra.Core.Diagnostics;

namespace Infra.Components.Tests.Monitoring;

public class SloValidationTests
{
    private static ServiceLevelObjective Valid => PlatformSlos.ApiServerAvailability(99.9m);

    private static List<Diagnostic> Problems(params ServiceLevelObjective[] slos)
    {
        var diagnostics = new DiagnosticBag();
        SloValidator.Validate(slos, "slos", diagnostics);
        return [.. diagnostics];
    }

    [Fact]
    public void Every_platform_slo_of_every_tier_is_valid()
    {
        Assert.All(Infra.Platform.EnvironmentNames.Tiers, tier => Assert.Empty(Problems([.. PlatformSlos.For(tier)])));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("100")]
    [InlineData("-1")]
    [InlineData("100.5")]
    public void An_objective_outside_zero_to_one_hundred_is_refused_naming_the_slo(string objective)
    {
        var diagnostic = Assert.Single(Problems(Valid with { Objective = decimal.Parse(objective, System.Globalization.CultureInfo.InvariantCulture) }));

        DiagnosticAssert.Is(diagnostic, MonitoringCodes.ObjectiveOutOfRange, "slos[apiserver-availability].objective",
            $"{objective} is not allowed",
            "strictly between 0 and 100");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_sli_query_is_refused(string query)
    {
        var diagnostic = Assert.Single(Problems(Valid with { Sli = ServiceLevelIndicator.BadOverTotal(query, "sum(rate(x[{{window}}]))") }));

        DiagnosticAssert.Is(diagnostic, MonitoringCodes.EmptySli, "slos[apiserver-availability].sli.bad");
    }

    [Fact]
    public void An_sli_without_good_or_bad_events_is_refused()
    {
        var diagnostic = Assert.Single(Problems(Valid with { Sli = new ServiceLevelIndicator { TotalQuery = "sum(rate(x[{{window}}]))" } }));

        Assert.Equal(MonitoringCodes.EmptySli, diagnostic.Code);
        Assert.Contains("neither a bad nor a good query", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SELECT count(*) FROM requests WHERE status >= 500;", "';' at position")]
    [InlineData("sum(rate(http_requests_total{code=~\"5..\"}[{{window}}])", "'(' is never closed")]
    [InlineData("sum(rate(http_requests_total[{{window}}]))) ", "')' at position")]
    [InlineData("sum(rate(http_requests_total{code=\"500}[{{window}}]))", "never closed")]
    [InlineData("sum(rate(http_requests_total[{{window}}])) /", "ends with the operator '/'")]
    [InlineData("sum(rate(http_requests_total[5m]))", "has no range [{{window}}]")]
    [InlineData("$errors / $total", "'$' at position 1")]
    public void A_query_that_is_not_promql_is_refused_with_what_is_wrong(string query, string reason)
    {
        var diagnostic = Assert.Single(Problems(Valid with { Sli = ServiceLevelIndicator.BadOverTotal(query, "sum(rate(x[{{window}}]))") }));

        DiagnosticAssert.Is(diagnostic, MonitoringCodes.NotPromQl, "slos[apiserver-availability].sli.bad", reason);
    }

    [Fact]
    public void Queries_with_strings_holding_brackets_subqueries_and_offsets_are_promql()
    {
        var sli = ServiceLevelIndicator.BadOverTotal(
            "sum(rate(x{path=~\"/api/[a-z]+\",msg!=\"a(b\"}[{{window}}] offset 1m))",
            "sum(count_over_time((up == 1)[{{window}}:1m]))");

        Assert.Empty(Problems(Valid with { Sli = sli }));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(1)]
    public void A_window_shorter_than_the_longest_alert_window_is_refused(int days)
    {
        var diagnostic = Assert.Single(Problems(Valid with { Window = TimeSpan.FromDays(days) }));

        DiagnosticAssert.Is(diagnostic, MonitoringCodes.WindowTooShort, "slos[apiserver-availability].window", "longest burn-rate alert window (3d)");
    }

    [Fact]
    public void Every_problem_of_every_slo_is_reported_at_once()
    {
        var problems = Problems(
            Valid with { Name = "API Server", Objective = 100m },
            Valid with { Window = TimeSpan.FromDays(1), Sli = ServiceLevelIndicator.BadOverTotal("", "") },
            Valid);

        Assert.Equal(
            ["slos[API Server].name", "slos[API Server].objective", "slos[apiserver-availability].window",
             "slos[apiserver-availability].sli.bad", "slos[apiserver-availability].sli.total", "slos[apiserver-availability]"],
            problems.Select(problem => problem.Subject));
        Assert.Equal(MonitoringCodes.DuplicateSlo, problems[^1].Code);
    }
}
