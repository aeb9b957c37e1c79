using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Infra.Cli.Tests.Prometheus;

/// <summary>
/// Debian's real <c>prometheus</c> (installed by scripts/test-prerequisites) on a loopback port, over a
/// TSDB directory the test prepared. A missing binary is a failure, not a skip.
/// </summary>
internal sealed class PrometheusServer : IDisposable
{
    private readonly Process _process;

    private PrometheusServer(Process process, int port)
    {
        _process = process;
        Url = $"http://127.0.0.1:{port}";
    }

    public string Url { get; }

    /// <summary>Starts Prometheus on <paramref name="dataDirectory"/> with <paramref name="ruleFile"/> (if any) evaluated every minute, and waits until it is ready.</summary>
    public static PrometheusServer Start(string workDirectory, string dataDirectory, string? ruleFile)
    {
        var config = Path.Combine(workDirectory, "prometheus.yml");
        File.WriteAllText(config, "global:\n  evaluation_interval: 1m\n" + (ruleFile is null ? "" : $"rule_files:\n  - {ruleFile}\n"));
        var port = FreePort();
        var start = new ProcessStartInfo("prometheus") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
        {
            $"--config.file={config}", $"--storage.tsdb.path={dataDirectory}", $"--web.listen-address=127.0.0.1:{port}",
            // The test's samples are dated 2026-01-01: keep them whatever today is.
            "--storage.tsdb.retention.time=100y",
        })
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("prometheus did not start");
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            throw new InvalidOperationException("prometheus is not installed; run ./scripts/test-prerequisites (Debian package 'prometheus')", error);
        }

        var log = new System.Text.StringBuilder();
        process.ErrorDataReceived += (_, line) => { lock (log) { log.AppendLine(line.Data); } };
        process.OutputDataReceived += (_, line) => { lock (log) { log.AppendLine(line.Data); } };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var server = new PrometheusServer(process, port);
        server.WaitUntilReady(() => { lock (log) { return log.ToString(); } });
        return server;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    /// <summary>Polls <c>/-/ready</c>; a Prometheus that exits or never gets ready fails the test with its log.</summary>
    private void WaitUntilReady(Func<string> log)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"prometheus exited with {_process.ExitCode}:\n{log()}");
            }

            try
            {
                using var response = http.Send(new HttpRequestMessage(HttpMethod.Get, Url + "/-/ready"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            Thread.Sleep(100);
        }

        throw new InvalidOperationException($"prometheus did not get ready:\n{log()}");
    }

    /// <summary>A loopback port nothing listens on now (the OS picks it).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
