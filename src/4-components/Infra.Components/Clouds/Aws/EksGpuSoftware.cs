using Infra.Components.Compute;
using Infra.Components.Storage;
using Infra.Platform.Kubernetes;
using Iam = Infra.Providers.Aws.Iam;

namespace Infra.Components.Clouds.Aws;

/// <summary>
/// The cluster software EKS leaves to its users: the cluster autoscaler (ACK runs its own) and the
/// AWS EFA device plugin, installed once a pool asks for EFA. Helm releases on the cluster's own
/// provider, like the neutral <see cref="GpuSoftware"/>.
/// </summary>
internal static class EksGpuSoftware
{
    /// <summary>The cluster autoscaler's service account (IRSA-bound).</summary>
    public const string AutoscalerServiceAccount = "cluster-autoscaler";

    public const string SystemNamespace = "kube-system";

    public static Resource InstallEfaDevicePlugin(KubernetesCluster cluster, StackEnvironment environment, ClusterCharts charts, BuiltCluster built) =>
        GpuSoftware.Release(cluster, "efa-device-plugin", charts.EfaDevicePlugin, SystemNamespace, "aws-efa-k8s-device-plugin", Tree.Map(
            ("image", Tree.Map(("repository", $"{EksImageRegistries.For(environment)}/eks/aws-efa-k8s-device-plugin"))),
            ("tolerations", GpuSoftware.GpuTolerations())), new ResourceOptions { DependsOn = built.ReadyForWorkloads });

    /// <summary>
    /// The autoscaler for EKS: auto-discovers the cluster's managed node groups (EKS tags their Auto
    /// Scaling groups), prefers spot groups over on-demand fallbacks, and reads node templates from
    /// Auto Scaling group tags and the EKS API so pools can scale up from zero.
    /// </summary>
    public static void ClusterAutoscaler(KubernetesCluster cluster, StackEnvironment environment, ClusterCharts charts, EksBuiltCluster eks)
    {
        // Permissions from kubernetes/autoscaler cloudprovider/aws/README.md; changes only to this cluster's groups.
        var policy = new Iam.Policy(cluster, "autoscaler-policy", new Iam.PolicyArgs
        {
            Name = PhysicalNames.Fit($"{cluster.CloudName}-cluster-autoscaler", NameLimitFacts.IamPolicyName),
            Description = $"Cluster autoscaler of {cluster.CloudName}",
            Policy = PolicyDocument.Aws(
                new PolicyStatement
                {
                    Actions =
                    [
                        "autoscaling:DescribeAutoScalingGroups", "autoscaling:DescribeAutoScalingInstances", "autoscaling:DescribeLaunchConfigurations",
                        "autoscaling:DescribeScalingActivities", "ec2:DescribeImages", "ec2:DescribeInstanceTypes", "ec2:DescribeLaunchTemplateVersions",
                        "ec2:GetInstanceTypesFromInstanceRequirements", "eks:DescribeNodegroup",
                    ],
                    Resources = ["*"],
                },
                new PolicyStatement
                {
                    Actions = ["autoscaling:SetDesiredCapacity", "autoscaling:TerminateInstanceInAutoScalingGroup"],
                    Resources = ["*"],
                    // EKS tags its managed node groups' Auto Scaling groups for auto-discovery (EKS User Guide, managed node groups);
                    // the condition only requires the cluster's tag to be present, whatever its value.
                    Conditions = [new PolicyCondition("Null", $"autoscaling:ResourceTag/k8s.io/cluster-autoscaler/{cluster.CloudName}", "false")],
                }).ToJson(),
            Tags = InputMap.From(environment.Tags.For(cluster.Path)),
        });
        var binding = cluster.WorkloadIdentity.Bind(cluster, "autoscaler-role", $"{cluster.CloudName}-cluster-autoscaler",
            SystemNamespace, AutoscalerServiceAccount, [new DataAccessPolicy("autoscaler", policy.Arn)]);

        _ = GpuSoftware.Release(cluster, "autoscaler", charts.ClusterAutoscaler, SystemNamespace, "cluster-autoscaler", Tree.Map(
            ("cloudProvider", "aws"),
            ("awsRegion", environment.Region.Code),
            ("autoDiscovery", Tree.Map(("clusterName", cluster.CloudName))),
            ("rbac", Tree.Map(("serviceAccount", Tree.Map(
                ("name", AutoscalerServiceAccount),
                ("annotations", MapValue.Of(binding.ServiceAccountAnnotations.Select(entry => KeyValuePair.Create(entry.Key, entry.Value.ToValue())))))))),
            ("extraArgs", Tree.Map(
                ("expander", "priority,least-waste"),
                ("balance-similar-node-groups", true),
                ("skip-nodes-with-system-pods", false),
                ("scale-down-unneeded-time", "10m"),
                ("max-node-provision-time", "10m"))),
            // The priority expander matches Auto Scaling group names (eks-<node group>-<id>): spot groups first.
            ("expanderPriorities", Tree.Map(("50", new ListValue([new StringValue(".*-spot-.*")])), ("10", new ListValue([new StringValue(".*")])))),
            ("nodeSelector", Tree.Map((PlatformLabels.Pool, "system"))),
            ("priorityClassName", "system-cluster-critical")), new ResourceOptions { DependsOn = eks.ReadyForWorkloads });
    }
}

/// <summary>
/// The stack region's registry of AWS's EKS images (<see cref="EksRegistryFacts"/>). A region the
/// table does not list is refused: the account differs between regions, so a guess would pull from
/// a registry that does not exist.
/// </summary>
internal static class EksImageRegistries
{
    public static string For(StackEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var region = environment.Region.Code;
        return EksRegistryFacts.RegistryFor(region, AwsPartitionFacts.For(environment.Region.Partition))
            ?? throw new InfraException(Diagnostic.Error(ComputeCodes.NoEksImageRegistry, "region",
                $"'{region}' has no EKS image registry in the facts ({EksRegistryFacts.Source}); allowed: {string.Join(", ", EksRegistryFacts.Accounts.Keys)}"));
    }
}
