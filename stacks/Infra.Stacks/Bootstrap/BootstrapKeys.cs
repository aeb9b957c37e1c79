using Infra.Components.Catalog;
using Infra.Stacks.Config;

namespace Infra.Stacks.Bootstrap;

/// <summary>What bootstrap does with a config key of the stack it starts from.</summary>
public enum KeyHandling
{
    /// <summary>Bootstrap decides the value for the new stack (cloud, region, zones, address range, tier).</summary>
    Decided,

    /// <summary>Copied as it is: it means the same in any region (ownership, naming).</summary>
    Copied,

    /// <summary>Copied after fitting it to the new region (e.g. GPU pools limited to models offered there).</summary>
    Adapted,

    /// <summary>Left out: it belongs to the source's region or tier, and the new stack's default applies.</summary>
    Dropped,
}

/// <summary>
/// Fits a copied value to the new stack's region: returns the value to write (null to leave the
/// key out) and notes for the person, e.g. which GPU pools were left out and why.
/// </summary>
public delegate (string? Value, IReadOnlyList<string> Notes) KeyAdapter(string value, RegionInfo region);

/// <summary>
/// The handling of every key of the project's schema. A test requires an entry for each schema
/// key, so a new key cannot be copied into a new region by accident.
/// </summary>
public static class BootstrapKeys
{
    public static IReadOnlyDictionary<string, KeyHandling> Handling { get; } = new Dictionary<string, KeyHandling>(StringComparer.Ordinal)
    {
        [ConfigKeys.Tier] = KeyHandling.Decided,
        [ConfigKeys.Cloud] = KeyHandling.Decided,
        [ConfigKeys.Region] = KeyHandling.Decided,
        [ConfigKeys.Zones] = KeyHandling.Decided,
        [ConfigKeys.VpcCidr] = KeyHandling.Decided,
        [ConfigKeys.Owner] = KeyHandling.Copied,
        [ConfigKeys.CostCenter] = KeyHandling.Copied,
        [ConfigKeys.OrgPrefix] = KeyHandling.Copied,

        // A NAT strategy is a tier choice; the new stack's tier default applies.
        [ConfigKeys.NatStrategy] = KeyHandling.Dropped,

        // Replica regions are chosen relative to the source's region and jurisdiction.
        [ConfigKeys.Replicas] = KeyHandling.Dropped,

        // The team's alert routing is the same everywhere; sizes belong to the tier.
        [ConfigKeys.AlertReceivers] = KeyHandling.Copied,
        [ConfigKeys.Monitoring] = KeyHandling.Dropped,

        // A secret: never copied, but the person is told to set it.
        [ConfigKeys.GrafanaAdminPassword] = KeyHandling.Copied,
    };

    /// <summary>
    /// The handling of a key: its entry, or for a key of a pattern family (the secret URL of an
    /// alert receiver, alertUrl&lt;Name&gt;) <see cref="KeyHandling.Copied"/>, so a secret is noted.
    /// </summary>
    public static KeyHandling HandlingOf(string key) =>
        Handling.TryGetValue(key, out var handling) ? handling
        : ConfigSchema.Default.Knows(key) ? KeyHandling.Copied
        : KeyHandling.Dropped;

    /// <summary>Adapters of the <see cref="KeyHandling.Adapted"/> keys.</summary>
    public static IReadOnlyDictionary<string, KeyAdapter> Adapters { get; } = new Dictionary<string, KeyAdapter>(StringComparer.Ordinal);

    /// <summary>The order keys are written in: identity and place first, then the rest by name.</summary>
    public static IReadOnlyList<string> WriteOrder { get; } =
    [
        ConfigKeys.Tier, ConfigKeys.Cloud, ConfigKeys.Region, ConfigKeys.Zones, ConfigKeys.Owner,
        ConfigKeys.CostCenter, ConfigKeys.OrgPrefix, ConfigKeys.VpcCidr,
    ];
}
