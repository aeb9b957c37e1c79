using Infra.Components.Environment;
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
/// pod's zone, and both can grow.
/// </summary>
internal static class MonitoringStorage
{
    public static string ClassName(Cloud cloud) => cloud == Cloud.Alicloud ? "monitoring-essd" : "monitoring-gp3";

    public static StorageClass Create(Component owner, StackEnvironment environment, InputMap<string> labels)
    {
        var alicloud = environment.Cloud == Cloud.Alicloud;
        return new StorageClass(owner, "storage-class", new StorageClassArgs
        {
            Metadata = new ObjectMetaArgs { Name = ClassName(environment.Cloud), Labels = labels },
            Provisioner = alicloud ? "diskplugin.csi.alibabacloud.com" : "ebs.csi.aws.com",
            Parameters = alicloud
                ? new InputMap<string> { ["type"] = "cloud_essd" }
                : new InputMap<string> { ["type"] = "gp3", ["encrypted"] = "true" },
            ReclaimPolicy = environment.IsProd ? "Retain" : "Delete",
            VolumeBindingMode = "WaitForFirstConsumer",
            AllowVolumeExpansion = true,
        });
    }
}
