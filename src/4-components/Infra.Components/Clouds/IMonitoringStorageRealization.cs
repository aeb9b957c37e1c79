namespace Infra.Components.Clouds;

/// <summary>
/// The cloud's half of the monitoring volumes' StorageClass: its name, the disk type behind it and
/// the driver's parameters. The neutral component decides reclaim policy, binding and expansion.
/// </summary>
public interface IMonitoringStorageRealization
{
    /// <summary>The StorageClass the monitoring component creates on this cloud.</summary>
    string ClassName { get; }

    /// <summary>The disk type of the class: its CSI provisioner, type and minimum size.</summary>
    DiskMinimumFact Disk { get; }

    /// <summary>The provisioner's parameters: the disk type, encrypted.</summary>
    InputMap<string> Parameters();
}
