using System.Collections.Immutable;
using System.Text.Json;
using Infra.Components.Monitoring;
using Infra.Platform.Environment;
using Infra.Stacks.Config;

namespace Infra.Stacks.Specs;

/// <summary>
/// Reads the monitoring part of a stack's spec: the tier's defaults (<see cref="MonitoringDefaults"/>),
/// overridden by <c>ml-platform:monitoring</c>, and the receivers of <c>ml-platform:alertReceivers</c>.
/// The schema has already checked the shapes; this checks what it cannot (retention against the
/// SLO windows, a Slack channel on a webhook, a type the jurisdiction refuses). Receiver URLs and secrets and the Grafana password are never read:
/// the program declares them as secret config, so Pulumi demands them at deploy time.
/// </summary>
public static class MonitoringSpecReader
{
    public static MonitoringSpec? Read(ConfigReader reader, StackEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(environment);
        var defaults = MonitoringDefaults.For(environment.Tier);
        var spec = new MonitoringSpec
        {
            Retention = defaults.Retention,
            PrometheusStorageGi = defaults.PrometheusStorageGi,
            PrometheusReplicas = defaults.PrometheusReplicas,
            AlertmanagerReplicas = defaults.AlertmanagerReplicas,
            Slos = defaults.Slos,
            Receivers = [],
        };

        var errors = reader.Diagnostics.Count(diagnostic => diagnostic.IsError);
        if (reader.OptionalText(ConfigKeys.Monitoring) is { } overrides)
        {
            using var document = JsonDocument.Parse(overrides);
            var root = document.RootElement;
            if (root.TryGetProperty("retentionDays", out var days))
            {
                spec = spec with { Retention = TimeSpan.FromDays(days.GetInt32()) };
                foreach (var slo in spec.Slos.Where(slo => slo.Window > spec.Retention))
                {
                    reader.Diagnostics.Error(MonitoringCodes.RetentionShorterThanWindow, reader.FullKey(ConfigKeys.Monitoring) + ".retentionDays",
                        $"{days.GetInt32()} is not allowed: SLO {slo.Name} is measured over {PromDuration.Format(slo.Window)}; allowed: {slo.Window.TotalDays} or more");
                }
            }

            if (root.TryGetProperty("prometheusStorageGi", out var storage))
            {
                spec = spec with { PrometheusStorageGi = storage.GetInt32() };
            }

            if (root.TryGetProperty("prometheusReplicas", out var replicas))
            {
                spec = spec with { PrometheusReplicas = replicas.GetInt32() };
            }
        }

        if (reader.OptionalText(ConfigKeys.AlertReceivers) is { } receivers)
        {
            spec = spec with { Receivers = ReadReceivers(receivers) };
            ReceiverRules.Validate(spec.Receivers, environment.Jurisdiction, reader.FullKey(ConfigKeys.AlertReceivers), reader.Diagnostics);
        }

        return reader.Diagnostics.Count(diagnostic => diagnostic.IsError) > errors ? null : spec;
    }

    private static ImmutableArray<AlertReceiver> ReadReceivers(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select(item =>
        {
            var name = item.GetProperty("name").GetString()!;
            return new AlertReceiver(
                name,
                // The schema allows only the spellings of ReceiverTypes.
                ReceiverTypes.Parse(item.GetProperty("type").GetString()) ?? ReceiverType.Webhook,
                [.. item.GetProperty("severities").EnumerateArray().Select(severity => severity.GetString()!)],
                AlertReceiver.UrlKeyFor(name))
            {
                Channel = item.TryGetProperty("channel", out var channel) ? channel.GetString() : null,
                WeCom = item.TryGetProperty("wecom", out var wecom) ? ReadWeCom(wecom) : null,
            };
        })];
    }

    private static WeComTarget ReadWeCom(JsonElement wecom) => new(
        Text(wecom, "corpId") ?? "",
        Text(wecom, "agentId") ?? "",
        Text(wecom, "toUser"),
        Text(wecom, "toParty"),
        Text(wecom, "toTag"));

    private static string? Text(JsonElement item, string property) =>
        item.TryGetProperty(property, out var value) ? value.GetString() : null;
}
