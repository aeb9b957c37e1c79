using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Infra.Cli.Monitoring;

/// <summary>A question Prometheus could not answer, worded for the person who asked: what is missing or wrong.</summary>
public sealed class PrometheusException(string message) : Exception(message);

/// <summary>One series of an instant query: its labels and value.</summary>
public sealed record PromSample(IReadOnlyDictionary<string, string> Labels, double Value)
{
    public string Label(string name) => Labels.TryGetValue(name, out var value) ? value : "";
}

/// <summary>
/// The parts of Prometheus's HTTP API (prometheus.io/docs/prometheus/latest/querying/api/) the
/// reports read: instant queries (<c>/api/v1/query</c>) and rule groups (<c>/api/v1/rules</c>).
/// Synchronous, BCL only; JSON read with <see cref="JsonDocument"/> (no reflection: the CLI is NativeAOT).
/// </summary>
public sealed class PrometheusClient : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly HttpClient _http;

    private PrometheusClient(Uri baseUrl)
    {
        BaseUrl = baseUrl;
        _http = new HttpClient { BaseAddress = baseUrl, Timeout = Timeout };
    }

    public Uri BaseUrl { get; }

    /// <summary>A client of the Prometheus at <paramref name="url"/> (its base URL, e.g. <c>http://127.0.0.1:9090</c>).</summary>
    /// <exception cref="PrometheusException">Not an absolute http(s) URL.</exception>
    public static PrometheusClient For(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new PrometheusException($"--prometheus: '{url}' is not allowed; allowed: the http(s) base URL of a Prometheus, e.g. http://127.0.0.1:9090");
        }

        return new PrometheusClient(new Uri(uri.AbsoluteUri.TrimEnd('/') + "/"));
    }

    /// <summary>An instant query at <paramref name="time"/>: the vector's samples (a scalar is one sample without labels).</summary>
    public IReadOnlyList<PromSample> Query(string promql, DateTimeOffset time)
    {
        var path = $"api/v1/query?query={Uri.EscapeDataString(promql)}&time={Seconds(time)}";
        using var document = Get(path, $"the query `{promql}`");
        var data = document.RootElement.GetProperty("data");
        var result = data.GetProperty("result");
        return data.GetProperty("resultType").GetString() switch
        {
            "vector" => [.. result.EnumerateArray().Select(Sample)],
            "scalar" => [new PromSample(new Dictionary<string, string>(), Number(result[1]))],
            var other => throw new PrometheusException($"Prometheus at {BaseUrl} answered `{promql}` with a {other}, not a vector"),
        };
    }

    /// <summary>The evaluation interval of the loaded rule group <paramref name="group"/>, or null when Prometheus has no such group.</summary>
    public TimeSpan? RuleGroupInterval(string group)
    {
        using var document = Get("api/v1/rules?type=record", "its rule groups");
        foreach (var candidate in document.RootElement.GetProperty("data").GetProperty("groups").EnumerateArray())
        {
            if (candidate.GetProperty("name").GetString() == group)
            {
                return TimeSpan.FromSeconds(candidate.GetProperty("interval").GetDouble());
            }
        }

        return null;
    }

    public void Dispose() => _http.Dispose();

    /// <summary>Seconds since the epoch with millisecond precision, as the API takes them.</summary>
    public static string Seconds(DateTimeOffset time) =>
        (time.ToUnixTimeMilliseconds() / 1000m).ToString("0.###", CultureInfo.InvariantCulture);

    private JsonDocument Get(string path, string what)
    {
        HttpResponseMessage response;
        try
        {
            response = _http.Send(new HttpRequestMessage(HttpMethod.Get, path));
        }
        catch (HttpRequestException error)
        {
            throw new PrometheusException($"cannot reach Prometheus at {BaseUrl} to ask for {what}: {error.Message}");
        }
        catch (TaskCanceledException)
        {
            throw new PrometheusException($"Prometheus at {BaseUrl} did not answer within {Timeout.TotalSeconds:0}s when asked for {what}");
        }

        using (response)
        {
            using var stream = response.Content.ReadAsStream();
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(stream);
            }
            catch (JsonException)
            {
                throw new PrometheusException(
                    $"{BaseUrl} did not answer like Prometheus's API (HTTP {(int)response.StatusCode} for /{path.Split('?')[0]}, not JSON): is it the base URL of a Prometheus?");
            }

            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("status", out var status))
            {
                document.Dispose();
                throw new PrometheusException($"{BaseUrl} did not answer like Prometheus's API (no 'status' in the answer to /{path.Split('?')[0]})");
            }

            if (status.GetString() != "success" || response.StatusCode != HttpStatusCode.OK)
            {
                var error = root.TryGetProperty("error", out var text) ? text.GetString() : $"HTTP {(int)response.StatusCode}";
                document.Dispose();
                throw new PrometheusException($"Prometheus at {BaseUrl} refused {what}: {error}");
            }

            return document;
        }
    }

    private static PromSample Sample(JsonElement element)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var label in element.GetProperty("metric").EnumerateObject())
        {
            labels[label.Name] = label.Value.GetString() ?? "";
        }

        return new PromSample(labels, Number(element.GetProperty("value")[1]));
    }

    /// <summary>The API writes sample values as strings ("1.5", "NaN", "+Inf").</summary>
    private static double Number(JsonElement value) => value.GetString() switch
    {
        "NaN" => double.NaN,
        "+Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        var text => double.Parse(text!, NumberStyles.Float, CultureInfo.InvariantCulture),
    };
}
