using Infra.Core.Expressions;
using Infra.Core.Graph;
using Infra.Core.Resources;
using Infra.Core.Values;

namespace Infra.Providers.Alicloud.Cs;

/// <summary>
/// <c>alicloud:cs/managedKubernetes:ManagedKubernetes</c>: an ACK managed cluster. Uses
/// <c>vswitchIds</c> for the control plane (<c>workerVswitchIds</c> is deprecated) and no
/// certificate inputs (deprecated since 1.248.0: the kubeconfig comes from
/// <see cref="CsFunctions.GetClusterCredential"/>).
/// </summary>
public sealed class ManagedKubernetes(Scope scope, string name, ManagedKubernetesArgs args, ResourceOptions? options = null)
    : CustomResource<ManagedKubernetesArgs>(scope, name, "alicloud:cs/managedKubernetes:ManagedKubernetes", args, options)
{
    public Output<string> ClusterName => GetOutput<string>("name");

    /// <summary>The ARN of the RAM OIDC provider ACK creates for RRSA.</summary>
    public Output<string> RrsaOidcProviderArn => GetOutput<string>("rrsaMetadata.ramOidcProviderArn");

    /// <summary>The OIDC issuer URL RRSA tokens carry (<c>oidc:iss</c>).</summary>
    public Output<string> RrsaOidcIssuerUrl => GetOutput<string>("rrsaMetadata.rrsaOidcIssuerUrl");

    /// <summary>The security group of the cluster's nodes.</summary>
    public Output<string> SecurityGroupId => GetOutput<string>("securityGroupId");

    /// <summary>The API server's internal endpoint, a URL (<c>https://10.x.y.z:6443</c>).</summary>
    public Output<string> ApiServerIntranet => GetOutput<string>("connections.apiServerIntranet");
}

