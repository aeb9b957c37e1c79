using Infra.Core.Expressions;
using Infra.Core.Graph;
using Infra.Core.Resources;
using Infra.Core.Values;

namespace Infra.Providers.Aws.Eks;

/// <summary><c>aws:eks/cluster:Cluster</c>: an EKS control plane.</summary>
public sealed class Cluster(Scope scope, string name, ClusterArgs args, ResourceOptions? options = null)
    : CustomResource<ClusterArgs>(scope, name, "aws:eks/cluster:Cluster", args, options)
{
    public Output<string> Arn => GetOutput<string>("arn");

    /// <summary>The cluster's name (what node groups, add-ons and access entries take).</summary>
    public Output<string> ClusterName => GetOutput<string>("name");

    /// <summary>The API server URL.</summary>
    public Output<string> Endpoint => GetOutput<string>("endpoint");

    /// <summary>The base64 CA bundle of the API server.</summary>
    public Output<string> CertificateAuthorityData => GetOutput<string>("certificateAuthority.data");

    /// <summary>The OIDC issuer URL (<c>https://oidc.eks…</c>) that service-account tokens carry.</summary>
    public Output<string> OidcIssuer => GetOutput<string>("identities[0].oidcs[0].issuer");

    /// <summary>The security group EKS creates for the control plane and managed nodes.</summary>
    public Output<string> ClusterSecurityGroupId => GetOutput<string>("vpcConfig.clusterSecurityGroupId");
}

public sealed record ClusterArgs : Args, ITaggableArgs
{
    /// <summary>The cluster IAM role (trusts <c>eks.amazonaws.com</c>).</summary>
    public required Input<string> RoleArn { get => Get<Input<string>>(); init => Set(value); }

    public required Input<ClusterVpcConfigArgs> VpcConfig { get => Get<Input<ClusterVpcConfigArgs>>(); init => Set(value); }

    public Input<string>? Name { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary>Kubernetes minor version, e.g. <c>1.35</c>.</summary>
    public Input<string>? Version { get => Get<Input<string>?>(); init => Set(value); }

    public Input<ClusterAccessConfigArgs>? AccessConfig { get => Get<Input<ClusterAccessConfigArgs>?>(); init => Set(value); }

    public Input<ClusterEncryptionConfigArgs>? EncryptionConfig { get => Get<Input<ClusterEncryptionConfigArgs>?>(); init => Set(value); }

    /// <summary><c>api</c>, <c>audit</c>, <c>authenticator</c>, <c>controllerManager</c>, <c>scheduler</c>.</summary>
    public InputList<string>? EnabledClusterLogTypes { get => Get<InputList<string>>(); init => Set(value); }

    public Input<ClusterKubernetesNetworkConfigArgs>? KubernetesNetworkConfig { get => Get<Input<ClusterKubernetesNetworkConfigArgs>?>(); init => Set(value); }

    public Input<ClusterUpgradePolicyArgs>? UpgradePolicy { get => Get<Input<ClusterUpgradePolicyArgs>?>(); init => Set(value); }

    public Input<bool>? DeletionProtection { get => Get<Input<bool>?>(); init => Set(value); }

    public InputMap<string>? Tags { get => Get<InputMap<string>>(); init => Set(value); }
}

public sealed record ClusterVpcConfigArgs : Args
{
    /// <summary>Subnets in at least two zones, where EKS puts the control plane's network interfaces.</summary>
    public required InputList<string> SubnetIds { get => Get<InputList<string>>()!; init => Set(value); }

    public Input<bool>? EndpointPrivateAccess { get => Get<Input<bool>?>(); init => Set(value); }

    public Input<bool>? EndpointPublicAccess { get => Get<Input<bool>?>(); init => Set(value); }

    /// <summary>Who may reach the public endpoint when it is on (EKS defaults to <c>0.0.0.0/0</c>).</summary>
    public InputList<string>? PublicAccessCidrs { get => Get<InputList<string>>(); init => Set(value); }
}

public sealed record ClusterAccessConfigArgs : Args
{
    /// <summary><see cref="EksValues.AuthenticationModeApi"/> (access entries only), <c>API_AND_CONFIG_MAP</c> or <c>CONFIG_MAP</c>.</summary>
    public Input<string>? AuthenticationMode { get => Get<Input<string>?>(); init => Set(value); }

    public Input<bool>? BootstrapClusterCreatorAdminPermissions { get => Get<Input<bool>?>(); init => Set(value); }
}

public sealed record ClusterEncryptionConfigArgs : Args
{
    public required Input<ClusterEncryptionConfigProviderArgs> Provider { get => Get<Input<ClusterEncryptionConfigProviderArgs>>(); init => Set(value); }

