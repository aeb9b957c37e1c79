namespace Infra.Components.Facts;

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
        "kubernetes-sigs/alibaba-cloud-csi-driver pkg/disk (MinimumDiskSizeInGB = 20; volumeSizeAutoAvailable); Alibaba Cloud ECS 'Block storage performance' (ESSD PL1 20–65,536 GiB)");

    /// <summary>gp3 volumes: 1 GiB to 16 TiB.</summary>
    public static DiskMinimumFact Gp3 { get; } = new("ebs.csi.aws.com", "gp3", 1,
        "Amazon EBS User Guide, 'Amazon EBS volume types' (gp3: 1 GiB – 16 TiB)");

    public static IReadOnlyList<DiskMinimumFact> DiskMinimums { get; } = [EssdPl1, Gp3];
}
