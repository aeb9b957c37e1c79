namespace Infra.Compliance.Rules.Deployability;

/// <summary>
/// MLD-MON-001: on a managed control plane (EKS, ACK) kube-prometheus-stack does not scrape
/// kube-controller-manager, kube-scheduler or etcd. The chart enables all three by default; the
/// cloud runs them out of the cluster's reach, so their targets are down and the chart's
/// <c>critical</c> "…Down" alerts fire forever.
/// </summary>
public sealed class ManagedControlPlaneScrapeRule() : TypedResourceRule(DeployabilityCatalog.ManagedControlPlaneScrape)
{
    /// <summary>The chart's values that scrape control-plane components (its values.yaml: each <c>enabled: true</c> by default).</summary>
    public static IReadOnlyList<string> ControlPlaneComponents { get; } = ["kubeControllerManager", "kubeScheduler", "kubeEtcd"];

    public override IReadOnlySet<string> Types { get; } = ResourceTypes.Set(ResourceTypes.HelmRelease);

    protected override bool AppliesTo(Resource resource, ComplianceContext context) =>
        base.AppliesTo(resource, context)
        && PropertyValues.Text(resource.Properties["chart"]) == VolumeClaims.KubePrometheusStack
        && context.OfType(ResourceTypes.Set(ResourceTypes.EksCluster, ResourceTypes.AckCluster)).Any();

    protected override IEnumerable<string> Problems(Resource resource, ComplianceContext context)
    {
        var values = resource.Properties["values"];
        return ControlPlaneComponents
            .Select(component => (component, Enabled: PropertyValues.At(values, component + ".enabled")))
            .Where(entry => PropertyValues.Flag(entry.Enabled) != false)
            .Select(entry => $"values.{entry.component}.enabled is {PropertyValues.Describe(entry.Enabled)} (the chart's default is true), not false, on a managed control plane");
    }
}
