namespace Infra.Components.Storage;

/// <summary>Codes of storage diagnostics (ML5xxx).</summary>
public static class StorageCodes
{
    public const string InvalidBucketName = "ML5001";
    public const string CrossJurisdictionReplica = "ML5002";
    public const string UnknownReplicaRegion = "ML5003";
    public const string ReplicaInSameRegion = "ML5004";
    public const string UnknownDataClass = "ML5005";
}
