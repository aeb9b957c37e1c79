using System.Globalization;
using Infra.Components.Compute;
using Infra.Components.Networking;
using Infra.Platform;
using Infra.Platform.Kubernetes;
using Infra.Providers.Alicloud.Cs;

namespace Infra.Components.Clouds.Alicloud;

/// <summary>The ACK parts GPU node pools build on.</summary>
internal sealed record AckBuiltCluster(
    Output<string> ClusterName, Output<string> ClusterId, Output<string> Kubeconfig, WorkloadIdentity Identity, Resource SystemNodes,
    ManagedKubernetes Cluster, IReadOnlyList<Output<string>> PrivateSwitchIds)
    : BuiltCluster(ClusterName, ClusterId, Kubeconfig, Identity, SystemNodes);

/// <summary>
/// The cluster on Alibaba Cloud: an ACK Pro managed cluster (Pro is what offers Secrets
/// encryption with KMS) on the stack's private vSwitches, Flannel pods and services on the
/// planner's ranges outside the VPC, the API server on an internal load balancer only, Secrets
/// encrypted with the cluster's KMS key, every control-plane log component and the audit log into
/// Simple Log Service, RRSA for workload identity, the NAT of the stack's network (no second one),
/// ACK's cluster autoscaler set to scale node pools from zero, and a small system node pool.
/// </summary>
internal sealed class AckCluster : IClusterRealization
{
    /// <summary>General purpose 4 vCPU / 16 GiB (AlibabaCloudDocs/ecs, 'General purpose instance families', 2021).</summary>
    private static readonly ImmutableArray<string> SystemInstanceTypes = ["ecs.g7.xlarge", "ecs.g6.xlarge"];

    /// <summary>
    /// Add-ons installed at creation: Flannel (pod network on the planner's pod range), the disk CSI
    /// driver and its managed provisioner, and the pod identity webhook RRSA needs. Names from the
    /// alicloud 3.108.0 SDK docs and ACK's RRSA documentation. ACK's default ingress controller is
    /// disabled by name: left out, ACK installs it with an internet-facing load balancer
    /// (<see cref="AlicloudFacts.DefaultIngressAddon"/>).
    /// </summary>
    private static readonly string[] Addons = ["flannel", "csi-plugin", "managed-csiprovisioner", "ack-pod-identity-webhook"];

    private static IEnumerable<ManagedKubernetesAddonArgs> AddonList() =>
        Addons.Select(addon => new ManagedKubernetesAddonArgs { Name = addon })
            .Append(new ManagedKubernetesAddonArgs { Name = AlicloudFacts.DefaultIngressAddon.Value, Disabled = true });

    public string Service => "ACK";

    public NameLimitFact NameLimit => NameLimitFacts.AckClusterName;

    /// <summary>
    /// Null: ACK takes its newest version at creation and never upgrades on its own (ACK version
    /// strings were not verifiable here).
    /// </summary>
    public string? DefaultKubernetesVersion => null;

    /// <summary>ACK installs the NVIDIA driver and device plugin on GPU nodes itself.</summary>
    public bool ProvidesGpuDevicePlugin => true;

    public void Check(KubernetesClusterArgs args, string subject, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (!args.PublicAccessCidrs.IsDefaultOrEmpty)
        {
            diagnostics.Error(ComputeCodes.OpenToInternet, $"{subject}.publicAccessCidrs",
                "ACK's managed cluster has no source-CIDR restriction for a public API endpoint, so the endpoint stays private; allowed: an empty list on alicloud");
        }
    }

    /// <summary>Nothing to install: ACK runs its own autoscaler, set up with the cluster (<c>AutoscalingConfig</c>).</summary>
    public void InstallAutoscaler(KubernetesCluster cluster, StackEnvironment environment, BuiltCluster built)
    {
    }

