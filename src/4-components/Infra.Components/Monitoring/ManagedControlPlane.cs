namespace Infra.Components.Monitoring;

/// <summary>
/// The kube-prometheus-stack components that scrape what a managed control plane (EKS, ACK managed
/// Kubernetes) keeps out of the cluster. Chart 88.5.3 enables each by default (values.yaml
/// <c>kubeControllerManager</c>/<c>kubeEtcd</c>/<c>kubeScheduler</c>/<c>kubeProxy</c>: <c>enabled: true</c>),
/// and each comes with an <c>absent(up{job=…} == 1)</c> "Down" alert of severity critical
/// (templates/prometheus/rules-1.14/kubernetes-system-controller-manager.yaml, kubernetes-system-scheduler.yaml,
/// kubernetes-system-kube-proxy.yaml; etcd.yaml's etcdInsufficientMembers), which fires forever when the
/// target cannot be found or reached. <c>enabled: false</c> drops the component's Service, ServiceMonitor,
/// rules and Grafana dashboard: every one of those templates is conditioned on it (helm-charts tag
/// kube-prometheus-stack-88.5.3, templates/exporters/*, prometheus/rules-1.14/*, grafana/dashboards-1.14/*).
/// </summary>
internal static class ManagedControlPlane
{
    /// <summary>
    /// The chart's keys to disable, each with why it is unreachable:
    /// <list type="bullet">
    /// <item>kubeControllerManager, kubeScheduler, kubeEtcd: the chart finds them as pods in kube-system
    /// (or at <c>endpoints</c> IPs); EKS and ACK managed clusters run none there, the control plane is the
    /// cloud's. [unverified for ACK beyond its managed-cluster documentation: a live cluster's kube-system
    /// listing would settle it.]</item>
    /// <item>kubeProxy: EKS's kube-proxy add-on serves metrics on 127.0.0.1:10249 only, so Prometheus on
    /// another pod cannot scrape it (aws/containers-roadmap#657, terraform-aws-modules/terraform-aws-eks#742,
    /// prometheus-community/helm-charts#977). [unverified for ACK: its kube-proxy-worker's bind address and
    /// pod labels; turned off there too, at the cost of kube-proxy's metrics.]</item>
    /// </list>
    /// </summary>
    public static readonly IReadOnlyList<string> UnreachableComponents = ["kubeControllerManager", "kubeScheduler", "kubeEtcd", "kubeProxy"];
}
