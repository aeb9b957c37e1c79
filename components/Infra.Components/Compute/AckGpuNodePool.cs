using Infra.Components.Environment;
using Infra.Components.Facts;
using Infra.Components.Kubernetes;
using Infra.Components.Naming;
using Infra.Core.Expressions;
using Infra.Core.Values;
using Infra.Providers.Alicloud.Cs;

namespace Infra.Components.Compute;

/// <summary>
/// A GPU pool on ACK: one node pool with the GPU instance types, autoscaling between min and max
/// (ACK's autoscaler, set by the cluster to scale up from zero), the GPU taint and platform
/// labels, an encrypted ESSD system disk, hardened instance metadata, and managed repair. ACK
/// installs the GPU driver and device plugin on GPU nodes itself. Spot uses ACK's market-price
/// bidding across the instance types; spot with fallback lets the scaling group create
/// pay-as-you-go instances when spot ones cannot be had. The ECS instances carry the cost tags.
/// </summary>
internal static class AckGpuNodePool
{
    public static void Build(GpuNodePool pool, StackEnvironment environment, AckBuiltCluster ack, ResolvedGpuPool resolved)
    {
        var args = pool.Args;
        var spot = args.Capacity != CapacityType.OnDemand;
        var fallback = args.Capacity == CapacityType.SpotWithFallback;
        _ = new NodePool(pool, "node-pool", new NodePoolArgs
        {
            ClusterId = ack.ClusterId,
            NodePoolName = PhysicalNames.Fit($"{environment.OrgPrefix}-{environment.StackName}-{pool.Name}", NameLimitFacts.AckNodePoolName),
            VswitchIds = Output.All(ack.PrivateSwitchIds),
            InstanceTypes = InputList.From(resolved.InstanceTypes.Select(type => (Input<string>)type.Name)),
            ScalingConfig = new NodePoolScalingConfigArgs { Enable = true, MinSize = args.MinNodes, MaxSize = args.MaxNodes, Type = "gpu" },
            InstanceChargeType = CsValues.PostPaid,
            SpotStrategy = spot ? CsValues.SpotAsPriceGo : CsValues.NoSpot,
            SpotInstancePools = spot ? resolved.InstanceTypes.Length : null,
            SpotInstanceRemedy = spot ? true : null,
            MultiAzPolicy = spot ? CsValues.CostOptimized : CsValues.Priority,
            CompensateWithOnDemand = spot ? fallback : null,
            OnDemandBaseCapacity = spot ? (Input<string>?)"0" : null,
            OnDemandPercentageAboveBaseCapacity = spot ? (Input<string>?)"0" : null,
            ImageType = CsValues.AliyunLinux3,
            RuntimeName = "containerd",
            SystemDiskCategory = CsValues.CloudEssd,
            SystemDiskSize = args.DiskSizeGiB,
            SystemDiskEncrypted = true,
            InstanceMetadataOptions = new NodePoolInstanceMetadataOptionsArgs { HttpTokens = "required" },
            Management = new NodePoolManagementArgs
            {
                Enable = true,
                AutoRepair = true,
                AutoUpgrade = false,
                MaxUnavailable = 1,
            },
            Labels = InputList.From(pool.NodeLabels().Select(label =>
                (Input<NodePoolLabelArgs>)new NodePoolLabelArgs { Key = label.Key, Value = label.Value })),
            Taints = [new NodePoolTaintArgs { Key = PlatformLabels.GpuTaintKey, Value = GpuNodePool.TaintValue, Effect = CsValues.NoSchedule }],
            Tags = InputMap.From(pool.CostTags(environment)),
        });
    }
}