    /// <summary>Only <c>secrets</c> is valid.</summary>
    public required InputList<string> Resources { get => Get<InputList<string>>()!; init => Set(value); }
}

public sealed record ClusterEncryptionConfigProviderArgs : Args
{
    public required Input<string> KeyArn { get => Get<Input<string>>(); init => Set(value); }
}

public sealed record ClusterKubernetesNetworkConfigArgs : Args
{
    public Input<string>? IpFamily { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary>Service addresses; set at creation only.</summary>
    public Input<string>? ServiceIpv4Cidr { get => Get<Input<string>?>(); init => Set(value); }
}

public sealed record ClusterUpgradePolicyArgs : Args
{
    /// <summary><c>STANDARD</c> (auto-upgrade at the end of standard support) or <c>EXTENDED</c>.</summary>
    public Input<string>? SupportType { get => Get<Input<string>?>(); init => Set(value); }
}

/// <summary><c>aws:eks/nodeGroup:NodeGroup</c>: an EKS managed node group (an Auto Scaling group EKS runs).</summary>
public sealed class NodeGroup(Scope scope, string name, NodeGroupArgs args, ResourceOptions? options = null)
    : CustomResource<NodeGroupArgs>(scope, name, "aws:eks/nodeGroup:NodeGroup", args, options)
{
    public Output<string> Arn => GetOutput<string>("arn");

    /// <summary>The name EKS gave the node group.</summary>
    public Output<string> NodeGroupName => GetOutput<string>("nodeGroupName");

    /// <summary>The Auto Scaling group behind the node group (for tags the cluster autoscaler reads).</summary>
    public Output<string> AutoscalingGroupName => GetOutput<string>("resources[0].autoscalingGroups[0].name");
}

public sealed record NodeGroupArgs : Args, ITaggableArgs
{
    public required Input<string> ClusterName { get => Get<Input<string>>(); init => Set(value); }

    public required Input<string> NodeRoleArn { get => Get<Input<string>>(); init => Set(value); }

    public required InputList<string> SubnetIds { get => Get<InputList<string>>()!; init => Set(value); }

    public required Input<NodeGroupScalingConfigArgs> ScalingConfig { get => Get<Input<NodeGroupScalingConfigArgs>>(); init => Set(value); }

