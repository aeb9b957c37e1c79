using System.Collections.Immutable;

namespace Infra.Components.Monitoring;

/// <summary>How Alertmanager delivers to a receiver.</summary>
public enum ReceiverType
{
    /// <summary>An HTTP POST of Alertmanager's webhook JSON (a pager's or chat bridge's endpoint).</summary>
    Webhook,

    /// <summary>A Slack incoming webhook.</summary>
    Slack,
}

/// <summary>
/// Where alerts of some severities go. The URL is secret-ish (it lets anyone post to the
/// channel), so it is never a literal: it is a config reference the program declares as secret,
/// which Pulumi requires the stack to set at deploy time.
/// </summary>
/// <param name="Name">Lowercase letters, digits and hyphens (Alertmanager's receiver name).</param>
/// <param name="Type">How Alertmanager delivers.</param>
/// <param name="Severities">The <c>severity</c> label values routed here: <c>page</c>, <c>ticket</c>, <c>warning</c>, … (kube-prometheus-stack's own rules use critical, warning, info).</param>
/// <param name="UrlConfigKey">The config key (without namespace) that holds the URL, e.g. <c>alertUrlOncall</c>.</param>
public sealed record AlertReceiver(string Name, ReceiverType Type, ImmutableArray<string> Severities, string UrlConfigKey)
{
    /// <summary>A Slack channel (Slack receivers only), e.g. <c>#ml-platform-alerts</c>.</summary>
    public string? Channel { get; init; }

    /// <summary>The conventional URL config key for a receiver name: <c>oncall</c> → <c>alertUrlOncall</c>, <c>team-chat</c> → <c>alertUrlTeamChat</c>.</summary>
    public static string UrlKeyFor(string name) =>
        "alertUrl" + string.Concat(name.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(part => char.ToUpperInvariant(part[0]) + part[1..]));

    /// <summary>Every severity label value the platform's rules use.</summary>
    public static ImmutableArray<string> KnownSeverities { get; } = ["page", "ticket", "warning", "critical", "info"];
}
