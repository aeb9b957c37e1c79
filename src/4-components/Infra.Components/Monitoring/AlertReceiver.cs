namespace Infra.Components.Monitoring;

/// <summary>How Alertmanager delivers to a receiver.</summary>
public enum ReceiverType
{
    /// <summary>An HTTP POST of Alertmanager's webhook JSON (a pager's or chat bridge's endpoint).</summary>
    Webhook,

    /// <summary>A Slack incoming webhook (Slack is not reachable from mainland China).</summary>
    Slack,

    /// <summary>A WeCom (企业微信) application message: Alertmanager's native <c>wechat_configs</c>.</summary>
    WeCom,

    /// <summary>A DingTalk (钉钉) group robot, through the DingTalk webhook adapter the stack deploys.</summary>
    DingTalk,

    /// <summary>A Feishu (飞书) group bot, through the Feishu webhook adapter the stack deploys.</summary>
    Feishu,
}

/// <summary>
/// Where a WeCom receiver sends: the company, the application (agent) that posts, and at least one
/// of users, departments (parties) or tags. None of it is secret; the application's secret is.
/// Field meanings from Alertmanager's <c>wechat_config</c> (docs/configuration.md at v0.34.0).
/// </summary>
/// <param name="CorpId">The company's ID (<c>corp_id</c>, "My Company" page of the WeCom admin console).</param>
/// <param name="AgentId">The application's AgentId (<c>agent_id</c>).</param>
/// <param name="ToUser">User IDs separated by <c>|</c>, or <c>@all</c> (<c>to_user</c>).</param>
/// <param name="ToParty">Department IDs separated by <c>|</c> (<c>to_party</c>).</param>
/// <param name="ToTag">Tag IDs separated by <c>|</c> (<c>to_tag</c>).</param>
public sealed record WeComTarget(string CorpId, string AgentId, string? ToUser = null, string? ToParty = null, string? ToTag = null);

/// <summary>
/// Where alerts of some severities go. What lets anyone post there (a URL, an application secret, a
/// bot token) is never a literal: it is a config key the program declares as secret, which Pulumi
/// requires the stack to set at deploy time, referenced under <c>fn::secret</c>.
/// </summary>
/// <param name="Name">Lowercase letters, digits and hyphens (Alertmanager's receiver name).</param>
/// <param name="Type">How Alertmanager delivers.</param>
/// <param name="Severities">The <c>severity</c> label values routed here: <c>page</c>, <c>ticket</c>, <c>warning</c>, … (kube-prometheus-stack's own rules use critical, warning, info).</param>
/// <param name="UrlConfigKey">The config key (without namespace) that holds the URL, e.g. <c>alertUrlOncall</c> (webhook, Slack, DingTalk).</param>
public sealed record AlertReceiver(string Name, ReceiverType Type, ImmutableArray<string> Severities, string UrlConfigKey)
{
    /// <summary>A Slack channel (Slack receivers only), e.g. <c>#ml-platform-alerts</c>.</summary>
    public string? Channel { get; init; }

    /// <summary>Where a WeCom receiver sends (WeCom receivers only).</summary>
    public WeComTarget? WeCom { get; init; }

    /// <summary>
    /// The config key (without namespace) of the receiver's secret other than a URL: the WeCom
    /// application's secret, the DingTalk robot's signing secret, the Feishu bot's webhook token.
    /// </summary>
    public string SecretConfigKey => SecretKeyFor(Name);

    /// <summary>Whether the receiver reads its URL from <see cref="UrlConfigKey"/>.</summary>
    public bool UsesUrl => Type is ReceiverType.Webhook or ReceiverType.Slack or ReceiverType.DingTalk;

    /// <summary>Whether the receiver reads a secret from <see cref="SecretConfigKey"/>.</summary>
    public bool UsesSecret => Type is ReceiverType.WeCom or ReceiverType.DingTalk or ReceiverType.Feishu;

    /// <summary>The conventional URL config key for a receiver name: <c>oncall</c> → <c>alertUrlOncall</c>, <c>team-chat</c> → <c>alertUrlTeamChat</c>.</summary>
    public static string UrlKeyFor(string name) => "alertUrl" + Pascal(name);

    /// <summary>The secret config key for a receiver name: <c>oncall</c> → <c>alertSecretOncall</c>.</summary>
    public static string SecretKeyFor(string? name) => "alertSecret" + Pascal(name ?? "");

    /// <summary>Every severity label value the platform's rules use.</summary>
    public static ImmutableArray<string> KnownSeverities { get; } = ["page", "ticket", "warning", "critical", "info"];

    private static string Pascal(string name) =>
        string.Concat(name.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
}
