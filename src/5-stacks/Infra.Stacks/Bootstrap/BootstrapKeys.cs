using System.Text.Json.Nodes;
using Infra.Core.Diagnostics;
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
/// Fits a copied value to the new stack: returns the value to write (null to leave the key out)
/// and notes for the person, e.g. which GPU pools were left out and why. <paramref name="errorsWith"/>
/// reads the new stack's spec with a candidate value for the key and returns the errors about that
/// key, so an adapter keeps exactly what the new stack accepts.
/// </summary>
public delegate (string? Value, IReadOnlyList<string> Notes) KeyAdapter(string fullKey, string value, Func<string, IReadOnlyList<Diagnostic>> errorsWith);

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

        // Where state lives is decided with the secrets provider, per jurisdiction (StackBootstrapper.StateOf).
        [ConfigKeys.StateBackend] = KeyHandling.Decided,
        [ConfigKeys.Owner] = KeyHandling.Copied,
        [ConfigKeys.CostCenter] = KeyHandling.Copied,
        [ConfigKeys.OrgPrefix] = KeyHandling.Copied,

        // A NAT strategy is a tier choice; the new stack's tier default applies.
        [ConfigKeys.NatStrategy] = KeyHandling.Dropped,

        // Replica regions are chosen relative to the source's region and jurisdiction.
        [ConfigKeys.Replicas] = KeyHandling.Dropped,

        // A transit gateway or transit router belongs to one region: the new region's is given with --deploy-network.
        [ConfigKeys.DeployNetwork] = KeyHandling.Decided,
        // The runner reaches one region's network, the account is one cloud's: the new stack's is given with --ci.
        [ConfigKeys.Ci] = KeyHandling.Decided,

        // A KMS instance belongs to one region and account.
        [ConfigKeys.KmsInstanceId] = KeyHandling.Dropped,

        // The team's alert routing is the same everywhere; sizes belong to the tier.
        [ConfigKeys.AlertReceivers] = KeyHandling.Copied,
        [ConfigKeys.Monitoring] = KeyHandling.Dropped,

        // A secret: never copied, but the person is told to set it.
        [ConfigKeys.GrafanaAdminPassword] = KeyHandling.Copied,

        // Suppressions name the source's resources and reasons that hold there; review them anew.
        [ConfigKeys.Suppressions] = KeyHandling.Dropped,

        // Teams, their quotas and cost centres are the same in every region.
        [ConfigKeys.Teams] = KeyHandling.Copied,

        // Versions and role ARNs differ between clouds and partitions: kept only if the new stack accepts them.
        [ConfigKeys.Cluster] = KeyHandling.Adapted,

        // A mirror serves its jurisdiction: kept for a new China stack (it must have one), left out for a global one.
        [ConfigKeys.RegistryMirror] = KeyHandling.Adapted,

        // Only pools whose GPU model (and size, EFA, instance types) the new region offers.
        [ConfigKeys.GpuPools] = KeyHandling.Adapted,
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
    public static IReadOnlyDictionary<string, KeyAdapter> Adapters { get; } = new Dictionary<string, KeyAdapter>(StringComparer.Ordinal)
    {
        [ConfigKeys.Cluster] = WholeValue,
        [ConfigKeys.GpuPools] = EachItem,
        [ConfigKeys.RegistryMirror] = WholeValue,
    };

    /// <summary>Keeps the value if the new stack accepts it, else leaves it out (its defaults apply).</summary>
    public static (string? Value, IReadOnlyList<string> Notes) WholeValue(string fullKey, string value, Func<string, IReadOnlyList<Diagnostic>> errorsWith)
    {
        ArgumentNullException.ThrowIfNull(errorsWith);
        var errors = errorsWith(value);
        return errors.Count == 0
            ? (value, [])
            : (null, [$"{fullKey} was not copied, the defaults apply: {string.Join("; ", errors.Select(error => $"{error.Subject}: {error.Message}"))}"]);
    }

    /// <summary>Keeps each item of a list the new stack accepts on its own, and says why each other one was left out.</summary>
    public static (string? Value, IReadOnlyList<string> Notes) EachItem(string fullKey, string value, Func<string, IReadOnlyList<Diagnostic>> errorsWith)
    {
        ArgumentNullException.ThrowIfNull(errorsWith);
        if (JsonNode.Parse(value) is not JsonArray items)
        {
            return WholeValue(fullKey, value, errorsWith);
        }

        var kept = new JsonArray();
        var notes = new List<string>();
        foreach (var (item, index) in items.Select((item, index) => (item, index)))
        {
            var alone = new JsonArray(item?.DeepClone()).ToJsonString();
            var errors = errorsWith(alone);
            if (errors.Count == 0)
            {
                kept.Add(item?.DeepClone());
                continue;
            }

            var name = item is JsonObject fields && fields["name"] is JsonValue named ? $" '{named}'" : "";
            notes.Add($"{fullKey}[{index}]{name} was left out: {string.Join("; ", errors.Select(error => error.Message))}");
        }

        return (kept.Count == 0 ? null : kept.ToJsonString(), notes);
    }

    /// <summary>The order keys are written in: identity and place first, then the rest by name.</summary>
    public static IReadOnlyList<string> WriteOrder { get; } =
    [
        ConfigKeys.Tier, ConfigKeys.Cloud, ConfigKeys.Region, ConfigKeys.Zones, ConfigKeys.Owner,
        ConfigKeys.CostCenter, ConfigKeys.OrgPrefix, ConfigKeys.VpcCidr,
    ];
}
