using System.Globalization;
using Infra.Components.Compute;
using Infra.Platform.Kubernetes;
using Infra.Providers.Aws.Autoscaling;
using Infra.Providers.Aws.Ec2;
using Infra.Providers.Aws.Eks;

namespace Infra.Components.Clouds.Aws;

/// <summary>
/// A GPU pool on EKS: managed node groups on the Amazon Linux 2023 NVIDIA AMI with a launch
/// template (IMDSv2, encrypted root volume sized for large images, tags on instances and volumes,
/// EFA interfaces when asked for), the GPU taint, the platform labels and the autoscaler's GPU label
/// (<c>k8s.amazonaws.com/accelerator</c>), rolling updates one node at a time. Spot with fallback is
/// two groups, spot and on-demand, whose maxima split the pool's maximum (EKS managed node groups
/// have one capacity type each); the cluster autoscaler's priority expander tries the spot group
/// first. Each group's Auto Scaling group gets the autoscaler's node-template tags (labels, taint,
/// GPUs), so a group at zero can still be chosen for a pending pod. EFA pools sit in one zone in a
/// cluster placement group.
/// </summary>
internal sealed class EksGpuNodePool : IGpuPoolRealization
{
    /// <summary>Checks of a pool's args that only EKS has: a split pool needs room for a node in each group.</summary>
    public void Check(GpuNodePoolArgs args, string subject, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (args.Capacity == CapacityType.SpotWithFallback && args.MaxNodes == 1)
        {
            diagnostics.Error(ComputeCodes.MinAboveMax, $"{subject}.maxNodes",
                "1 cannot be split between the spot group and its on-demand fallback (an EKS node group needs a maximum of at least 1); allowed: 2 or more for spot-with-fallback, or capacity spot / on-demand");
        }
    }

