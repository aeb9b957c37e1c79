namespace Infra.Components.Compute;

/// <summary>The small node pool that runs the cluster's own software (DNS, autoscaler, exporters' controllers).</summary>
public sealed record SystemNodePoolArgs
{
    public int MinNodes { get; init; } = 2;

    public int DesiredNodes { get; init; } = 2;

    public int MaxNodes { get; init; } = 4;

    /// <summary>Instance types (default per cloud: 4 vCPU / 16 GiB general purpose).</summary>
    public ImmutableArray<string> InstanceTypes { get; init; } = [];
}

/// <summary>A Kubernetes cluster in cloud-neutral terms.</summary>
public sealed record KubernetesClusterArgs
{
    /// <summary>Kubernetes minor version (EKS <c>1.35</c>); null lets ACK pick its newest at creation.</summary>
    public string? KubernetesVersion { get; init; }

    /// <summary>
    /// CIDRs that may reach the API server's public endpoint. Empty (the default) keeps the
    /// endpoint private: deployments then run from inside the VPC (or a peered network).
    /// </summary>
    public ImmutableArray<string> PublicAccessCidrs { get; init; } = [];

    public SystemNodePoolArgs SystemNodes { get; init; } = new();

    /// <summary>Days control-plane logs are kept.</summary>
    public int LogRetentionDays { get; init; } = 90;

    /// <summary>Protect the cluster from deletion in the cloud (on top of Pulumi's <c>protect</c> in prod).</summary>
    public bool DeletionProtection { get; init; }

    /// <summary>Stay on a Kubernetes version after standard support (EKS extended support) instead of being upgraded.</summary>
    public bool ExtendedSupport { get; init; }

    /// <summary>Nodes repaired automatically when unhealthy.</summary>
    public bool NodeAutoRepair { get; init; } = true;

    /// <summary>IAM principals (EKS) given cluster-admin through access entries, besides the creator.</summary>
    public ImmutableArray<string> AdminPrincipalArns { get; init; } = [];

    /// <summary>
    /// EKS add-on versions to pin literally (<c>vpc-cni</c> → <c>v1.20.0-eksbuild.1</c>); an add-on not
    /// listed gets the version EKS names default for <see cref="KubernetesVersion"/>.
    /// </summary>
    public IReadOnlyDictionary<string, string> AddonVersions { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    /// <summary>The Helm charts the cluster installs.</summary>
    public ClusterCharts Charts { get; init; } = ClusterCharts.Pinned;
}
