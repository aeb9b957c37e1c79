namespace Infra.Components.Clouds.Alicloud;

/// <summary>
/// Monitoring volumes on ACK: an ESSD (driver <c>diskplugin.csi.alibabacloud.com</c>, type
/// <c>cloud_essd</c>, as ACK's own <c>alicloud-disk-essd</c>), encrypted with ECS's service key
/// (<c>encrypted</c> without <c>kmsKeyId</c>). The class also sets <c>volumeSizeAutoAvailable</c>, so
/// a claim below the ESSD's minimum made by hand is raised, not refused.
/// </summary>
internal sealed class EssdMonitoringStorage : IMonitoringStorageRealization
{
    public string ClassName => "monitoring-essd";

    public DiskMinimumFact Disk => StorageFacts.EssdPl1;

    public InputMap<string> Parameters() => new()
    {
        ["type"] = StorageFacts.EssdPl1.DiskType,
        [StorageFacts.AlibabaDisk.Encrypted] = "true",
        [StorageFacts.AlibabaDisk.VolumeSizeAutoAvailable] = "true",
    };
}
