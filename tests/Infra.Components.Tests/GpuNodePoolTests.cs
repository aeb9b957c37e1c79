using Infra.Components.Compute;
using Infra.Core.Diagnostics;
using Infra.Platform.Catalog;

namespace Infra.Components.Tests;

public class GpuNodePoolTests
{
    private static (Stack Stack, KubernetesCluster Cluster, GpuNodePool Pool) Build(StackEnvironment environment, GpuNodePoolArgs args, string name = "gpu-infer")
    {
        var (stack, cluster) = ClusterTestStacks.Build(environment);
        var pool = cluster.AddGpuPool(name, args);
        Assert.DoesNotContain(stack.Problems, problem => problem.IsError);
        return (stack, cluster, pool!);
    }

    /// <summary>A refused pool is not added; its problems are reported on the stack with every other problem, nothing thrown.</summary>
    private static Refusal Refused(StackEnvironment environment, GpuNodePoolArgs args)
    {
        var (stack, cluster) = ClusterTestStacks.Build(environment);
        var resources = stack.AllResources.Count;

        Assert.Null(cluster.AddGpuPool("gpu-infer", args));

        Assert.Empty(cluster.GpuPools);
        Assert.Equal(resources, stack.AllResources.Count);
        return new Refusal(stack.Problems);
    }

    private sealed record Refusal(IReadOnlyList<Diagnostic> Diagnostics);

    [Fact]
    public void On_eks_a_pool_is_a_managed_node_group_on_the_nvidia_ami_with_the_catalogs_instance_types_taint_and_labels()
    {
        var (stack, _, pool) = Build(ClusterTestStacks.AwsProd, new GpuNodePoolArgs { Gpu = "l4", MinNodes = 1, MaxNodes = 4, Team = "search" });
        var template = ProgramTemplate.From(stack);

        Assert.Equal(["g6.xlarge", "g6.2xlarge", "g6.4xlarge"], pool.InstanceTypes.Select(type => type.Name));
        template.HasResource("aws:eks/nodeGroup:NodeGroup", """
            nodeGroupName: acme-prod-test-gpu-infer
            amiType: AL2023_x86_64_NVIDIA
            capacityType: ON_DEMAND
            instanceTypes: [g6.xlarge, g6.2xlarge, g6.4xlarge]
            scalingConfig:
              minSize: 1
              desiredSize: 1
              maxSize: 4
            taints:
              - key: nvidia.com/gpu
                value: "true"
                effect: NO_SCHEDULE
            labels:
              ml-platform.io/pool: gpu-infer
              ml-platform.io/gpu-model: l4
              ml-platform.io/workload-class: inference
              ml-platform.io/team: search
            updateConfig:
              maxUnavailable: 1
            launchTemplate:
              id: ${gpu-infer-launch-template.id}
            tags:
              team: search
              pool: gpu-infer
              gpu-model: l4
              cost-center: cc-1
              environment: prod
            """, "ignoreChanges: [scalingConfig.desiredSize]");
        Assert.Empty(GraphChecker.Check(stack));
    }

    [Fact]
    public void The_launch_template_sizes_the_root_volume_for_large_images_and_tags_instances_for_cost_allocation()
    {
        var (stack, _, _) = Build(ClusterTestStacks.AwsProd, new GpuNodePoolArgs { Gpu = "l4", MaxNodes = 2, DiskSizeGiB = 300 });

        ProgramTemplate.From(stack).HasResource("aws:ec2/launchTemplate:LaunchTemplate", """
            metadataOptions:
              httpTokens: required
            blockDeviceMappings:
              - deviceName: /dev/xvda
                ebs:
                  volumeSize: 300
                  encrypted: "true"
            tagSpecifications:
              - resourceType: instance
                tags:
                  pool: gpu-infer
                  team: shared
                  gpu-model: l4
                  workload-class: inference
              - resourceType: volume
              - resourceType: network-interface
            """);
    }

