using Infra.Components.Compute;
using Infra.Platform;
using Infra.Platform.Kubernetes;
using Infra.Providers.Alicloud.Cs;
using Infra.Providers.Alicloud.Ecs;

namespace Infra.Components.Clouds.Alicloud;

/// <summary>
/// A GPU pool on ACK: one node pool with the GPU instance types, autoscaling between min and max
/// (ACK's autoscaler, set by the cluster to scale up from zero), the GPU taint and platform
/// labels, an encrypted ESSD system disk, hardened instance metadata, and managed repair. ACK
/// installs the GPU driver and device plugin on GPU nodes itself. Spot uses ACK's market-price
/// bidding across the instance types; spot with fallback lets the scaling group create
/// pay-as-you-go instances when spot ones cannot be had. The ECS instances carry the cost tags.
/// The catalog knows GPU offers per region only, so every instance type is looked up in every zone
/// of the pool on each preview (<see cref="ZoneOffers"/>).
/// </summary>
internal sealed class AckGpuNodePool : IGpuPoolRealization
{
    /// <summary>One ACK node pool takes any size range and capacity, so there is nothing of its own to check.</summary>
    public void Check(GpuNodePoolArgs args, string subject, DiagnosticBag diagnostics)
    {
    }

    public void Build(GpuNodePool pool, StackEnvironment environment, KubernetesCluster cluster, ResolvedGpuPool resolved)
    {
        var ack = (AckBuiltCluster)cluster.Built;
        var args = pool.Args;
        var spot = args.Capacity != CapacityType.OnDemand;
        var fallback = args.Capacity == CapacityType.SpotWithFallback;
        ZoneOffers(pool, environment, resolved, spot ? CsValues.SpotAsPriceGo : CsValues.NoSpot);
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

    /// <summary>
    /// One variable per instance type and zone: the first of the types the zone sells under that
    /// name (<see cref="AlicloudFacts.InstanceTypesLookup"/>). A zone that does not sell the type
    /// gives an empty list, and <c>fn::select</c> of its first item fails the program ("list index 0
    /// out-of-bounds for list of length 0") at the variable that names the pool, zone and type. Its
    /// arguments are literals, so the host runs the lookup in every preview (it defers only
    /// invokes whose arguments are unknown: pulumi-yaml run.go, evaluateBuiltinInvoke's lift) and
    /// evaluates every variable, used or not (run.go Evaluate: variableNode → EvalVariable, whose
    /// failure stops the run).
    /// </summary>
    private static void ZoneOffers(GpuNodePool pool, StackEnvironment environment, ResolvedGpuPool resolved, string spotStrategy)
    {
        var provider = pool.FindProvider(EnvironmentNames.PackageOf(environment.Cloud))
            ?? throw new InvalidOperationException("the GPU pool needs an alicloud provider in scope");
        foreach (var type in resolved.InstanceTypes)
        {
            foreach (var zone in environment.Zones)
            {
                var ids = Fn.Invoke<string[]>(EcsFunctions.GetInstanceTypes, new GetInstanceTypesArgs
                {
                    AvailabilityZone = zone,
                    InstanceType = type.Name,
                    InstanceChargeType = CsValues.PostPaid,
                    SpotStrategy = spotStrategy,
                }, provider, "ids");
                _ = pool.Stack.AddVariable(OfferName(pool, zone, type.Name), Fn.Select<string>(0, ids.ToValue()));
            }
        }
    }

    /// <summary>The variable of one lookup: <c>&lt;pool&gt;-offer-&lt;zone&gt;-&lt;type&gt;</c>, dots as hyphens.</summary>
    internal static string OfferName(GpuNodePool pool, string zone, string type) =>
        LogicalNames.Join(pool.Path, $"offer-{zone}-{type.Replace('.', '-')}");
}