    public BuiltCluster Build(KubernetesCluster component, StackEnvironment environment, Network network, KubernetesClusterArgs args)
    {
        var tags = InputMap.From(environment.Tags.For(component.Path));
        var switches = Output.All(network.PrivateSubnetIds);
        var cluster = new ManagedKubernetes(component, "ack", new ManagedKubernetesArgs
        {
            Name = component.CloudName,
            ClusterSpec = CsValues.ClusterSpecPro,
            Version = args.KubernetesVersion is { } version ? (Input<string>?)version : null,
            VswitchIds = switches,
            PodCidr = network.Plan.PodCidr,
            ServiceCidr = network.Plan.ServiceCidr,
            NodeCidrMask = 24,
            ProxyMode = "ipvs",
            NewNatGateway = false,
            SlbInternetEnabled = false,
            IsEnterpriseSecurityGroup = true,
            EnableRrsa = true,
            EncryptionProviderKey = component.SecretsKey.KeyId,
            DisableEncryption = false,
            ControlPlaneLogComponents = InputList.From(CsValues.AllLogComponents.Select(item => (Input<string>)item)),
            ControlPlaneLogTtl = args.LogRetentionDays.ToString(CultureInfo.InvariantCulture),
            AuditLogConfig = new ManagedKubernetesAuditLogConfigArgs { Enabled = true },
            DeletionProtection = args.DeletionProtection,
            Addons = InputList.From(AddonList().Select(addon => (Input<ManagedKubernetesAddonArgs>)addon)),
            Tags = tags,
        }, environment.Stateful(new ResourceOptions { CustomTimeouts = new CustomTimeouts(Create: "60m", Update: "60m", Delete: "30m") }));

        // Scale-from-zero is off by default in ACK's autoscaler; GPU pools rely on it.
        _ = new AutoscalingConfig(component, "autoscaling", new AutoscalingConfigArgs
        {
            ClusterId = cluster.Id,
            ScalerType = "cluster-autoscaler",
            Expander = "least-waste",
            ScaleUpFromZero = true,
            ScaleDownEnabled = true,
            UtilizationThreshold = "0.5",
            GpuUtilizationThreshold = "0.5",
            ScanInterval = "30s",
            UnneededDuration = "10m",
            SkipNodesWithSystemPods = true,
        });

        var system = args.SystemNodes;
        var systemNodes = new NodePool(component, "system-nodes", new NodePoolArgs
        {
            ClusterId = cluster.Id,
            NodePoolName = PhysicalNames.Fit($"{component.CloudName}-system", NameLimitFacts.AckNodePoolName),
            VswitchIds = switches,
            InstanceTypes = InputList.From((system.InstanceTypes.IsDefaultOrEmpty ? SystemInstanceTypes : system.InstanceTypes).Select(type => (Input<string>)type)),
            ScalingConfig = new NodePoolScalingConfigArgs { Enable = true, MinSize = system.MinNodes, MaxSize = system.MaxNodes, Type = "cpu" },
            InstanceChargeType = CsValues.PostPaid,
            SpotStrategy = CsValues.NoSpot,
            ImageType = CsValues.AliyunLinux3,
            RuntimeName = "containerd",
            SystemDiskCategory = CsValues.CloudEssd,
            SystemDiskSize = 120,
            SystemDiskEncrypted = true,
            InstanceMetadataOptions = new NodePoolInstanceMetadataOptionsArgs { HttpTokens = "required" },
            Management = new NodePoolManagementArgs { Enable = true, AutoRepair = args.NodeAutoRepair, AutoUpgrade = false, MaxUnavailable = 1 },
            Labels = [new NodePoolLabelArgs { Key = PlatformLabels.Pool, Value = "system" }],
            Tags = InputMap.From(environment.Tags.For(component.Path, [KeyValuePair.Create("pool", "system")])),
        });

        var provider = component.FindProvider(EnvironmentNames.PackageOf(environment.Cloud))
            ?? throw new InvalidOperationException("the cluster needs an alicloud provider in scope");

        var kubeconfig = Kubeconfig(component, cluster, provider);
        var identity = new WorkloadIdentity(environment, new Clouds.OidcIssuer(cluster.RrsaOidcProviderArn, cluster.RrsaOidcIssuerUrl, Clouds.Alicloud.Rrsa.Audience));
        // The API server's internal load balancer has no access list by default [unverified: that a
        // CEN-connected range reaches it with none], so the path in is the network's attachment and route.
        return new AckBuiltCluster(cluster.ClusterName, cluster.Id, kubeconfig, identity, systemNodes, cluster, network.PrivateSubnetIds)
        {
            PathIn = network.PathIn,
        };
    }

    /// <summary>
    /// A kubeconfig for the API server's internal endpoint with a client certificate that expires
    /// after <see cref="AlicloudFacts.KubeconfigLifetimeMinutes"/> (a new one on every run). The
    /// data source's own <c>kubeConfig</c> always names the internet endpoint, which this cluster
    /// does not have (<see cref="AlicloudFacts.IntranetEndpointOutput"/>), so only its certificates
    /// are used. It stays secret in the state.
    /// </summary>
    private static Output<string> Kubeconfig(KubernetesCluster component, ManagedKubernetes cluster, ProviderResource provider)
    {
        var credential = component.Stack.AddVariable(LogicalNames.Join(component.Path, "credential"),
            Fn.Invoke<object>(CsFunctions.GetClusterCredential, new GetClusterCredentialArgs
            {
                ClusterId = cluster.Id,
                TemporaryDurationMinutes = AlicloudFacts.KubeconfigLifetimeMinutes.Value,
            }, provider));
        var name = component.CloudName;
        return Fn.Secret<string>(Fn.ToJson(Tree.Map(
            ("apiVersion", "v1"),
            ("kind", "Config"),
            ("clusters", Tree.List(Tree.Map(("name", name), ("cluster", Tree.Map(
                ("server", cluster.ApiServerIntranet),
                ("certificate-authority-data", credential.Property<string>("certificateAuthority.clusterCert"))))))),
            ("contexts", Tree.List(Tree.Map(("name", name), ("context", Tree.Map(("cluster", name), ("user", name)))))),
            ("current-context", name),
            ("users", Tree.List(Tree.Map(("name", name), ("user", Tree.Map(
                ("client-certificate-data", credential.Property<string>("certificateAuthority.clientCert")),
                ("client-key-data", credential.Property<string>("certificateAuthority.clientKey"))))))))));
    }
}