    public void Build(GpuNodePool pool, StackEnvironment environment, KubernetesCluster cluster, ResolvedGpuPool resolved)
    {
        var eks = (EksBuiltCluster)cluster.Built;
        var args = pool.Args;
        var costTags = pool.CostTags(environment);
        var efa = args.Efa ? resolved.EfaInterfaces : 0;
        Output<string>? placement = null;
        var subnets = eks.PrivateSubnetIds;
        if (efa > 0)
        {
            // EFA traffic stays within a zone; a cluster placement group keeps the nodes close.
            placement = new PlacementGroup(pool, "placement", new PlacementGroupArgs
            {
                Name = $"{cluster.CloudName}-{pool.Name}",
                Strategy = "cluster",
                Tags = InputMap.From(costTags),
            }).GroupName;
            subnets = [subnets[0]];
            _ = eks.EnsureEfaDevicePlugin(cluster, cluster.Environment);
        }

        var template = EksLaunchTemplates.Create(pool, "launch-template", environment, new EksLaunchTemplateArgs
        {
            DiskSizeGiB = args.DiskSizeGiB,
            InstanceTags = costTags,
            EfaInterfaces = efa,
            SecurityGroupId = efa > 0 ? eks.Cluster.ClusterSecurityGroupId : null,
            PlacementGroupName = placement,
        });

        var labels = pool.NodeLabels().SetItem(ClusterAutoscalerFacts.GpuLabel, ClusterAutoscalerFacts.GpuLabelValue(pool.Model.Key));
        var desired = args.DesiredNodes ?? args.MinNodes;
        switch (args.Capacity)
        {
            case CapacityType.OnDemand:
                Group(pool, environment, cluster, eks, resolved, template, subnets, labels, efa, "node-group", $"{cluster.CloudName}-{pool.Name}",
                    EksValues.OnDemand, args.MinNodes, desired, args.MaxNodes);
                break;
            case CapacityType.Spot:
                Group(pool, environment, cluster, eks, resolved, template, subnets, labels, efa, "spot-node-group", $"{cluster.CloudName}-{pool.Name}-spot",
                    EksValues.Spot, args.MinNodes, desired, args.MaxNodes);
                break;
            case CapacityType.SpotWithFallback:
                var split = SpotFallbackSplit.Of(args.MinNodes, desired, args.MaxNodes);
                Group(pool, environment, cluster, eks, resolved, template, subnets, labels, efa, "spot-node-group", $"{cluster.CloudName}-{pool.Name}-spot",
                    EksValues.Spot, split.Spot.Min, split.Spot.Desired, split.Spot.Max);
                Group(pool, environment, cluster, eks, resolved, template, subnets, labels, efa, "on-demand-node-group", $"{cluster.CloudName}-{pool.Name}-od",
                    EksValues.OnDemand, split.Fallback.Min, split.Fallback.Desired, split.Fallback.Max);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(pool), args.Capacity, null);
        }
    }

    private static void Group(
        GpuNodePool pool, StackEnvironment environment, KubernetesCluster cluster, EksBuiltCluster eks, ResolvedGpuPool resolved, LaunchTemplate template,
        IReadOnlyList<Output<string>> subnets, IReadOnlyDictionary<string, string> labels, int efa,
        string name, string nodeGroupName, string capacityType, int min, int desired, int max)
    {
        var group = new NodeGroup(pool, name, new NodeGroupArgs
        {
            ClusterName = eks.ClusterName,
            NodeGroupName = PhysicalNames.Fit(nodeGroupName, NameLimitFacts.EksNodeGroupName),
            NodeRoleArn = eks.NodeRole.Arn,
            SubnetIds = Output.All(subnets),
            AmiType = EksValues.AmiAl2023Nvidia,
            CapacityType = capacityType,
            InstanceTypes = InputList.From(resolved.InstanceTypes.Select(type => (Input<string>)type.Name)),
            ScalingConfig = new NodeGroupScalingConfigArgs { MinSize = min, DesiredSize = desired, MaxSize = max },
            Labels = InputMap.From(labels),
            Taints = [new NodeGroupTaintArgs { Key = PlatformLabels.GpuTaintKey, Value = GpuNodePool.TaintValue, Effect = EksValues.NoSchedule }],
            UpdateConfig = new NodeGroupUpdateConfigArgs { MaxUnavailable = 1 },
            NodeRepairConfig = new NodeGroupNodeRepairConfigArgs { Enabled = cluster.Args.NodeAutoRepair },
            LaunchTemplate = EksLaunchTemplates.Reference(template),
            Tags = InputMap.From(pool.CostTags(environment)),
        }, new ResourceOptions
        {
            DependsOn = eks.NodePrerequisites,
            // The autoscaler owns the size between min and max; a deployment must not reset it.
            IgnoreChanges = ["scalingConfig.desiredSize"],
        });

        var templateTags = labels.Select(label => ($"label/{label.Key}", label.Value))
            .Append(($"taint/{PlatformLabels.GpuTaintKey}", $"{GpuNodePool.TaintValue}:NoSchedule"))
            .Append(($"resources/{PlatformLabels.GpuResource}", pool.Args.GpusPerNode.ToString(CultureInfo.InvariantCulture)));
        if (efa > 0)
        {
            templateTags = templateTags.Append(("resources/vpc.amazonaws.com/efa", efa.ToString(CultureInfo.InvariantCulture)));
        }

        foreach (var (key, value) in templateTags)
        {
            _ = new Tag(pool, $"{name}-{PhysicalNames.Fit(Slug(key), LogicalNames.MaxLength - pool.Path.Length - name.Length - 2)}", new TagArgs
            {
                AutoscalingGroupName = group.AutoscalingGroupName,
                Tag = new TagTagArgs { Key = ClusterAutoscalerFacts.NodeTemplateTagPrefix + key, Value = value, PropagateAtLaunch = false },
            });
        }
    }

    /// <summary>A tag key as part of a logical name: <c>label/ml-platform.io/pool</c> → <c>label-ml-platform-io-pool</c>.</summary>
    private static string Slug(string key) =>
        string.Join('-', key.ToLowerInvariant().Split(key.Where(c => !char.IsAsciiLetterOrDigit(c)).Distinct().ToArray(), StringSplitOptions.RemoveEmptyEntries));
}
