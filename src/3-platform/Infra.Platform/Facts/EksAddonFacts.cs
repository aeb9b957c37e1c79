namespace Infra.Platform.Facts;

/// <summary>An EKS add-on the platform installs, and the service account and managed policy its IRSA role needs (none when it calls no AWS API).</summary>
public sealed record EksAddonFact(string Name, string? ServiceAccountNamespace, string? ServiceAccount, string? ManagedPolicy, string Source);

/// <summary>
/// EKS add-ons beyond the networking core: what they are called, whom their IRSA role is for and
/// which AWS managed policy it carries. The launch templates' IMDS hop limit of 1 keeps pods off the
/// node role, so an add-on that calls AWS needs a role of its own.
/// </summary>
public static class EksAddonFacts
{
    /// <summary>
    /// The EBS CSI driver: add-on <c>aws-ebs-csi-driver</c>, its controller runs as
    /// <c>kube-system/ebs-csi-controller-sa</c>, and it needs <c>AmazonEBSCSIDriverPolicy</c>, which
    /// lives under the <c>service-role/</c> path.
    /// </summary>
    public static EksAddonFact EbsCsiDriver { get; } = new(StorageFacts.EbsCsi.InstalledByAddon, "kube-system", "ebs-csi-controller-sa",
        "service-role/AmazonEBSCSIDriverPolicy",
        "Amazon EKS User Guide, 'Amazon EBS CSI driver' (ebs-csi.adoc: eksctl create iamserviceaccount --name ebs-csi-controller-sa --namespace kube-system --attach-policy-arn arn:aws:iam::aws:policy/service-role/AmazonEBSCSIDriverPolicy) and eks-add-ons.adoc ('The Amazon EKS add-on name is aws-ebs-csi-driver'); AWS Managed Policy Reference, AmazonEBSCSIDriverPolicy");

    /// <summary>
    /// The node monitoring agent: add-on <c>eks-node-monitoring-agent</c>, no AWS permissions. It
    /// reports the node conditions (AcceleratedHardwareReady for NVIDIA XID errors, KernelReady,
    /// NetworkingReady, StorageReady) that node auto repair acts on; without it auto repair sees only
    /// the kubelet's Ready. Its node agent tolerates every taint (chart values: tolerations operator Exists).
    /// </summary>
    public static EksAddonFact NodeMonitoringAgent { get; } = new("eks-node-monitoring-agent", null, null, null,
        "Amazon EKS User Guide, 'Enable node auto repair and investigate node health issues' (node-health.adoc) and eks-add-ons.adoc ('The Amazon EKS add-on name is eks-node-monitoring-agent'; 'This add-on doesn't require additional permissions'); aws/eks-node-monitoring-agent charts/eks-node-monitoring-agent/values.yaml");

    public static IReadOnlyList<EksAddonFact> All { get; } = [EbsCsiDriver, NodeMonitoringAgent];
}

/// <summary>What the cluster autoscaler's AWS provider reads from nodes and Auto Scaling groups.</summary>
public static class ClusterAutoscalerFacts
{
    /// <summary>
    /// The label the autoscaler takes as "this node has a GPU" before the device plugin advertises
    /// <c>nvidia.com/gpu</c>; without it the autoscaler can scale a GPU group out again while the
    /// first node's plugin starts.
    /// </summary>
    public static Fact<string> GpuLabel { get; } = new("k8s.amazonaws.com/accelerator",
        "kubernetes/autoscaler (tag cluster-autoscaler-chart-9.59.0) cluster-autoscaler/cloudprovider/aws/README.md, 'Special note on GPU instances', and aws_cloud_provider.go (GPULabel = \"k8s.amazonaws.com/accelerator\")");

    /// <summary>The prefix of the Auto Scaling group tags that describe a group's nodes for scale-up from zero (README, 'Auto-Discovery Setup' / scaling from 0).</summary>
    public static Fact<string> NodeTemplateTagPrefix { get; } = new("k8s.io/cluster-autoscaler/node-template/",
        "kubernetes/autoscaler (tag cluster-autoscaler-chart-9.59.0) cluster-autoscaler/cloudprovider/aws/README.md, scaling a node group to and from 0 (node-template/label, /taint, /resources tags)");

    /// <summary>
    /// The value of <see cref="GpuLabel"/> for a catalog GPU model: <c>nvidia-&lt;model&gt;</c>, in the
    /// form of the provider's own list (<c>nvidia-a10g</c>, <c>nvidia-tesla-t4</c>). The autoscaler acts
    /// on the label's presence (cluster-autoscaler utils/gpu NodeHasGpu); the value names the type for humans and GPU limits.
    /// </summary>
    public static string GpuLabelValue(string modelKey) => $"nvidia-{modelKey}";
}
