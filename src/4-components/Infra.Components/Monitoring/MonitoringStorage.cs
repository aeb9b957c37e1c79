using Infra.Platform;
using Infra.Providers.Kubernetes;
using Infra.Providers.Kubernetes.Storage.V1;

namespace Infra.Components.Monitoring;

/// <summary>
/// The StorageClass of the monitoring volumes. The cloud names the class, its disk type and the
/// driver's parameters (<see cref="IMonitoringStorageRealization"/>: gp3 EBS on EKS, ESSD on ACK,
/// both encrypted); this component decides the rest for every cloud: the class binds when the pod
/// is scheduled, so the disk is created in the pod's zone, it can grow, and dev and staging delete
/// the disk with its claim while prod keeps it. Claims on these classes are sized at least to the
/// disk type's minimum (<see cref="ClaimGi"/>).
/// </summary>
internal static class MonitoringStorage
{
    /// <summary>
    /// The size to claim on <paramref name="storageClass"/>: at least its disk type's minimum when the
    /// class is one this component creates on some cloud (a class given by name is the caller's to size).
    /// </summary>
    public static int ClaimGi(string storageClass, int wantedGi)
    {
        var disk = Enum.GetValues<Cloud>().Select(cloud => CloudRealizations.For(cloud).MonitoringStorage)
            .Where(storage => storage.ClassName == storageClass).Select(storage => storage.Disk).FirstOrDefault();
        return disk is null ? wantedGi : Math.Max(wantedGi, disk.MinimumGiB);
    }

    public static StorageClass Create(Component owner, StackEnvironment environment, InputMap<string> labels)
    {
        var storage = environment.Realization().MonitoringStorage;
        return new StorageClass(owner, "storage-class", new StorageClassArgs
        {
            Metadata = new ObjectMetaArgs { Name = storage.ClassName, Labels = labels },
            Provisioner = storage.Disk.Provisioner,
            Parameters = storage.Parameters(),
            ReclaimPolicy = environment.IsProd ? "Retain" : "Delete",
            VolumeBindingMode = "WaitForFirstConsumer",
            AllowVolumeExpansion = true,
        });
    }
}
