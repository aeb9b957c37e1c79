using Infra.Platform;
using Infra.Platform.Environment;
using Infra.Platform.Facts;
using Infra.Platform.Kubernetes;
using Infra.Platform.Naming;
using Infra.Components.Security;
using Infra.Components.Storage;
using Infra.Core.Diagnostics;
using Infra.Core.Resources;
using Infra.Core.Values;
using Infra.Providers.Kubernetes;
using Infra.Providers.Kubernetes.Core.V1;
using Infra.Providers.Kubernetes.Helm.V3;
using Iam = Infra.Providers.Aws.Iam;

namespace Infra.Components.Compute;

/// <summary>
/// The cluster's GPU system software, as Helm releases on the cluster's own provider: the NVIDIA
/// device plugin on EKS (ACK installs its own on GPU nodes), the DCGM exporter where
/// <see cref="GpuTelemetry"/> says, the cluster autoscaler on EKS (ACK runs its own), and the EFA
/// device plugin once a pool asks for EFA. Daemon sets go only to GPU nodes (those with a
/// <see cref="PlatformLabels.GpuModel"/> label) and tolerate their taint.
/// </summary>
internal static class GpuSoftware
{
    /// <summary>The cluster autoscaler's service account (IRSA-bound).</summary>
    public const string AutoscalerServiceAccount = "cluster-autoscaler";

    public const string SystemNamespace = "kube-system";

    public static void Install(KubernetesCluster cluster, StackEnvironment environment, ClusterCharts charts, BuiltCluster built)
    {
        var ns = new Namespace(cluster, "gpu-system-ns", new NamespaceArgs
        {
            Metadata = new ObjectMetaArgs
            {
                Name = GpuTelemetry.Namespace,
                Labels = new InputMap<string> { ["app.kubernetes.io/managed-by"] = "pulumi" },
            },
        }, new ResourceOptions { DependsOn = built.ReadyForWorkloads });
        ResourceOptions AfterNamespace() => new() { DependsOn = [ns, .. built.ReadyForWorkloads] };

        if (environment.Cloud != Cloud.Alicloud)
        {
            _ = Release(cluster, "nvidia-device-plugin", charts.DevicePlugin, GpuTelemetry.Namespace, "nvidia-device-plugin", Tree.Map(
                ("affinity", GpuNodeAffinity()),
                ("tolerations", GpuTolerations()),
                ("priorityClassName", "system-node-critical")), AfterNamespace());
        }

        // Values checked against NVIDIA/dcgm-exporter deployment/ (tag 4.5.3-4.8.2): the Service is named after the
        // release, labelled app.kubernetes.io/name=dcgm-exporter and instance=<release>, port name "metrics" (9400).
        _ = Release(cluster, "dcgm-exporter", charts.DcgmExporter, GpuTelemetry.Namespace, GpuTelemetry.ReleaseName, Tree.Map(
            ("serviceMonitor", Tree.Map(("enabled", false))),
            ("affinity", GpuNodeAffinity()),
            ("tolerations", GpuTolerations()),
            ("priorityClassName", "system-node-critical")), AfterNamespace());

        if (built is EksBuiltCluster eks)
        {
            ClusterAutoscaler(cluster, environment, charts, eks);
        }
    }

    public static Resource InstallEfaDevicePlugin(KubernetesCluster cluster, StackEnvironment environment, ClusterCharts charts, BuiltCluster built) =>
        Release(cluster, "efa-device-plugin", charts.EfaDevicePlugin, SystemNamespace, "aws-efa-k8s-device-plugin", Tree.Map(
            ("image", Tree.Map(("repository", $"{EksImageRegistries.For(environment)}/eks/aws-efa-k8s-device-plugin"))),
            ("tolerations", GpuTolerations())), new ResourceOptions { DependsOn = built.ReadyForWorkloads });

    /// <summary>
    /// The autoscaler for EKS: auto-discovers the cluster's managed node groups (EKS tags their Auto
    /// Scaling groups), prefers spot groups over on-demand fallbacks, and reads node templates from
    /// Auto Scaling group tags and the EKS API so pools can scale up from zero.
    /// </summary>
    private static void ClusterAutoscaler(KubernetesCluster cluster, StackEnvironment environment, ClusterCharts charts, EksBuiltCluster eks)
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

        _ = Release(cluster, "autoscaler", charts.ClusterAutoscaler, SystemNamespace, "cluster-autoscaler", Tree.Map(
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

    private static Release Release(
        KubernetesCluster cluster, string name, HelmChart chart, string ns, string releaseName, MapValue values, ResourceOptions options) =>
        new(cluster, name, new ReleaseArgs
        {
            Name = releaseName,
            Chart = chart.Name,
            Version = chart.Version,
            RepositoryOpts = new RepositoryOptsArgs { Repo = chart.Repository },
            Namespace = ns,
            Values = values,
            Atomic = true,
            CleanupOnFail = true,
            Timeout = 600,
            MaxHistory = 10,
        }, options);

    private static MapValue GpuNodeAffinity() => Tree.Map(("nodeAffinity", Tree.Map(("requiredDuringSchedulingIgnoredDuringExecution", Tree.Map(
        ("nodeSelectorTerms", Tree.List(Tree.Map(("matchExpressions", Tree.List(Tree.Map(
            ("key", PlatformLabels.GpuModel), ("operator", "Exists"))))))))))));

    private static ListValue GpuTolerations() => Tree.List(Tree.Map(
        ("key", PlatformLabels.GpuTaintKey), ("operator", "Exists"), ("effect", "NoSchedule")));
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
