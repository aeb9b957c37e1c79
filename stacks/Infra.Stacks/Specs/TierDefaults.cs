using Infra.Components.Environment;

namespace Infra.Stacks.Specs;

/// <summary>What each tier gets unless its config says otherwise.</summary>
public static class TierDefaults
{
    /// <summary>Zones to spread over: two is enough to survive a zone loss in dev; three in staging and prod.</summary>
    public static int ZoneCount(Tier tier) => tier == Tier.Dev ? 2 : 3;
}
