namespace Infra.Components.Clouds.Aws;

/// <summary>
/// Monitoring volumes on EKS: an encrypted gp3 EBS volume (driver <c>ebs.csi.aws.com</c>, with the
/// AWS managed key). EKS's built-in class is gp2 on the in-tree driver, so gp3 needs a class of its
/// own and the EBS CSI driver add-on (<see cref="EksCluster"/> installs it).
/// </summary>
internal sealed class EbsMonitoringStorage : IMonitoringStorageRealization
{
    public string ClassName => "monitoring-gp3";

    public DiskMinimumFact Disk => StorageFacts.Gp3;

    public InputMap<string> Parameters() => new() { ["type"] = StorageFacts.Gp3.DiskType, ["encrypted"] = "true" };
}
