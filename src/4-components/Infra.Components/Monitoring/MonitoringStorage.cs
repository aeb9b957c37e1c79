using Infra.Platform;
using Infra.Platform.Environment;
using Infra.Platform.Facts;
using Infra.Core.Graph;
using Infra.Core.Values;
using Infra.Providers.Kubernetes;
using Infra.Providers.Kubernetes.Storage.V1;

namespace Infra.Components.Monitoring;

/// <summary>
/// The StorageClass of the monitoring volumes, one per cloud: an encrypted gp3 EBS volume on EKS
/// (driver <c>ebs.csi.aws.com</c>; EKS's built-in class is gp2 on the in-tree driver, so gp3 needs a
/// class of its own and the EBS CSI driver add-on), an ESSD on ACK (driver
/// <c>diskplugin.csi.alibabacloud.com</c>, type <c>cloud_essd</c>, as ACK's own
/// <c>alicloud-disk-essd</c>). Both bind when the pod is scheduled, so the disk is created in the
/// pod's zone, and both can grow. Both are encrypted: the ESSD with ECS's service key
/// (<c>encrypted</c> without <c>kmsKeyId</c>, as gp3 uses the AWS managed key). Claims on these
/// classes are sized at least to the disk type's minimum (<see cref="ClaimGi"/>), and the ESSD class
/// also sets <c>volumeSizeAutoAvailable</c> so a smaller claim made by hand is raised, not refused.
/// Dev and staging delete the disk with its claim; prod keeps it.
/// </summary>
internal static class MonitoringStorage
{
    public static string ClassName(Cloud cloud) => cloud == Cloud.Alicloud ? "monitoring-essd" : "monitoring-gp3";

    /// <summary>The disk type of the class this component creates on each cloud.</summary>
    private static DiskMinimumFact DiskOf(Cloud cloud) => cloud == Cloud.Alicloud ? StorageFacts.EssdPl1 : StorageFacts.Gp3;

    /// <summary>
    /// The size to claim on <paramref name="storageClass"/>: at least its disk type's minimum when the
    /// class is one this component creates (a class given by name is the caller's to size).
    /// </summary>
    public static int ClaimGi(string storageClass, int wantedGi)
    {
        var disk = Enum.GetValues<Cloud>().Where(cloud => ClassName(cloud) == storageClass).Select(DiskOf).FirstOrDefault();
        return disk is null ? wantedGi : Math.Max(wantedGi, disk.MinimumGiB);
    }

    public static StorageClass Create(Component owner, StackEnvironment environment, InputMap<string> labels)
    {
        var alicloud = environment.Cloud == Cloud.Alicloud;
        return new StorageClass(owner, "storage-class", new StorageClassArgs
        {
            Metadata = new ObjectMetaArgs { Name = ClassName(environment.Cloud), Labels = labels },
            Provisioner = DiskOf(environment.Cloud).Provisioner,
            Parameters = alicloud
                ? new InputMap<string>
                {
                    ["type"] = StorageFacts.EssdPl1.DiskType,
                    [StorageFacts.AlibabaDisk.Encrypted] = "true",
                    [StorageFacts.AlibabaDisk.VolumeSizeAutoAvailable] = "true",
                }
                : new InputMap<string> { ["type"] = StorageFacts.Gp3.DiskType, ["encrypted"] = "true" },
            ReclaimPolicy = environment.IsProd ? "Retain" : "Delete",
            VolumeBindingMode = "WaitForFirstConsumer",
            AllowVolumeExpansion = true,
        });
    }
}
