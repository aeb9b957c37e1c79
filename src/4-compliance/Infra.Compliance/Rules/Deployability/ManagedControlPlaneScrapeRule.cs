namespace Infra.Compliance.Rules.Deployability;

/// <summary>
/// MLD-MON-001: on a managed control plane (EKS, ACK) kube-prometheus-stack does not scrape
/// kube-controller-manager, kube-scheduler or etcd. The chart enables all three by default; the
/// cloud runs them out of the cluster's reach, so their targets are down and the chart's
/// <c>critical</c> "…Down" alerts fire forever.
/// </summary>
public sealed class ManagedControlPlaneScrapeRule : TypedResourceRule
{
    /// <summary>The chart's values that scrape control-plane components (its values.yaml: each <c>enabled: true</c> by default).</summary>
    public static IReadOnlyList<string> ControlPlaneComponents { get; } = ["kubeControllerManager", "kubeScheduler", "kubeEtcd"];

    public override RuleMetadata Metadata { get; } = RuleMetadata.Deployability(
        "MLD-MON-001",
        Severity.Error,
        "Managed control planes are not scraped",
        "EKS and ACK run the controller manager, scheduler and etcd where the cluster cannot reach them: their targets are down and critical alerts page for nothing.",
        "prometheus-community/helm-charts, kube-prometheus-stack 88.5.3 (the pinned chart): values.yaml kubeControllerManager.enabled, kubeEtcd.enabled and kubeScheduler.enabled are true; "
            + "templates/prometheus/rules-1.14/kubernetes-system-controller-manager.yaml and kubernetes-system-scheduler.yaml render KubeControllerManagerDown and KubeSchedulerDown (severity critical) when enabled; "
            + "Amazon EKS User Guide, 'Amazon EKS control plane' (run by AWS outside the cluster's VPC); ACK managed clusters (control plane hosted by ACK). ml-platform issue 15 item 8");

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
