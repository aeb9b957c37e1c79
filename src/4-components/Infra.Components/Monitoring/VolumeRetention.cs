namespace Infra.Components.Monitoring;

/// <summary>
/// What happens to the Prometheus and Alertmanager volumes when their StatefulSets go (on
/// <c>pulumi destroy</c>, the release's uninstall deletes the Prometheus and Alertmanager resources
/// and the StatefulSets with them). A StatefulSet keeps its claims by default, so the disks outlived
/// the cluster. The Prometheus Operator of chart 88.5.3 (v0.93.1) has <c>persistentVolumeClaimRetentionPolicy</c>
/// on both resources (charts/crds/crds/crd-prometheuses.yaml and crd-alertmanagers.yaml: <c>whenDeleted</c>,
/// <c>whenScaled</c>), and the chart passes <c>prometheus.prometheusSpec.persistentVolumeClaimRetentionPolicy</c>
/// and <c>alertmanager.alertmanagerSpec.persistentVolumeClaimRetentionPolicy</c> through
/// (templates/prometheus/prometheus.yaml, templates/alertmanager/alertmanager.yaml). The values are the
/// StatefulSet's <c>Retain</c>/<c>Delete</c> (Kubernetes docs, StatefulSet "PersistentVolumeClaim retention";
/// beta and on by default from 1.27, the chart's stated minimum). Outside prod a deleted StatefulSet
/// deletes its claims, and the class's reclaim policy Delete deletes the disk; prod keeps them.
/// Scaling down keeps claims everywhere, so a replica that comes back finds its data.
/// </summary>
internal static class VolumeRetention
{
    public const string Retain = "Retain";

    public const string Delete = "Delete";

    public static MapValue For(bool prod) => Tree.Map(("whenDeleted", prod ? Retain : Delete), ("whenScaled", Retain));
}
