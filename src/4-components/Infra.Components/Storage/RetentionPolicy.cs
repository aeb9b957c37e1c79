namespace Infra.Components.Storage;

/// <summary>
/// The retention mode of locked buckets (model artifacts in prod), per cloud. They differ because
/// the clouds do:
/// <list type="bullet">
/// <item>S3: GOVERNANCE. A locked version can still be removed early by a principal granted
/// <c>s3:BypassGovernanceRetention</c>, which is how an erasure request (PIPL, GDPR) for an artifact
/// that wrongly holds personal data is honoured before the 90 days end. COMPLIANCE would make that
/// impossible for anyone.</item>
/// <item>OSS: COMPLIANCE, the only mode object-level WORM has (<see cref="StorageServiceFacts.OssWormModes"/>).
/// Nobody can delete a locked version before it expires: an erasure request on prod-cn's artifacts
/// waits for the retention to end. docs/components/storage-bucket.md says so for the data owners.</item>
/// </list>
/// </summary>
public static class RetentionPolicy
{
    public const string S3Mode = "GOVERNANCE";

    public static string OssMode => StorageServiceFacts.OssWormModes.Value[0];
}
