using Infra.Components.Networking;
using Infra.Platform.Catalog;
using Infra.Providers;
using Infra.Providers.Kubernetes;

namespace Infra.Components.Compute;

/// <summary>
/// What monitoring and accounting need to know about a GPU pool, in plain terms: its name (the
/// <c>ml-platform.io/pool</c> label of its nodes), the catalog key of its GPU model, its size range,
/// workload, capacity and instance types.
/// </summary>
public sealed record GpuPoolInfo(
    string Name, string GpuModel, int GpusPerNode, int MinNodes, int MaxNodes, WorkloadClass Workload, CapacityType Capacity, ImmutableArray<string> InstanceTypes)
{
    /// <summary>GPUs the pool has at its largest.</summary>
    public int MaxGpus => GpusPerNode * MaxNodes;

    public bool Equals(GpuPoolInfo? other) =>
        other is not null && Name == other.Name && GpuModel == other.GpuModel && GpusPerNode == other.GpusPerNode
        && MinNodes == other.MinNodes && MaxNodes == other.MaxNodes && Workload == other.Workload && Capacity == other.Capacity
        && InstanceTypes.SequenceEqual(other.InstanceTypes);

    public override int GetHashCode() => HashCode.Combine(Name, GpuModel, GpusPerNode, MinNodes, MaxNodes);
}

/// <summary>
/// A managed Kubernetes cluster for ML workloads, realized by the stack's cloud
/// (<see cref="IClusterRealization"/>: EKS on AWS and AWS China, ACK Pro on Alibaba Cloud), with a
/// private API endpoint by default, Secrets encrypted with a KMS key of its own, control-plane logs, workload identity (IRSA / RRSA), a small system node pool, the GPU system
/// software (NVIDIA device plugin where the cloud does not provide it, the DCGM exporter) and
/// autoscaling that takes GPU pools to and from zero. A <c>kubernetes</c> provider bound to the
/// cluster is exposed as <see cref="KubernetesProvider"/> and is the default for Kubernetes
/// resources created inside this component.
/// </summary>
public sealed class KubernetesCluster : Component
{
    private readonly List<GpuNodePool> _gpuPools = [];

    public KubernetesCluster(Scope parent, string name, StackEnvironment environment, Network network, KubernetesClusterArgs args)
        : base(parent, name)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(args);
        // Reported with every other problem of the stack; the resources below are built from the args as given.
        var diagnostics = new DiagnosticBag();
        ClusterArgsRules.Check(args, environment, Path, diagnostics);
        Report(diagnostics);

        Environment = environment;
        Args = args;
        var realization = environment.Realization().Cluster;
        CloudName = PhysicalNames.Fit($"{environment.OrgPrefix}-{environment.StackName}", realization.NameLimit);
        SecretsKey = new EncryptionKey(this, "secrets-key", environment, new EncryptionKeyArgs
        {
            Purpose = "cluster-secrets",
            Description = $"ml-platform {environment.StackName}: encrypts the Kubernetes Secrets of cluster {CloudName}",
        });

        var built = realization.Build(this, environment, network, args);
        Built = built;
        ClusterName = built.ClusterName;
        ClusterId = built.ClusterId;
        WorkloadIdentity = built.Identity;