    public Input<string>? NodeGroupName { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary>See <see cref="EksValues"/> for the AMI types the platform uses.</summary>
    public Input<string>? AmiType { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary><c>ON_DEMAND</c> or <c>SPOT</c>.</summary>
    public Input<string>? CapacityType { get => Get<Input<string>?>(); init => Set(value); }

    public InputList<string>? InstanceTypes { get => Get<InputList<string>>(); init => Set(value); }

    public InputMap<string>? Labels { get => Get<InputMap<string>>(); init => Set(value); }

    public InputList<NodeGroupTaintArgs>? Taints { get => Get<InputList<NodeGroupTaintArgs>>(); init => Set(value); }

    public Input<NodeGroupUpdateConfigArgs>? UpdateConfig { get => Get<Input<NodeGroupUpdateConfigArgs>?>(); init => Set(value); }

    public Input<NodeGroupLaunchTemplateArgs>? LaunchTemplate { get => Get<Input<NodeGroupLaunchTemplateArgs>?>(); init => Set(value); }

    public Input<NodeGroupNodeRepairConfigArgs>? NodeRepairConfig { get => Get<Input<NodeGroupNodeRepairConfigArgs>?>(); init => Set(value); }

    public InputMap<string>? Tags { get => Get<InputMap<string>>(); init => Set(value); }
}

public sealed record NodeGroupScalingConfigArgs : Args
{
    public required Input<int> DesiredSize { get => Get<Input<int>>(); init => Set(value); }

    public required Input<int> MaxSize { get => Get<Input<int>>(); init => Set(value); }

    public required Input<int> MinSize { get => Get<Input<int>>(); init => Set(value); }
}

public sealed record NodeGroupTaintArgs : Args
{
    public required Input<string> Key { get => Get<Input<string>>(); init => Set(value); }

    public Input<string>? Value { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary>EKS spelling: <c>NO_SCHEDULE</c>, <c>NO_EXECUTE</c>, <c>PREFER_NO_SCHEDULE</c>.</summary>
    public required Input<string> Effect { get => Get<Input<string>>(); init => Set(value); }
}

public sealed record NodeGroupUpdateConfigArgs : Args
{
    public Input<int>? MaxUnavailable { get => Get<Input<int>?>(); init => Set(value); }

    public Input<int>? MaxUnavailablePercentage { get => Get<Input<int>?>(); init => Set(value); }
}

public sealed record NodeGroupLaunchTemplateArgs : Args
{
    public Input<string>? Id { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary>A version number as a string (the SDK types it as string).</summary>
    public required Input<string> Version { get => Get<Input<string>>(); init => Set(value); }
}

public sealed record NodeGroupNodeRepairConfigArgs : Args
{
    public Input<bool>? Enabled { get => Get<Input<bool>?>(); init => Set(value); }
}

/// <summary><c>aws:eks/addon:Addon</c>: an EKS-managed add-on (VPC CNI, CoreDNS, kube-proxy, …).</summary>
public sealed class Addon(Scope scope, string name, AddonArgs args, ResourceOptions? options = null)
    : CustomResource<AddonArgs>(scope, name, "aws:eks/addon:Addon", args, options);

public sealed record AddonArgs : Args, ITaggableArgs
{
    public required Input<string> ClusterName { get => Get<Input<string>>(); init => Set(value); }

    public required Input<string> AddonName { get => Get<Input<string>>(); init => Set(value); }

    public Input<string>? AddonVersion { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary><c>NONE</c> or <c>OVERWRITE</c>.</summary>
    public Input<string>? ResolveConflictsOnCreate { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary><c>NONE</c>, <c>OVERWRITE</c> or <c>PRESERVE</c>.</summary>
    public Input<string>? ResolveConflictsOnUpdate { get => Get<Input<string>?>(); init => Set(value); }

    public Input<string>? ServiceAccountRoleArn { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary>A JSON string.</summary>
    public Input<string>? ConfigurationValues { get => Get<Input<string>?>(); init => Set(value); }

    public InputMap<string>? Tags { get => Get<InputMap<string>>(); init => Set(value); }
}

/// <summary><c>aws:eks/accessEntry:AccessEntry</c>: lets an IAM principal into the cluster (authentication mode API).</summary>
public sealed class AccessEntry(Scope scope, string name, AccessEntryArgs args, ResourceOptions? options = null)
    : CustomResource<AccessEntryArgs>(scope, name, "aws:eks/accessEntry:AccessEntry", args, options);

public sealed record AccessEntryArgs : Args, ITaggableArgs
{
    public required Input<string> ClusterName { get => Get<Input<string>>(); init => Set(value); }

    public required Input<string> PrincipalArn { get => Get<Input<string>>(); init => Set(value); }

    /// <summary><c>STANDARD</c> (the default), <c>EC2_LINUX</c>, …</summary>
    public Input<string>? Type { get => Get<Input<string>?>(); init => Set(value); }

    public InputMap<string>? Tags { get => Get<InputMap<string>>(); init => Set(value); }
}

/// <summary><c>aws:eks/accessPolicyAssociation:AccessPolicyAssociation</c>: grants an access entry an EKS access policy.</summary>
public sealed class AccessPolicyAssociation(Scope scope, string name, AccessPolicyAssociationArgs args, ResourceOptions? options = null)
    : CustomResource<AccessPolicyAssociationArgs>(scope, name, "aws:eks/accessPolicyAssociation:AccessPolicyAssociation", args, options);

public sealed record AccessPolicyAssociationArgs : Args
{
    public required Input<string> ClusterName { get => Get<Input<string>>(); init => Set(value); }

    public required Input<string> PolicyArn { get => Get<Input<string>>(); init => Set(value); }

    public required Input<string> PrincipalArn { get => Get<Input<string>>(); init => Set(value); }

    public required Input<AccessPolicyAssociationAccessScopeArgs> AccessScope { get => Get<Input<AccessPolicyAssociationAccessScopeArgs>>(); init => Set(value); }
}

public sealed record AccessPolicyAssociationAccessScopeArgs : Args
{
    /// <summary><c>cluster</c> or <c>namespace</c>.</summary>
    public required Input<string> Type { get => Get<Input<string>>(); init => Set(value); }

    public InputList<string>? Namespaces { get => Get<InputList<string>>(); init => Set(value); }
}

/// <summary>Functions of the eks module.</summary>
public static class EksFunctions
{
    /// <summary>The add-on version EKS publishes for a Kubernetes version (its default, or the newest with <c>mostRecent</c>).</summary>
    public const string GetAddonVersion = "aws:eks/getAddonVersion:getAddonVersion";
}

/// <summary>Arguments of <see cref="EksFunctions.GetAddonVersion"/>.</summary>
public sealed record GetAddonVersionArgs : Args
{
    public required Input<string> AddonName { get => Get<Input<string>>(); init => Set(value); }

    public required Input<string> KubernetesVersion { get => Get<Input<string>>(); init => Set(value); }

    public Input<bool>? MostRecent { get => Get<Input<bool>?>(); init => Set(value); }
}

/// <summary>
/// Enum-like values of the eks module. The SDK types them as strings; the values are from the
/// SDK docs (taint effects, capacity types, authentication modes, support types) and, for AMI
/// types, which the SDK does not list, the EKS API's strings as AWS CDK's <c>NodegroupAmiType</c>
/// spells them (aws-cdk-lib aws-eks managed-nodegroup.ts: <c>AL2023_x86_64_NVIDIA</c>, lower-case x86_64).
/// </summary>
public static class EksValues
{
    public const string AuthenticationModeApi = "API";
    public const string OnDemand = "ON_DEMAND";
    public const string Spot = "SPOT";
    public const string NoSchedule = "NO_SCHEDULE";
    public const string SupportStandard = "STANDARD";
    public const string SupportExtended = "EXTENDED";

    /// <summary>Amazon Linux 2023 for CPU nodes.</summary>
    public const string AmiAl2023Standard = "AL2023_x86_64_STANDARD";

    /// <summary>Amazon Linux 2023 with the NVIDIA driver and container toolkit (GPU nodes).</summary>
    public const string AmiAl2023Nvidia = "AL2023_x86_64_NVIDIA";

    /// <summary>Every control-plane log type.</summary>
    public static IReadOnlyList<string> AllLogTypes { get; } = ["api", "audit", "authenticator", "controllerManager", "scheduler"];
}
