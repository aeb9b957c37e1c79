using Infra.Platform.Catalog;

namespace Infra.Components.Storage;

/// <summary>The storage of a stack: which data classes replicate, and where to.</summary>
public sealed record MlDataStorageArgs
{
    /// <summary>Data classes to replicate (datasets, checkpoints, artifacts), each to a region of the same cloud and jurisdiction.</summary>
    public IReadOnlyDictionary<DataClass, RegionInfo> Replicas { get; init; } = new Dictionary<DataClass, RegionInfo>();
}

/// <summary>
/// The ML data of a stack: a log bucket (the target of every other bucket's access logs), and one
/// bucket each for datasets, checkpoints and model artifacts, plus least-privilege access policies
/// for training and serving workloads.
/// </summary>
public sealed class MlDataStorage : Component
{
    public MlDataStorage(Scope parent, string name, StackEnvironment environment, MlDataStorageArgs args)
        : base(parent, name)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(args);
        StorageBucket Bucket(DataClass dataClass) => new(this, DataClassDefaults.NameOf(dataClass), environment, new StorageBucketArgs
        {
            Class = dataClass,
            AccessLogs = Logs,
            Replica = args.Replicas.GetValueOrDefault(dataClass),
        });

        // Logs are not replicated: S3 delivers access logs only within a region.
        Logs = new StorageBucket(this, "logs", environment, new StorageBucketArgs { Class = DataClass.Logs, IsAccessLogTarget = true });
        Datasets = Bucket(DataClass.Datasets);
        Checkpoints = Bucket(DataClass.Checkpoints);
        Artifacts = Bucket(DataClass.ModelArtifacts);
        (TrainingAccess, ServingAccess) = DataAccess.Policies(this, environment, Datasets, Checkpoints, Artifacts);
    }

    public StorageBucket Logs { get; }

    public StorageBucket Datasets { get; }

    public StorageBucket Checkpoints { get; }

    public StorageBucket Artifacts { get; }

    /// <summary>Read datasets, read and write checkpoints, publish artifacts.</summary>
    public DataAccessPolicy TrainingAccess { get; }

    /// <summary>Read model artifacts.</summary>
    public DataAccessPolicy ServingAccess { get; }

    public IReadOnlyList<StorageBucket> Buckets => [Logs, Datasets, Checkpoints, Artifacts];
}
