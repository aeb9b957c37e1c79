using Infra.Cli.Tests.Prometheus;

namespace Infra.Cli.Tests;

/// <summary>
/// <c>infra usage</c> and <c>infra slo report</c> when Prometheus cannot answer: nothing listening, an
/// address that is not Prometheus's API, a Prometheus without the platform's rules, a bad option.
/// Each is one clear line on stderr, exit 2, empty stdout and no stack trace.
/// </summary>
public sealed class ReportErrorTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("infra-prometheus-empty-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private static CliRun Run(params string[] args) => CliRunner.Run(new Dictionary<string, string>(), args);

    private static void FailsClearly(CliRun run, string message)
    {
        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(" at Infra.", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_listening_at_the_address_is_named()
    {
        var url = $"http://127.0.0.1:{PrometheusServer.FreePort()}";

        FailsClearly(Run("usage", "--stack", "prod-global", "--prometheus", url), $"cannot reach Prometheus at {url}/");
        FailsClearly(Run("slo", "report", "--stack", "prod-global", "--prometheus", url), $"cannot reach Prometheus at {url}/");
    }

    [Fact]
    public void A_url_that_is_not_http_is_refused_naming_the_option()
    {
        FailsClearly(Run("usage", "--stack", "prod-global", "--prometheus", "prometheus:9090"), "--prometheus: 'prometheus:9090' is not allowed");
    }

    [Fact]
    public void Bad_times_and_windows_are_refused_naming_the_option()
    {
        FailsClearly(Run("slo", "report", "--stack", "prod-global", "--prometheus", "http://127.0.0.1:1", "--window", "30 days"), "--window: '30 days' is not allowed");
        FailsClearly(Run("usage", "--stack", "prod-global", "--prometheus", "http://127.0.0.1:1", "--from", "2026-01-02", "--to", "2026-01-01"), "is not before --to");
        FailsClearly(Run("usage", "--stack", "prod-global", "--prometheus", "http://127.0.0.1:1", "--to", "yesterday"), "--to: 'yesterday' is not allowed");
    }

    [Fact]
    public void A_prometheus_without_the_platforms_rules_is_told_apart_from_one_without_data()
    {
        using var server = PrometheusServer.Start(_work, Path.Combine(_work, "data"), null);

        FailsClearly(Run("usage", "--stack", "prod-global", "--prometheus", server.Url), "has no rule group ml-platform-usage");
        FailsClearly(Run("slo", "report", "--stack", "prod-global", "--prometheus", server.Url),
            "no slo:sli_error:ratio_rate5m{slo=\"apiserver-availability\"} with events in the 30d before");
        // A path under Prometheus that is not its API: an HTML/plain 404, not JSON.
        FailsClearly(Run("usage", "--stack", "prod-global", "--prometheus", server.Url + "/not-prometheus"), "did not answer like Prometheus's API (HTTP 404");
    }
}
