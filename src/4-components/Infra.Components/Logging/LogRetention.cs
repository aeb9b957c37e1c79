using Infra.Platform;

namespace Infra.Components.Logging;

/// <summary>
/// How long a tier keeps its container and node logs: as long as its flow and control-plane logs
/// (a month in dev, a quarter in staging, a year for audits in prod), so an incident can be followed
/// across all of them. Every value is one CloudWatch Logs accepts
/// (<see cref="LoggingFacts.CloudWatchRetentionDays"/>) and inside a logstore's range
/// (<see cref="LoggingFacts.SlsRetentionRange"/>), so both clouds keep exactly what the tier says.
/// </summary>
public static class LogRetention
{
    public static int DaysFor(Tier tier) => tier switch
    {
        Tier.Dev => 30,
        Tier.Staging => 90,
        Tier.Prod => 365,
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "tiers: dev, staging, prod"),
    };
}
