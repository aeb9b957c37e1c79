namespace Infra.Platform.Facts;

/// <summary>A CSI provisioner, and the managed add-on of the cluster that installs it.</summary>
public sealed record CsiDriverFact(string Provisioner, string InstalledByAddon, string Source);

/// <summary>The smallest volume a disk type is created at, in GiB.</summary>
public sealed record DiskMinimumFact(string Provisioner, string DiskType, int MinimumGiB, string Source, bool Verified = true);

/// <summary>
/// Block storage facts the StorageClasses and volume claims of the stacks rely on: which add-on
/// installs each CSI driver, and the smallest disk each disk type can be created at.
/// </summary>
public static class StorageFacts
{
    public static CsiDriverFact EbsCsi { get; } = new("ebs.csi.aws.com", "aws-ebs-csi-driver",
        "Amazon EKS User Guide, 'Use Kubernetes volume storage with Amazon EBS' (add-on aws-ebs-csi-driver; it is not installed by default)");

    public static CsiDriverFact AlibabaDiskCsi { get; } = new("diskplugin.csi.alibabacloud.com", "csi-plugin",
        "ACK documentation, 'csi-plugin' component (with managed-csiprovisioner on ACK managed clusters); kubernetes-sigs/alibaba-cloud-csi-driver");

    public static IReadOnlyList<CsiDriverFact> CsiDrivers { get; } = [EbsCsi, AlibabaDiskCsi];

    /// <summary>
    /// ESSD at performance level PL1 (the level the disk driver picks when the class names none):
    /// 20 GiB. The driver raises a smaller claim only when the class sets <c>volumeSizeAutoAvailable</c>.
    /// </summary>
    public static DiskMinimumFact EssdPl1 { get; } = new("diskplugin.csi.alibabacloud.com", "cloud_essd", 20,
        "kubernetes-sigs/alibaba-cloud-csi-driver pkg/disk/constants.go (MinimumDiskSizeInGB = 20), pkg/disk/category.go (cloud_essd and PL1: SizeRange Min 20; PL0 Min 1), pkg/disk/utils.go (volumeSizeAutoAvailable raises a smaller request to 20), pkg/disk/cloud.go (an attempt under the category minimum is refused); Alibaba Cloud ECS 'Block storage performance' (ESSD PL1 20–65,536 GiB)");

    /// <summary>gp3 volumes: 1 GiB to 16 TiB.</summary>
    public static DiskMinimumFact Gp3 { get; } = new("ebs.csi.aws.com", "gp3", 1,
        "Amazon EBS User Guide, 'Amazon EBS volume types' (gp3: 1 GiB – 16 TiB)");

    public static IReadOnlyList<DiskMinimumFact> DiskMinimums { get; } = [EssdPl1, Gp3];

    /// <summary>
    /// StorageClass parameters of the Alibaba disk CSI driver: <c>encrypted</c> ("true"/"yes"/"1")
    /// sets CreateDisk's Encrypted; <c>kmsKeyId</c> names the KMS key (sent only when encrypted; a
    /// claim's <c>alibabacloud.com/kms-key-id</c> annotation overrides it; without it ECS uses its
    /// service key); <c>volumeSizeAutoAvailable</c> raises a claim under 20 GiB to 20 GiB instead of
    /// failing it.
    /// </summary>
    public static AlibabaDiskParameters AlibabaDisk { get; } = new("encrypted", "kmsKeyId", "volumeSizeAutoAvailable",
        "kubernetes-sigs/alibaba-cloud-csi-driver pkg/disk/utils.go (getDiskVolumeOptions: volOptions[\"encrypted\"], volOptions[\"kmsKeyId\"], volOptions[\"volumeSizeAutoAvailable\"]); pkg/disk/cloud.go (req.Encrypted; req.KMSKeyId only when Encrypted); pkg/disk/category.go (cloud_essd PL1 Min 20 GiB)");

    /// <summary>The disk minimum of a provisioner's disk type, or null when none is recorded.</summary>
    public static DiskMinimumFact? MinimumFor(string provisioner, string diskType) =>
        DiskMinimums.FirstOrDefault(fact => fact.Provisioner == provisioner && fact.DiskType == diskType);
}

/// <summary>Names of the Alibaba disk CSI driver's StorageClass parameters.</summary>
public sealed record AlibabaDiskParameters(string Encrypted, string KmsKeyId, string VolumeSizeAutoAvailable, string Source);

/// <summary>
/// What a bucket replication needs of its destination and its role, per cloud: both buckets
/// versioned, an Object Lock source replicated only to an Object Lock destination (with the role
/// allowed to read retention and legal holds), and the role allowed to decrypt with the source's
/// key and encrypt with the replica's.
/// </summary>
public sealed record ReplicationFact(
    string Cloud,
    IReadOnlyList<string> SourceKeyActions,
    IReadOnlyList<string> ReplicaKeyActions,
    IReadOnlyList<string> ObjectLockActions,
    string Source,
    bool Verified = true);

/// <summary>Replication prerequisites the clouds check only when they replicate an object.</summary>
public static class ReplicationFacts
{
    /// <summary>
    /// S3: versioning on source and destination; a source with Object Lock needs Object Lock on the
    /// destination (else every object fails with <c>DstBucketObjectLockConfigMissing</c>) and
    /// <c>s3:GetObjectRetention</c> + <c>s3:GetObjectLegalHold</c> on the role; SSE-KMS objects need
    /// <c>kms:Decrypt</c> on the source key and <c>kms:Encrypt</c> on the replica key.
    /// </summary>
    public static ReplicationFact S3 { get; } = new("aws",
        ["kms:Decrypt"], ["kms:Encrypt"], ["s3:GetObjectRetention", "s3:GetObjectLegalHold"],
        "Amazon S3 User Guide, 'Requirements and considerations for replication' (versioning on both buckets; Object Lock: destination bucket needs Object Lock, role needs s3:GetObjectRetention and s3:GetObjectLegalHold), 'Replication status information' (DstBucketObjectLockConfigMissing) and 'Replicating encrypted objects' (kms:Decrypt on the source key, kms:Encrypt on the destination key)");

    /// <summary>
    /// OSS: versioning enabled on both buckets or on neither (here: both, the stacks version every
    /// replicated bucket); KMS-encrypted objects need the role to decrypt with the source key and
    /// encrypt with the replica key (the console grants AliyunKMSCryptoUserAccess).
    /// </summary>
    public static ReplicationFact Oss { get; } = new("alicloud",
        ["kms:Decrypt"], ["kms:Encrypt"], [],
        "Alibaba Cloud OSS User Guide, 'Cross-region replication within the same account' (role for KMS-encrypted objects: AliyunKMSCryptoUserAccess) and the data-replication limits (versioning of source and destination). [unverified] the minimum KMS actions: the docs grant a system policy rather than list them; a replication of a KMS-encrypted object in a test account would settle it",
        Verified: false);
}