public sealed record ManagedKubernetesArgs : Args, ITaggableArgs
{
    public Input<string>? Name { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary><c>ack.pro.small</c> is ACK Pro (needed for secrets encryption with KMS); <c>ack.standard</c> is Basic.</summary>
    public Input<string>? ClusterSpec { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary>Left unset, ACK uses its newest version at creation and never upgrades on its own.</summary>
    public Input<string>? Version { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary>The control plane's vSwitches.</summary>
    public InputList<string>? VswitchIds { get => Get<InputList<string>>(); init => Set(value); }

    /// <summary>Flannel's pod range (outside the VPC).</summary>
    public Input<string>? PodCidr { get => Get<Input<string>?>(); init => Set(value); }

    public Input<string>? ServiceCidr { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary>24–28: the per-node pod block size (24 = up to 255 pods a node).</summary>
    public Input<int>? NodeCidrMask { get => Get<Input<int>?>(); init => Set(value); }

    /// <summary><c>ipvs</c> (the default), <c>iptables</c> or <c>nftables</c>.</summary>
    public Input<string>? ProxyMode { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary>Creates a NAT gateway of its own (default true); the stack's network already has one.</summary>
    public Input<bool>? NewNatGateway { get => Get<Input<bool>?>(); init => Set(value); }

    /// <summary>An internet-facing load balancer for the API server (default true).</summary>
    public Input<bool>? SlbInternetEnabled { get => Get<Input<bool>?>(); init => Set(value); }

    public Input<bool>? IsEnterpriseSecurityGroup { get => Get<Input<bool>?>(); init => Set(value); }

    /// <summary>RAM Roles for Service Accounts; cannot be turned off once on.</summary>
    public Input<bool>? EnableRrsa { get => Get<Input<bool>?>(); init => Set(value); }

    /// <summary>The KMS key that encrypts Secrets (needs <see cref="DisableEncryption"/> false).</summary>
    public Input<string>? EncryptionProviderKey { get => Get<Input<string>?>(); init => Set(value); }

    public Input<bool>? DisableEncryption { get => Get<Input<bool>?>(); init => Set(value); }

    /// <summary><c>apiserver</c>, <c>kcm</c>, <c>scheduler</c>, <c>ccm</c>, <c>controlplane-events</c>.</summary>
    public InputList<string>? ControlPlaneLogComponents { get => Get<InputList<string>>(); init => Set(value); }

    /// <summary>Days, as a string.</summary>
    public Input<string>? ControlPlaneLogTtl { get => Get<Input<string>?>(); init => Set(value); }

    public Input<ManagedKubernetesAuditLogConfigArgs>? AuditLogConfig { get => Get<Input<ManagedKubernetesAuditLogConfigArgs>?>(); init => Set(value); }

    public Input<bool>? DeletionProtection { get => Get<Input<bool>?>(); init => Set(value); }

    /// <summary>Add-ons installed at creation only (later changes need <c>cs/kubernetesAddon</c>).</summary>
    public InputList<ManagedKubernetesAddonArgs>? Addons { get => Get<InputList<ManagedKubernetesAddonArgs>>(); init => Set(value); }

    public InputMap<string>? Tags { get => Get<InputMap<string>>(); init => Set(value); }
}

public sealed record ManagedKubernetesAddonArgs : Args
{
    public Input<string>? Name { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary>A JSON string.</summary>
    public Input<string>? Config { get => Get<Input<string>?>(); init => Set(value); }

    public Input<string>? Version { get => Get<Input<string>?>(); init => Set(value); }

    public Input<bool>? Disabled { get => Get<Input<bool>?>(); init => Set(value); }
}

public sealed record ManagedKubernetesAuditLogConfigArgs : Args
{
    public Input<bool>? Enabled { get => Get<Input<bool>?>(); init => Set(value); }
}

/// <summary>
/// <c>alicloud:cs/nodePool:NodePool</c>: an ACK node pool (an ESS scaling group ACK runs). Uses
/// <c>nodePoolName</c>, <c>desiredSize</c> (a string) or <c>scalingConfig</c>, and
/// <c>securityGroupIds</c>; <c>name</c>, <c>nodeCount</c>, <c>securityGroupId</c>, <c>platform</c>
/// and <c>cisEnabled</c> are deprecated in 3.108.0.
/// </summary>
public sealed class NodePool(Scope scope, string name, NodePoolArgs args, ResourceOptions? options = null)
    : CustomResource<NodePoolArgs>(scope, name, "alicloud:cs/nodePool:NodePool", args, options)
{
    public Output<string> NodePoolId => GetOutput<string>("nodePoolId");

    public Output<string> ScalingGroupId => GetOutput<string>("scalingGroupId");
}

public sealed record NodePoolArgs : Args, ITaggableArgs
{
    public required Input<string> ClusterId { get => Get<Input<string>>(); init => Set(value); }

    public Input<string>? NodePoolName { get => Get<Input<string>?>(); init => Set(value); }

    public InputList<string>? VswitchIds { get => Get<InputList<string>>(); init => Set(value); }

    public InputList<string>? InstanceTypes { get => Get<InputList<string>>(); init => Set(value); }

    /// <summary>A fixed size, as a string; leave unset when <see cref="ScalingConfig"/> autoscales.</summary>
    public Input<string>? DesiredSize { get => Get<Input<string>?>(); init => Set(value); }

    public Input<NodePoolScalingConfigArgs>? ScalingConfig { get => Get<Input<NodePoolScalingConfigArgs>?>(); init => Set(value); }

    /// <summary>A list of key/value pairs (not a map).</summary>
    public InputList<NodePoolLabelArgs>? Labels { get => Get<InputList<NodePoolLabelArgs>>(); init => Set(value); }

    public InputList<NodePoolTaintArgs>? Taints { get => Get<InputList<NodePoolTaintArgs>>(); init => Set(value); }

    /// <summary><c>NoSpot</c>, <c>SpotWithPriceLimit</c> or <c>SpotAsPriceGo</c>.</summary>
    public Input<string>? SpotStrategy { get => Get<Input<string>?>(); init => Set(value); }

    public Input<int>? SpotInstancePools { get => Get<Input<int>?>(); init => Set(value); }

    public Input<bool>? SpotInstanceRemedy { get => Get<Input<bool>?>(); init => Set(value); }

    /// <summary><c>PRIORITY</c>, <c>COST_OPTIMIZED</c> or <c>BALANCE</c>.</summary>
    public Input<string>? MultiAzPolicy { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary>With <c>COST_OPTIMIZED</c>: create pay-as-you-go instances when spot ones cannot be had.</summary>
    public Input<bool>? CompensateWithOnDemand { get => Get<Input<bool>?>(); init => Set(value); }

    /// <summary>0–1000, as a string.</summary>
    public Input<string>? OnDemandBaseCapacity { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary>0–100, as a string.</summary>
    public Input<string>? OnDemandPercentageAboveBaseCapacity { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary><c>PostPaid</c> (pay-as-you-go) or <c>PrePaid</c>.</summary>
    public Input<string>? InstanceChargeType { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary>E.g. <c>AliyunLinux3</c>.</summary>
    public Input<string>? ImageType { get => Get<Input<string>?>(); init => Set(value); }

    public Input<string>? RuntimeName { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary>E.g. <c>cloud_essd</c> (the SDK's own spelling).</summary>
    public Input<string>? SystemDiskCategory { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary>GiB.</summary>
    public Input<int>? SystemDiskSize { get => Get<Input<int>?>(); init => Set(value); }

    public Input<string>? SystemDiskPerformanceLevel { get => Get<Input<string>?>(); init => Set(value); }

    public Input<bool>? SystemDiskEncrypted { get => Get<Input<bool>?>(); init => Set(value); }

    public Input<string>? SystemDiskKmsKey { get => Get<Input<string>?>(); init => Set(value); }

    public Input<NodePoolInstanceMetadataOptionsArgs>? InstanceMetadataOptions { get => Get<Input<NodePoolInstanceMetadataOptionsArgs>?>(); init => Set(value); }

    public Input<NodePoolManagementArgs>? Management { get => Get<Input<NodePoolManagementArgs>?>(); init => Set(value); }

    /// <summary>Tags for the pool's ECS instances.</summary>
    public InputMap<string>? Tags { get => Get<InputMap<string>>(); init => Set(value); }
}

public sealed record NodePoolScalingConfigArgs : Args
{
    public Input<bool>? Enable { get => Get<Input<bool>?>(); init => Set(value); }

    public Input<int>? MinSize { get => Get<Input<int>?>(); init => Set(value); }

    public Input<int>? MaxSize { get => Get<Input<int>?>(); init => Set(value); }

    /// <summary><c>cpu</c>, <c>gpu</c>, <c>gpushare</c> or <c>spot</c>.</summary>
    public Input<string>? Type { get => Get<Input<string>?>(); init => Set(value); }
}

public sealed record NodePoolLabelArgs : Args
{
    public required Input<string> Key { get => Get<Input<string>>(); init => Set(value); }

    public Input<string>? Value { get => Get<Input<string>?>(); init => Set(value); }
}

public sealed record NodePoolTaintArgs : Args
{
    public required Input<string> Key { get => Get<Input<string>>(); init => Set(value); }

    public Input<string>? Value { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary>Kubernetes spelling: <c>NoSchedule</c>, <c>NoExecute</c>, <c>PreferNoSchedule</c>.</summary>
    public Input<string>? Effect { get => Get<Input<string>?>(); init => Set(value); }
}

public sealed record NodePoolInstanceMetadataOptionsArgs : Args
{
    /// <summary><c>required</c>: hardened mode only (clusters 1.28 and later).</summary>
    public Input<string>? HttpTokens { get => Get<Input<string>?>(); init => Set(value); }
}

public sealed record NodePoolManagementArgs : Args
{
    public Input<bool>? Enable { get => Get<Input<bool>?>(); init => Set(value); }

    public Input<bool>? AutoRepair { get => Get<Input<bool>?>(); init => Set(value); }

    public Input<bool>? AutoUpgrade { get => Get<Input<bool>?>(); init => Set(value); }

    public Input<int>? MaxUnavailable { get => Get<Input<int>?>(); init => Set(value); }
}

/// <summary><c>alicloud:cs/autoscalingConfig:AutoscalingConfig</c>: the cluster autoscaler ACK runs for autoscaling node pools.</summary>
public sealed class AutoscalingConfig(Scope scope, string name, AutoscalingConfigArgs args, ResourceOptions? options = null)
    : CustomResource<AutoscalingConfigArgs>(scope, name, "alicloud:cs/autoscalingConfig:AutoscalingConfig", args, options);

public sealed record AutoscalingConfigArgs : Args
{
    public Input<string>? ClusterId { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary><c>cluster-autoscaler</c> or <c>goatscaler</c>.</summary>
    public Input<string>? ScalerType { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary><c>least-waste</c>, <c>random</c> or <c>priority</c>.</summary>
    public Input<string>? Expander { get => Get<Input<string>?>(); init => Set(value); }

    public Input<bool>? ScaleUpFromZero { get => Get<Input<bool>?>(); init => Set(value); }

    public Input<bool>? ScaleDownEnabled { get => Get<Input<bool>?>(); init => Set(value); }

    /// <summary>A fraction as a string (default <c>0.5</c>).</summary>
    public Input<string>? GpuUtilizationThreshold { get => Get<Input<string>?>(); init => Set(value); }

    public Input<string>? UtilizationThreshold { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary>A duration, e.g. <c>30s</c>.</summary>
    public Input<string>? ScanInterval { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary>A duration, e.g. <c>10m</c>.</summary>
    public Input<string>? UnneededDuration { get => Get<Input<string>?>(); init => Set(value); }

    public Input<bool>? SkipNodesWithSystemPods { get => Get<Input<bool>?>(); init => Set(value); }
}

/// <summary>Functions of the cs module.</summary>
public static class CsFunctions
{
    /// <summary>
    /// A cluster's credential: <c>kubeConfig</c> (always for the internet endpoint) and
    /// <c>certificateAuthority.{clusterCert,clientCert,clientKey}</c>; mark them secret where used.
    /// </summary>
    public const string GetClusterCredential = "alicloud:cs/getClusterCredential:getClusterCredential";
}

/// <summary>Arguments of <see cref="CsFunctions.GetClusterCredential"/>.</summary>
public sealed record GetClusterCredentialArgs : Args
{
    public required Input<string> ClusterId { get => Get<Input<string>>(); init => Set(value); }

    /// <summary>15–4320 minutes; omitted, ACK decides (a long-lived certificate).</summary>
    public Input<int>? TemporaryDurationMinutes { get => Get<Input<int>?>(); init => Set(value); }
}

/// <summary>Enum-like values of the cs module, from the alicloud 3.108.0 SDK docs (the SDK types them as strings).</summary>
public static class CsValues
{
    public const string ClusterSpecPro = "ack.pro.small";
    public const string NoSpot = "NoSpot";
    public const string SpotAsPriceGo = "SpotAsPriceGo";
    public const string CostOptimized = "COST_OPTIMIZED";
    public const string Priority = "PRIORITY";
    public const string PostPaid = "PostPaid";
    public const string NoSchedule = "NoSchedule";

    /// <summary>The SDK's own example spelling (its docs camelCase it to <c>cloudEssd</c>).</summary>
    public const string CloudEssd = "cloud_essd";

    /// <summary>Alibaba Cloud Linux 3, on which ACK installs the GPU driver for GPU instance types.</summary>
    public const string AliyunLinux3 = "AliyunLinux3";

    /// <summary>Every control-plane log component.</summary>
    public static IReadOnlyList<string> AllLogComponents { get; } = ["apiserver", "kcm", "scheduler", "ccm", "controlplane-events"];
}
