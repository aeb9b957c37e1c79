using Infra.Platform;

namespace Infra.Components.Monitoring;

/// <summary>The config spelling of each <see cref="ReceiverType"/> and where each may be used.</summary>
public static class ReceiverTypes
{
    /// <summary>Config spelling → type, in the order the docs list them.</summary>
    public static ImmutableArray<(string Spelling, ReceiverType Type)> All { get; } =
    [
        ("webhook", ReceiverType.Webhook),
        ("slack", ReceiverType.Slack),
        ("wecom", ReceiverType.WeCom),
        ("dingtalk", ReceiverType.DingTalk),
        ("feishu", ReceiverType.Feishu),
    ];

    public static string Spelling(ReceiverType type) => All.Single(entry => entry.Type == type).Spelling;

    public static ReceiverType? Parse(string? spelling) =>
        All.Where(entry => entry.Spelling == spelling).Select(entry => (ReceiverType?)entry.Type).FirstOrDefault();

    /// <summary>
    /// The types a stack of a jurisdiction may use. Slack is blocked in mainland China (a platform team
    /// there alerts through WeCom, DingTalk or Feishu), so a China stack cannot deliver to it.
    /// </summary>
    public static ImmutableArray<ReceiverType> AllowedIn(Jurisdiction jurisdiction) => jurisdiction switch
    {
        Jurisdiction.China => [ReceiverType.Webhook, ReceiverType.WeCom, ReceiverType.DingTalk, ReceiverType.Feishu],
        _ => [.. All.Select(entry => entry.Type)],
    };
}
