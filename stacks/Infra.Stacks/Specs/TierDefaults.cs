using Infra.Components.Environment;
using Infra.Components.Networking;

namespace Infra.Stacks.Specs;

/// <summary>What each tier gets unless its config says otherwise.</summary>
public static class TierDefaults
{
    /// <summary>Zones to spread over: two is enough to survive a zone loss in dev; three in staging and prod.</summary>
    public static int ZoneCount(Tier tier) => tier == Tier.Dev ? 2 : 3;

    /// <summary>Dev shares one NAT gateway (cost); staging and prod keep a zone's failure in that zone.</summary>
    public static NatStrategy Nat(Tier tier) => tier == Tier.Dev ? NatStrategy.Shared : NatStrategy.PerZone;

    /// <summary>Flow logs: a month to debug in dev, a quarter in staging, a year for audits in prod.</summary>
    public static int FlowLogRetentionDays(Tier tier) => tier switch
    {
        Tier.Dev => 30,
        Tier.Staging => 90,
        _ => 365,
    };
}
