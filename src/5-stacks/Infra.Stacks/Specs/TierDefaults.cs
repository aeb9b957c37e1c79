using Infra.Components.Clouds;
using Infra.Components.Compute;
using Infra.Components.Networking;
using Infra.Platform;

namespace Infra.Stacks.Specs;

/// <summary>What each tier gets unless its config says otherwise.</summary>
public static class TierDefaults
{
    /// <summary>Zones to spread over: two is enough to survive a zone loss in dev; three in staging and prod.</summary>
    public static int ZoneCount(Tier tier) => tier == Tier.Dev ? 2 : 3;

    /// <summary>Dev shares one NAT gateway (cost); staging and prod keep a zone's failure in that zone.</summary>
    public static NatStrategy Nat(Tier tier) => tier == Tier.Dev ? NatStrategy.Shared : NatStrategy.PerZone;

    /// <summary>Flow logs: a month to debug in dev, a quarter in staging, a year for audits in prod.</summary>
    public static int FlowLogRetentionDays(Tier tier) => tier switch
    {
        Tier.Dev => 30,
        Tier.Staging => 90,
        _ => 365,
    };

    /// <summary>
    /// The Kubernetes version the cloud's managed service gets unless the config names one
    /// (<see cref="IClusterRealization.DefaultKubernetesVersion"/>: 1.35 on EKS; null on ACK, which picks its newest).
    /// </summary>
    public static string? KubernetesVersion(Cloud cloud) => CloudRealizations.For(cloud).Cluster.DefaultKubernetesVersion;

    /// <summary>System nodes: one is enough to experiment in dev; two across zones elsewhere so the cluster's own software survives a node.</summary>
    public static SystemNodePoolArgs SystemNodes(Tier tier) => tier switch
    {
        Tier.Dev => new SystemNodePoolArgs { MinNodes = 1, DesiredNodes = 2, MaxNodes = 3 },
        Tier.Staging => new SystemNodePoolArgs { MinNodes = 2, DesiredNodes = 2, MaxNodes = 4 },
        _ => new SystemNodePoolArgs { MinNodes = 2, DesiredNodes = 3, MaxNodes = 6 },
    };

    /// <summary>Control-plane logs: as long as flow logs, so an incident can be followed across both.</summary>
    public static int ControlPlaneLogRetentionDays(Tier tier) => FlowLogRetentionDays(tier);

    /// <summary>
    /// Prod clusters are deletion-protected in the cloud and stay on their version after standard
    /// support (paid extended support) rather than being upgraded under running training jobs.
    /// </summary>
    public static bool ClusterDeletionProtection(Tier tier) => tier == Tier.Prod;

    public static bool ExtendedSupport(Tier tier) => tier == Tier.Prod;

    /// <summary>Nodes replaced when unhealthy outside dev (in dev, a broken node is left to look at).</summary>
    public static bool NodeAutoRepair(Tier tier) => tier != Tier.Dev;

    /// <summary>
    /// How a GPU pool buys nodes unless it says: dev runs on spot (cheap, and a reclaimed notebook
    /// costs little); staging on spot with on-demand fallback; prod training on-demand (a reclaimed
    /// node stalls a multi-node job), prod inference and notebooks on spot with fallback.
    /// </summary>
    public static CapacityType GpuCapacity(Tier tier, WorkloadClass workload) => tier switch
    {
        Tier.Dev => CapacityType.Spot,
        Tier.Staging => CapacityType.SpotWithFallback,
        _ => workload == WorkloadClass.Training ? CapacityType.OnDemand : CapacityType.SpotWithFallback,
    };

    /// <summary>Root disk by workload: training images plus dataset caches need more than serving images.</summary>
    public static int GpuDiskSizeGiB(WorkloadClass workload) => workload == WorkloadClass.Training ? 300 : 200;
}