    [Fact]
    public void The_autoscaling_group_gets_node_template_tags_so_a_pool_can_scale_up_from_zero()
    {
        var (stack, _, _) = Build(ClusterTestStacks.AwsProd, new GpuNodePoolArgs { Gpu = "h100", GpusPerNode = 8, MaxNodes = 2 });
        var template = ProgramTemplate.From(stack);

        template.HasResource("aws:autoscaling/tag:Tag", """
            autoscalingGroupName: ${gpu-infer-node-group.resources[0].autoscalingGroups[0].name}
            tag:
              key: k8s.io/cluster-autoscaler/node-template/resources/nvidia.com/gpu
              value: "8"
              propagateAtLaunch: false
            """);
        template.HasResource("aws:autoscaling/tag:Tag", "tag:\n  key: k8s.io/cluster-autoscaler/node-template/taint/nvidia.com/gpu\n  value: true:NoSchedule");
        template.HasResource("aws:autoscaling/tag:Tag", "tag:\n  key: k8s.io/cluster-autoscaler/node-template/label/ml-platform.io/gpu-model\n  value: h100");
        template.HasResource("aws:autoscaling/tag:Tag", "tag:\n  key: k8s.io/cluster-autoscaler/node-template/label/k8s.amazonaws.com/accelerator\n  value: nvidia-h100");
        template.ResourceCountIs("aws:autoscaling/tag:Tag", 7);
    }

    /// <summary>
    /// kubernetes/autoscaler (tag cluster-autoscaler-chart-9.59.0) cluster-autoscaler/cloudprovider/aws/README.md,
    /// "Special note on GPU instances": the device plugin takes a while to advertise nvidia.com/gpu, which "may
    /// cause Cluster Autoscaler to unnecessarily scale out multiple times"; nodes should carry
    /// <c>k8s.amazonaws.com/accelerator=&lt;gpu-type&gt;</c> (aws_cloud_provider.go: GPULabel). For a group at zero the
    /// same label must be in the Auto Scaling group's node-template tags (README, scaling from 0).
    /// </summary>
    [Fact]
    public void Gpu_nodes_carry_the_autoscalers_aws_gpu_label_on_the_group_and_in_its_node_template()
    {
        var (stack, _, _) = Build(ClusterTestStacks.AwsProd, new GpuNodePoolArgs { Gpu = "l4", MaxNodes = 2, Capacity = CapacityType.SpotWithFallback });
        var template = ProgramTemplate.From(stack);

        foreach (var (group, capacity) in new[] { ("gpu-infer-spot-node-group", "SPOT"), ("gpu-infer-on-demand-node-group", "ON_DEMAND") })
        {
            template.HasResource("aws:eks/nodeGroup:NodeGroup", $"capacityType: {capacity}\nlabels:\n  k8s.amazonaws.com/accelerator: nvidia-l4\n  ml-platform.io/gpu-model: l4");
            template.HasResource("aws:autoscaling/tag:Tag", $$"""
                autoscalingGroupName: ${{{group}}.resources[0].autoscalingGroups[0].name}
                tag:
                  key: k8s.io/cluster-autoscaler/node-template/label/k8s.amazonaws.com/accelerator
                  value: nvidia-l4
                """);
        }
    }

    [Fact]
    public void Spot_with_fallback_is_a_spot_group_the_autoscaler_prefers_and_an_on_demand_group_that_share_the_pools_maximum()
    {
        var (stack, _, pool) = Build(ClusterTestStacks.AwsProd, new GpuNodePoolArgs
        {
            Gpu = "l4",
            MinNodes = 1,
            MaxNodes = 7,
            Capacity = CapacityType.SpotWithFallback,
        });
        var template = ProgramTemplate.From(stack);

        template.HasResource("aws:eks/nodeGroup:NodeGroup", "nodeGroupName: acme-prod-test-gpu-infer-spot\ncapacityType: SPOT\nscalingConfig:\n  minSize: 1\n  desiredSize: 1\n  maxSize: 4");
        template.HasResource("aws:eks/nodeGroup:NodeGroup", "nodeGroupName: acme-prod-test-gpu-infer-od\ncapacityType: ON_DEMAND\nscalingConfig:\n  minSize: 0\n  desiredSize: 0\n  maxSize: 3");
        Assert.Equal(7, pool.Info.MaxNodes);
    }