        // Every Kubernetes resource below this component lands on this cluster, never the ambient KUBECONFIG.
        KubernetesProvider = PinnedProvider.Create(this, "k8s", new KubernetesProviderArgs
        {
            Kubeconfig = built.Kubeconfig,
            EnableServerSideApply = true,
        }, built.PathIn.IsEmpty ? null : new ResourceOptions { DependsOn = built.PathIn });
        UseProvider(KubernetesProvider);
        GpuSoftware.Install(this, environment, args.Charts, built);
    }

    public override string Kind => $"KubernetesCluster ({Environment.Realization().Cluster.Service})";

    /// <summary>The cluster's name in the cloud (<c>&lt;orgPrefix&gt;-&lt;stack&gt;</c>), known before deployment.</summary>
    public string CloudName { get; }

    /// <summary>The cluster's name, as an output so dependents wait for the cluster.</summary>
    public Output<string> ClusterName { get; }

    /// <summary>The cloud's ID of the cluster (the name on EKS, the cluster ID on ACK).</summary>
    public Output<string> ClusterId { get; }

    /// <summary>
    /// The <c>kubernetes</c> provider bound to this cluster. Components that put Kubernetes
    /// resources on it take it with <c>new ComponentOptions { Providers = [cluster.KubernetesProvider] }</c>.
    /// </summary>
    public ProviderResource KubernetesProvider { get; }

    /// <summary>The GPU pools added with <see cref="AddGpuPool(string, GpuNodePoolArgs)"/>, in the order they were added.</summary>
    public IReadOnlyList<GpuNodePool> GpuPools => _gpuPools;

    /// <summary>Binds cloud roles to service accounts (IRSA on EKS, RRSA on ACK).</summary>
    public WorkloadIdentity WorkloadIdentity { get; }

    /// <summary>The key that encrypts the cluster's Secrets.</summary>
    public EncryptionKey SecretsKey { get; }

    internal StackEnvironment Environment { get; }

    internal KubernetesClusterArgs Args { get; }

    internal BuiltCluster Built { get; }

    /// <summary>
    /// What a workload with persistent volumes waits for: nodes to run on and the driver that creates
    /// its disks, so a release that waits for its pods does not time out on claims nobody provisions.
    /// </summary>
    public ImmutableArray<Resource> ReadyForVolumes => Built.ReadyForVolumes;

    /// <summary>
    /// Adds a GPU pool of nodes to the cluster (CDK's <c>cluster.addNodegroupCapacity</c>). The pool
    /// sits beside the cluster in the component tree, named <paramref name="name"/>, so its resources
    /// are named after the pool alone. Its choices are checked against the catalog and the cloud
    /// (<see cref="GpuPoolRules.Resolve"/>); problems are reported on the cluster's scope with every
    /// other problem of the synthesis, and a pool whose choices were refused is not added (null).
    /// </summary>
    public GpuNodePool? AddGpuPool(string name, GpuNodePoolArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var diagnostics = new DiagnosticBag();
        var resolved = GpuPoolRules.Resolve(
            args, Environment, args.Catalog ?? GpuCatalog.Default, RegionCatalog.Default, LogicalNames.Join(Parent!.Path, name), diagnostics);
        Report(diagnostics);
        return resolved is null ? null : AddGpuPool(name, args, resolved);
    }

    /// <summary>
    /// Adds a GPU pool whose choices were resolved already (by the stack's spec reader, which reports
    /// problems under their config keys), so they are not checked a second time.
    /// </summary>
    public GpuNodePool AddGpuPool(string name, GpuNodePoolArgs args, ResolvedGpuPool resolved)
    {
        var pool = new GpuNodePool(Parent!, name, Environment, this, args, resolved);
        _gpuPools.Add(pool);
        return pool;
    }
}

/// <summary>What a realization hands back to the component.</summary>
internal abstract record BuiltCluster(
    Output<string> ClusterName, Output<string> ClusterId, Output<string> Kubeconfig, WorkloadIdentity Identity, Resource SystemNodes)
{
    /// <summary>Kubernetes resources that run pods wait for these (nodes to run on, networking add-ons).</summary>
    public virtual ImmutableArray<Resource> ReadyForWorkloads => [SystemNodes];

    /// <summary>Workloads that claim volumes wait for these too: the CSI driver of the cluster's disks.</summary>
    public virtual ImmutableArray<Resource> ReadyForVolumes => ReadyForWorkloads;

    /// <summary>
    /// What the deploying runner's path to the API server is made of (the network's attachment and
    /// routes, the API server's admission of the runners' range): the cluster's Kubernetes provider
    /// waits for them, so on a stack's first <c>pulumi up</c> no Kubernetes object is sent before the
    /// runner can reach the private API.
    /// </summary>
    public ImmutableArray<Resource> PathIn { get; init; } = [];
}

/// <summary>Checks of a cluster's args: the neutral ones, then the cloud's own (<see cref="IClusterRealization.Check"/>).</summary>
public static class ClusterArgsRules
{
    public static void Check(KubernetesClusterArgs args, StackEnvironment environment, string subject, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(diagnostics);
        for (var i = 0; i < args.PublicAccessCidrs.Length; i++)
        {
            var text = args.PublicAccessCidrs[i];
            var key = $"{subject}.publicAccessCidrs[{i}]";
            if (!CidrPlanner.TryParseExact(text, out var network))
            {
                diagnostics.Error(ComputeCodes.InvalidCidr, key, $"'{text}' is not an IPv4 CIDR block with its host bits zero; allowed: e.g. 203.0.113.0/24");
            }
            else if (network.Cidr == 0)
            {
                diagnostics.Error(ComputeCodes.OpenToInternet, key,
                    $"'{text}' opens the API server to the whole internet; allowed: the CIDRs of the networks that deploy and operate the cluster");
            }
        }

        environment.Realization().Cluster.Check(args, subject, diagnostics);

        var nodes = args.SystemNodes;
        if (nodes.MinNodes < 1 || nodes.MinNodes > nodes.MaxNodes)
        {
            diagnostics.Error(ComputeCodes.MinAboveMax, $"{subject}.systemNodes.min",
                $"{nodes.MinNodes} with max {nodes.MaxNodes}; allowed: 1 to max (system software must always have a node)");
        }

        else if (nodes.DesiredNodes < nodes.MinNodes || nodes.DesiredNodes > nodes.MaxNodes)
        {
            diagnostics.Error(ComputeCodes.DesiredOutOfRange, $"{subject}.systemNodes.desired",
                $"{nodes.DesiredNodes} is outside min {nodes.MinNodes} to max {nodes.MaxNodes}");
        }
    }
}
