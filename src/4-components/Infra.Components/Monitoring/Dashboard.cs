using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Infra.Components.Monitoring;

/// <summary>One PromQL query of a panel, with the legend Grafana shows for each series.</summary>
public sealed record PanelQuery(string Expr, string Legend);

/// <summary>A Grafana panel: a time series (default), a stat or a table of an instant query.</summary>
public sealed record DashboardPanel(string Title, string Unit, ImmutableArray<PanelQuery> Queries)
{
    public string Type { get; init; } = "timeseries";

    public string? Description { get; init; }
}

/// <summary>
/// A Grafana dashboard, written as JSON for the Grafana sidecar to load from a ConfigMap. Every
/// panel and query names the Prometheus datasource kube-prometheus-stack provisions (uid
/// <c>prometheus</c>), so the dashboard works without a datasource picker.
/// </summary>
public sealed record Dashboard(string Uid, string Title, ImmutableArray<DashboardPanel> Panels)
{
    /// <summary>The uid of the Prometheus datasource kube-prometheus-stack's Grafana provisions (values: grafana.sidecar.datasources.uid).</summary>
    public const string DatasourceUid = "prometheus";

    /// <summary>A <c>pool</c> variable (multi-select, with All) from the pool inventory; queries use <c>pool=~"$pool"</c>.</summary>
    public bool PoolVariable { get; init; }

    public string? Description { get; init; }

    /// <summary>The ConfigMap key and file name, e.g. <c>ml-platform-gpu-health.json</c>.</summary>
    public string FileName => Uid + ".json";

    /// <summary>The dashboard model as indented JSON, with keys in a fixed order.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("uid", Uid);
            json.WriteString("title", Title);
            if (Description is { } description)
            {
                json.WriteString("description", description);
            }

            json.WriteStartArray("tags");
            json.WriteStringValue("ml-platform");
            json.WriteEndArray();
            json.WriteString("timezone", "utc");
            json.WriteNumber("schemaVersion", 39);
            json.WriteNumber("version", 1);
            json.WriteBoolean("editable", false);
            json.WriteString("refresh", "1m");
            json.WriteStartObject("time");
            json.WriteString("from", "now-24h");
            json.WriteString("to", "now");
            json.WriteEndObject();
            WriteTemplating(json);
            json.WriteStartArray("panels");
            for (var i = 0; i < Panels.Length; i++)
            {
                WritePanel(json, Panels[i], i);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private void WriteTemplating(Utf8JsonWriter json)
    {
        json.WriteStartObject("templating");
        json.WriteStartArray("list");
        if (PoolVariable)
        {
            var query = $"label_values({PlatformRules.NodePoolInfo}, pool)";
            json.WriteStartObject();
            json.WriteString("name", "pool");
            json.WriteString("label", "GPU pool");
            json.WriteString("type", "query");
            WriteDatasource(json);
            json.WriteString("definition", query);
            json.WriteStartObject("query");
            json.WriteString("query", query);
            json.WriteString("refId", "PrometheusVariableQueryEditor-VariableQuery");
            json.WriteEndObject();
            json.WriteNumber("refresh", 2);
            json.WriteBoolean("multi", true);
            json.WriteBoolean("includeAll", true);
            json.WriteString("allValue", ".*");
            json.WriteNumber("sort", 1);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WritePanel(Utf8JsonWriter json, DashboardPanel panel, int index)
    {
        json.WriteStartObject();
        json.WriteNumber("id", index + 1);
        json.WriteString("type", panel.Type);
        json.WriteString("title", panel.Title);
        if (panel.Description is { } description)
        {
            json.WriteString("description", description);
        }

        WriteDatasource(json);
        json.WriteStartObject("gridPos");
        json.WriteNumber("h", 8);
        json.WriteNumber("w", 12);
        json.WriteNumber("x", index % 2 * 12);
        json.WriteNumber("y", index / 2 * 8);
        json.WriteEndObject();
        json.WriteStartObject("fieldConfig");
        json.WriteStartObject("defaults");
        json.WriteString("unit", panel.Unit);
        json.WriteEndObject();
        json.WriteStartArray("overrides");
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartArray("targets");
        for (var i = 0; i < panel.Queries.Length; i++)
        {
            json.WriteStartObject();
            json.WriteString("refId", ((char)('A' + i)).ToString());
            WriteDatasource(json);
            json.WriteString("expr", panel.Queries[i].Expr);
            json.WriteString("legendFormat", panel.Queries[i].Legend);
            if (panel.Type == "table")
            {
                json.WriteBoolean("instant", true);
                json.WriteString("format", "table");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteDatasource(Utf8JsonWriter json)
    {
        json.WriteStartObject("datasource");
        json.WriteString("type", "prometheus");
        json.WriteString("uid", DatasourceUid);
        json.WriteEndObject();
    }
}