    /// <summary>
    /// A pool's maxNodes bounds every node it can run, whatever the capacity: the node groups' maxima (and
    /// minima) add up to the pool's, so the recorded maximum and the cost estimate at maximum are true bounds.
    /// </summary>
    [Theory]
    [InlineData(2, 0, 0)]
    [InlineData(2, 2, 2)]
    [InlineData(3, 1, 3)]
    [InlineData(8, 0, 0)]
    [InlineData(8, 5, 6)]
    [InlineData(9, 9, 9)]
    public void Spot_with_fallback_node_groups_never_add_up_to_more_than_the_pool(int max, int min, int desired)
    {
        var (stack, _, pool) = Build(ClusterTestStacks.AwsProd, new GpuNodePoolArgs
        {
            Gpu = "l4",
            MinNodes = min,
            DesiredNodes = desired,
            MaxNodes = max,
            Capacity = CapacityType.SpotWithFallback,
        });
        var template = ProgramTemplate.From(stack);
        var groups = new[] { "gpu-infer-spot-node-group", "gpu-infer-on-demand-node-group" }.Select(name => template.Resource(name)).ToList();
        int Sum(string field) => groups.Sum(group => int.Parse(ProgramTemplate.Scalar(group, $"properties.scalingConfig.{field}")!, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal((max, min, desired), (Sum("maxSize"), Sum("minSize"), Sum("desiredSize")));
        Assert.All(groups, group => Assert.True(int.Parse(ProgramTemplate.Scalar(group, "properties.scalingConfig.maxSize")!, System.Globalization.CultureInfo.InvariantCulture) >= 1));
        Assert.Equal(max, pool.Info.MaxNodes);
        var cost = Assert.Single(GpuCostEstimate.For([pool.Info], Cloud.Aws, "us-east-1", GpuCatalog.Default).Pools);
        Assert.Equal(cost.HourlyPerNode * max * GpuCostEstimate.HoursPerMonth, cost.MonthlyAtMax);
    }

    [Fact]
    public void Spot_with_fallback_on_eks_needs_room_for_a_node_in_each_group()
    {
        var error = Refused(ClusterTestStacks.AwsProd, new GpuNodePoolArgs { Gpu = "l4", MaxNodes = 1, Capacity = CapacityType.SpotWithFallback });

        var diagnostic = Assert.Single(error.Diagnostics);
        DiagnosticAssert.Is(diagnostic, ComputeCodes.MinAboveMax, "gpu-infer.maxNodes", "allowed: 2 or more for spot-with-fallback");
    }

    [Fact]
    public void A_spot_pool_is_one_spot_group()
    {
        var (stack, _, _) = Build(ClusterTestStacks.AwsDev, new GpuNodePoolArgs { Gpu = "l4", MaxNodes = 2, Capacity = CapacityType.Spot });
        var template = ProgramTemplate.From(stack);

        template.HasResource("aws:eks/nodeGroup:NodeGroup", "nodeGroupName: acme-dev-test-gpu-infer-spot\ncapacityType: SPOT");
        Assert.Equal(2, template.ResourcesOfType("aws:eks/nodeGroup:NodeGroup").Count);
    }

    [Fact]
    public void An_efa_pool_sits_in_one_zone_in_a_cluster_placement_group_with_an_efa_interface_per_network_card()
    {
        var (stack, cluster) = ClusterTestStacks.Build(ClusterTestStacks.AwsProd);
        var args = new GpuNodePoolArgs { Gpu = "h100", GpusPerNode = 8, MaxNodes = 4, Efa = true, Workload = WorkloadClass.Training };
        _ = cluster.AddGpuPool("gpu-train", args);
        _ = cluster.AddGpuPool("gpu-train-b", args);
        var template = ProgramTemplate.From(stack);

        template.HasResource("aws:ec2/placementGroup:PlacementGroup", "strategy: cluster\nname: acme-prod-test-gpu-train");
        template.HasResource("aws:eks/nodeGroup:NodeGroup", "nodeGroupName: acme-prod-test-gpu-train\ninstanceTypes: [p5.48xlarge]\nsubnetIds: [\"${network-private-us-east-1a.id}\"]");
        var launchTemplate = template.Resource("gpu-train-launch-template");
        var interfaces = (YamlDotNet.RepresentationModel.YamlSequenceNode)ProgramTemplate.Child(
            (YamlDotNet.RepresentationModel.YamlMappingNode)ProgramTemplate.Child(launchTemplate, "properties")!, "networkInterfaces")!;
        Assert.Equal(32, interfaces.Children.Count);
        template.HasResource("aws:ec2/launchTemplate:LaunchTemplate", "placement:\n  groupName: ${gpu-train-placement.name}");
        var first = (YamlDotNet.RepresentationModel.YamlMappingNode)interfaces.Children[0];
        var second = (YamlDotNet.RepresentationModel.YamlMappingNode)interfaces.Children[1];
        Assert.Equal(("0", "0", "efa"), (ProgramTemplate.Scalar(first, "deviceIndex"), ProgramTemplate.Scalar(first, "networkCardIndex"), ProgramTemplate.Scalar(first, "interfaceType")));
        Assert.Equal(("1", "1", "efa"), (ProgramTemplate.Scalar(second, "deviceIndex"), ProgramTemplate.Scalar(second, "networkCardIndex"), ProgramTemplate.Scalar(second, "interfaceType")));
        Assert.Contains("${cluster-eks.vpcConfig.clusterSecurityGroupId}", interfaces.Children[31].ToString(), StringComparison.Ordinal);
        template.HasResource("aws:autoscaling/tag:Tag", "tag:\n  key: k8s.io/cluster-autoscaler/node-template/resources/vpc.amazonaws.com/efa\n  value: \"32\"");
        template.ResourceCountIs("kubernetes:helm.sh/v3:Release", 4);
        template.HasResource("kubernetes:helm.sh/v3:Release", """
            chart: aws-efa-k8s-device-plugin
            version: v0.5.30
            values:
              image:
                repository: 602401143452.dkr.ecr.us-east-1.amazonaws.com/eks/aws-efa-k8s-device-plugin
            """);
    }

    [Fact]
    public void On_ack_a_pool_is_an_autoscaling_node_pool_with_the_gpu_taint_labels_and_cost_tags()
    {
        var (stack, _, pool) = Build(ClusterTestStacks.AlibabaProd, new GpuNodePoolArgs { Gpu = "t4", MaxNodes = 3, Team = "search" });
        var template = ProgramTemplate.From(stack);

        Assert.Equal(["ecs.gn6i-c4g1.xlarge", "ecs.gn6i-c8g1.2xlarge", "ecs.gn6i-c16g1.4xlarge"], pool.InstanceTypes.Select(type => type.Name));
        template.HasResource("alicloud:cs/nodePool:NodePool", """
            clusterId: ${cluster-ack.id}
            nodePoolName: acme-prod-test-gpu-infer
            instanceTypes: [ecs.gn6i-c4g1.xlarge, ecs.gn6i-c8g1.2xlarge, ecs.gn6i-c16g1.4xlarge]
            scalingConfig:
              enable: true
              minSize: 0
              maxSize: 3
              type: gpu
            spotStrategy: NoSpot
            taints:
              - key: nvidia.com/gpu
                value: "true"
                effect: NoSchedule
            systemDiskEncrypted: true
            systemDiskSize: 200
            tags:
              team: search
              pool: gpu-infer
              gpu-model: t4
            """);
        Assert.Contains("key: ml-platform.io/workload-class", template.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void On_ack_spot_with_fallback_bids_at_market_price_and_compensates_with_pay_as_you_go()
    {
        var (stack, _, _) = Build(ClusterTestStacks.AlibabaProd, new GpuNodePoolArgs
        {
            Gpu = "t4",
            MaxNodes = 3,
            Capacity = CapacityType.SpotWithFallback,
        });

        ProgramTemplate.From(stack).HasResource("alicloud:cs/nodePool:NodePool", """
            spotStrategy: SpotAsPriceGo
            multiAzPolicy: COST_OPTIMIZED
            compensateWithOnDemand: true
            onDemandBaseCapacity: "0"
            onDemandPercentageAboveBaseCapacity: "0"
            spotInstancePools: 3
            """);
    }

    [Fact]
    public void The_cluster_lists_its_gpu_pools_for_monitoring()
    {
        var (stack, cluster) = ClusterTestStacks.Build(ClusterTestStacks.AwsProd);
        _ = cluster.AddGpuPool("gpu-train", new GpuNodePoolArgs
        {
            Gpu = "h100",
            GpusPerNode = 8,
            MaxNodes = 4,
            Workload = WorkloadClass.Training,
        });
        _ = cluster.AddGpuPool("gpu-infer", new GpuNodePoolArgs { Gpu = "l4", MinNodes = 1, MaxNodes = 8 });

        Assert.Equal(
            [("gpu-train", "h100", 8, 0, 4), ("gpu-infer", "l4", 1, 1, 8)],
            cluster.GpuPools.Select(pool => pool.Info).Select(pool => (pool.Name, pool.GpuModel, pool.GpusPerNode, pool.MinNodes, pool.MaxNodes)));
    }

    [Fact]
    public void Extra_labels_are_kept_but_cannot_override_the_platforms_own()
    {
        var (stack, _, _) = Build(ClusterTestStacks.AwsDev, new GpuNodePoolArgs
        {
            Gpu = "l4",
            MaxNodes = 1,
            Labels = new Dictionary<string, string> { ["example.com/project"] = "search", ["ml-platform.io/gpu-model"] = "h100" },
        });

        ProgramTemplate.From(stack).HasResource("aws:eks/nodeGroup:NodeGroup", "labels:\n  example.com/project: search\n  ml-platform.io/gpu-model: l4");
    }

    [Fact]
    public void A_gpu_model_the_region_does_not_offer_is_refused_with_where_it_is_offered()
    {
        var error = Refused(ClusterTestStacks.AlibabaProd, ClusterTestStacks.Pool("h100"));

        var diagnostic = Assert.Single(error.Diagnostics);
        DiagnosticAssert.Is(diagnostic, ComputeCodes.GpuNotInRegion, "gpu-infer.gpu",
            "'h100' (NVIDIA H100) is not offered in cn-beijing (alicloud)",
            "offered on aws in ap-northeast-1, us-east-1, us-west-2");
    }

    [Fact]
    public void An_unknown_gpu_model_is_refused_listing_the_catalogs_models()
    {
        var error = Refused(ClusterTestStacks.AwsProd, ClusterTestStacks.Pool("b300"));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(ComputeCodes.UnknownGpuModel, diagnostic.Code);
        Assert.Contains("allowed: t4, a10g, a10, l4, l40s, v100, a100, h100, h200, h20", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Min_above_max_and_desired_outside_the_range_are_reported_together()
    {
        var error = Refused(ClusterTestStacks.AwsProd, new GpuNodePoolArgs { Gpu = "l4", MinNodes = 5, MaxNodes = 2, DesiredNodes = 9 });

        Assert.Collection(error.Diagnostics,
            min =>
            {
                DiagnosticAssert.Is(min, ComputeCodes.MinAboveMax, "gpu-infer.minNodes", "5 is above maxNodes 2; allowed: 0 to 2");
            },
            desired =>
            {
                DiagnosticAssert.Is(desired, ComputeCodes.DesiredOutOfRange, "gpu-infer.desiredNodes", "9 is outside");
            });
    }

    [Fact]
    public void An_instance_type_without_gpus_is_refused_in_a_gpu_pool()
    {
        var error = Refused(ClusterTestStacks.AwsProd, new GpuNodePoolArgs { Gpu = "l4", MaxNodes = 1, InstanceTypes = ["g6.xlarge", "m6i.xlarge"] });

        var diagnostic = Assert.Single(error.Diagnostics);
        DiagnosticAssert.Is(diagnostic, ComputeCodes.InstanceTypeWithoutGpu, "gpu-infer.instanceTypes[1]",
            "'m6i.xlarge' is not an instance type with GPUs",
            "allowed: g6.xlarge, g6.2xlarge, g6.4xlarge");
    }

    [Fact]
    public void An_instance_type_of_another_model_or_gpu_count_is_refused()
    {
        var error = Refused(ClusterTestStacks.AwsProd, new GpuNodePoolArgs { Gpu = "l4", MaxNodes = 1, InstanceTypes = ["g5.xlarge"] });

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(ComputeCodes.InstanceTypeMismatch, diagnostic.Code);
        Assert.Contains("carries 1 × a10g, but the pool asks for 1 × l4", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Efa_on_instance_types_without_it_is_refused_naming_what_has_it()
    {
        var chosen = Refused(ClusterTestStacks.AwsProd, new GpuNodePoolArgs { Gpu = "v100", MaxNodes = 1, Efa = true });
        var given = Refused(ClusterTestStacks.AwsProd, new GpuNodePoolArgs { Gpu = "l4", MaxNodes = 1, Efa = true, InstanceTypes = ["g6.xlarge"] });
        var alibaba = Refused(ClusterTestStacks.AlibabaProd, new GpuNodePoolArgs { Gpu = "a100", GpusPerNode = 8, MaxNodes = 1, Efa = true });
        var catalog = new GpuCatalog(
            [new GpuModel("x1", "Example X1", null)],
            [
                new GpuInstanceType("ec2", "x1.large", "x1", 1, 1024, 8, 32768, 0, 0, "test", [new InstanceTypeOffer("us-east-1", false, null, null, null, null)]),
                new GpuInstanceType("ec2", "x1.metal", "x1", 4, 1024, 32, 131072, 0, 1, "test", [new InstanceTypeOffer("us-east-1", false, null, null, null, null)]),
            ]);
        var elsewhere = Refused(ClusterTestStacks.AwsProd, new GpuNodePoolArgs { Gpu = "x1", MaxNodes = 1, Efa = true, Catalog = catalog });

        var diagnostic = Assert.Single(chosen.Diagnostics);
        DiagnosticAssert.Is(diagnostic, ComputeCodes.EfaNotSupported, "gpu-infer.efa",
            "no instance type with 1 × v100 in us-east-1 has EFA (p3.2xlarge); allowed: false");
        Assert.Contains("no instance type with 1 × x1 in us-east-1 has EFA (x1.large); allowed: false, or gpusPerNode 4 with EFA",
            Assert.Single(elsewhere.Diagnostics).Message, StringComparison.Ordinal);
        Assert.Equal((ComputeCodes.EfaNotSupported, "gpu-infer.instanceTypes[0]"), (Assert.Single(given.Diagnostics).Code, given.Diagnostics[0].Subject));
        Assert.Equal(ComputeCodes.EfaNotSupported, Assert.Single(alibaba.Diagnostics).Code);
    }

    [Fact]
    public void A_gpu_count_the_region_does_not_offer_is_refused_with_the_counts_it_does()
    {
        var error = Refused(ClusterTestStacks.AwsProd, new GpuNodePoolArgs { Gpu = "h100", GpusPerNode = 2, MaxNodes = 1 });

        var diagnostic = Assert.Single(error.Diagnostics);
        DiagnosticAssert.Is(diagnostic, ComputeCodes.GpusPerNodeNotOffered, "gpu-infer.gpusPerNode", "allowed: 1, 8 per node");
    }

    [Fact]
    public void Spot_for_a_prod_training_pool_without_fallback_is_a_warning_not_an_error()
    {
        var (stack, _, _) = Build(ClusterTestStacks.AwsProd, new GpuNodePoolArgs
        {
            Gpu = "h100",
            GpusPerNode = 8,
            MaxNodes = 2,
            Capacity = CapacityType.Spot,
            Workload = WorkloadClass.Training,
        });
        var (devStack, _, _) = Build(ClusterTestStacks.AwsDev, new GpuNodePoolArgs
        {
            Gpu = "l4",
            MaxNodes = 2,
            Capacity = CapacityType.Spot,
            Workload = WorkloadClass.Training,
        });

        // Reported on the stack with every other problem of the synthesis, so `infra plan` and `synth` show it.
        var warning = Assert.Single(stack.Problems);
        Assert.Equal((ComputeCodes.SpotTrainingWithoutFallback, "gpu-infer.capacity", Severity.Warning), (warning.Code, warning.Subject, warning.Severity));
        Assert.Empty(devStack.Problems);
    }

    [Fact]
    public void A_pool_can_choose_from_a_catalog_it_is_given()
    {
        var catalog = new GpuCatalog(
            [new GpuModel("x1", "Example X1", null)],
            [new GpuInstanceType("ec2", "x1.large", "x1", 2, 1024, 8, 32768, 0, 0, "test", [new InstanceTypeOffer("us-east-1", false, null, null, null, null)])]);

        var (_, _, pool) = Build(ClusterTestStacks.AwsProd, new GpuNodePoolArgs { Gpu = "x1", GpusPerNode = 2, MaxNodes = 1, Catalog = catalog });

        Assert.Equal("x1.large", Assert.Single(pool.InstanceTypes).Name);
    }
}
