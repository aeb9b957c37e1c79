using Infra.Platform;

namespace Infra.Components.Storage;

/// <summary>What a bucket holds; each class has its own defaults for versioning, lifecycle and retention.</summary>
public enum DataClass
{
    /// <summary>Training data: versioned and long-lived; old versions kept for a while to undo mistakes.</summary>
    Datasets,

    /// <summary>Training checkpoints: written often, read rarely after a few weeks.</summary>
    Checkpoints,

    /// <summary>Trained models: the product; locked against deletion in prod.</summary>
    ModelArtifacts,

    /// <summary>Logs (including the stack's access logs): expire after a tier-dependent time.</summary>
    Logs,

    /// <summary>Anything else: versioned, nothing expires.</summary>
    Custom,
}

/// <summary>
/// The defaults of one data class in one tier. Null means "not applied". Every bucket aborts
/// incomplete multipart uploads, so half-uploaded checkpoints do not pile up unseen.
/// </summary>
public sealed record DataClassDefaults(
    bool Versioned,
    int? TransitionToInfrequentAccessDays,
    int? NoncurrentVersionExpiryDays,
    int? ExpiryDays,
    int? RetentionDays,
    string Classification)
{
    public const int AbortIncompleteUploadsDays = 7;

    public static DataClassDefaults For(DataClass dataClass, Tier tier) => dataClass switch
    {
        DataClass.Datasets => new(true, null, PerTier(tier, 7, 30, 90), null, null, "confidential"),
        DataClass.Checkpoints => new(true, 30, PerTier(tier, 3, 7, 14), tier == Tier.Dev ? 30 : null, null, "internal"),
        DataClass.ModelArtifacts => new(true, null, PerTier(tier, 7, 30, 365), null, tier == Tier.Prod ? 90 : null, "confidential"),
        DataClass.Logs => new(false, tier == Tier.Dev ? null : 30, null, PerTier(tier, 30, 90, 365), null, "internal"),
        DataClass.Custom => new(true, null, 30, null, null, "internal"),
        _ => throw new ArgumentOutOfRangeException(nameof(dataClass), dataClass, null),
    };

    /// <summary>The word used in names and config: datasets, checkpoints, artifacts, logs, custom.</summary>
    public static string NameOf(DataClass dataClass) => dataClass switch
    {
        DataClass.Datasets => "datasets",
        DataClass.Checkpoints => "checkpoints",
        DataClass.ModelArtifacts => "artifacts",
        DataClass.Logs => "logs",
        DataClass.Custom => "custom",
        _ => throw new ArgumentOutOfRangeException(nameof(dataClass), dataClass, null),
    };

    public static IReadOnlyList<DataClass> All { get; } =
        [DataClass.Logs, DataClass.Datasets, DataClass.Checkpoints, DataClass.ModelArtifacts, DataClass.Custom];

    private static int PerTier(Tier tier, int dev, int staging, int prod) => tier switch
    {
        Tier.Dev => dev,
        Tier.Staging => staging,
        _ => prod,
    };
}
