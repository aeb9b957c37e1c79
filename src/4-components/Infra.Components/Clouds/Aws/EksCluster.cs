using Infra.Components.Compute;
using Infra.Components.Networking;
using Infra.Components.Storage;
using Infra.Platform;
using Infra.Platform.Kubernetes;
using Infra.Providers.Aws.CloudWatch;
using Infra.Providers.Aws.Eks;
using Infra.Providers.Aws.Vpc;
using Iam = Infra.Providers.Aws.Iam;

namespace Infra.Components.Clouds.Aws;

/// <summary>The EKS parts GPU node pools build on.</summary>
internal sealed record EksBuiltCluster(
    Output<string> ClusterName, Output<string> ClusterId, Output<string> Kubeconfig, WorkloadIdentity Identity, Resource SystemNodes,
    Cluster Cluster, Iam.Role NodeRole, ImmutableArray<Resource> NodePrerequisites, IReadOnlyList<Output<string>> PrivateSubnetIds,
    AwsPartitionFacts Partition, Resource StorageDriver)
    : BuiltCluster(ClusterName, ClusterId, Kubeconfig, Identity, SystemNodes)
{
    private Resource? _efaDevicePlugin;

    /// <summary>The EBS CSI driver add-on provisions the gp3 volumes; until it runs, claims stay Pending.</summary>
    public override ImmutableArray<Resource> ReadyForVolumes => [SystemNodes, StorageDriver];

    /// <summary>The AWS EFA device plugin, installed once, when the first pool asks for EFA.</summary>
    public Resource EnsureEfaDevicePlugin(KubernetesCluster cluster, StackEnvironment environment) =>
        _efaDevicePlugin ??= EksGpuSoftware.InstallEfaDevicePlugin(cluster, environment, cluster.Args.Charts, this);
}

/// <summary>
/// The cluster on AWS and AWS China: an EKS control plane in the private subnets with its own IAM
/// role, Secrets envelope-encrypted with the cluster's KMS key, every control-plane log type into
/// a log group with the tier's retention, authentication by access entries, an IAM OIDC provider
/// for IRSA, the core add-ons at versions pinned to the Kubernetes version, the EBS CSI driver
/// with a role of its own, the node monitoring agent where nodes auto-repair, a break-glass admin
/// role and a small on-demand system node group. ARNs and service principals are the partition's
/// (<see cref="AwsPartitionFacts"/>).
/// </summary>
internal sealed class EksCluster : IClusterRealization
{
    /// <summary>Core add-ons. VPC CNI and kube-proxy come before any node; CoreDNS needs nodes to run on.</summary>
    private static readonly string[] NetworkAddons = ["vpc-cni", "kube-proxy"];

    /// <summary>General purpose 4 vCPU / 16 GiB, offered in every AWS region the platform uses (pricing in Catalog/gpus.json sources).</summary>
    private static readonly ImmutableArray<string> SystemInstanceTypes = ["m6i.xlarge", "m5.xlarge"];

    public string Service => "EKS";

    public NameLimitFact NameLimit => NameLimitFacts.EksClusterName;

    /// <summary>
    /// 1.35, released on EKS 2026-01-28 with standard support to 2027-03 (endoflife.date/amazon-eks,
    /// from the EKS version calendar; availability in AWS China [unverified]).
    /// </summary>
    public string? DefaultKubernetesVersion => "1.35";

    /// <summary>EKS leaves the NVIDIA device plugin to the cluster: the platform installs it (<see cref="GpuSoftware"/>).</summary>
    public bool ProvidesGpuDevicePlugin => false;

    /// <summary>EKS restricts a public endpoint by source CIDR, so every neutral choice is realizable.</summary>
    public void Check(KubernetesClusterArgs args, string subject, DiagnosticBag diagnostics)
    {
    }

    public void InstallAutoscaler(KubernetesCluster cluster, StackEnvironment environment, BuiltCluster built) =>
        EksGpuSoftware.ClusterAutoscaler(cluster, environment, cluster.Args.Charts, (EksBuiltCluster)built);

    public BuiltCluster Build(KubernetesCluster component, StackEnvironment environment, Network network, KubernetesClusterArgs args)
    {
        var partition = AwsPartitionFacts.For(environment.Region.Partition);
        _ = EksImageRegistries.For(environment);
        var name = component.CloudName;
        var tags = InputMap.From(environment.Tags.For(component.Path));

        // EKS writes control-plane logs to this group; created first so its retention applies, not "never expire".
        var logs = new LogGroup(component, "control-plane-logs", new LogGroupArgs
        {
            Name = $"/aws/eks/{name}/cluster",
            RetentionInDays = args.LogRetentionDays,
            Tags = tags,
        });

        var clusterRole = new Iam.Role(component, "control-plane-role", new Iam.RoleArgs
        {
            Name = PhysicalNames.Fit($"{name}-eks-cluster", NameLimitFacts.IamRoleName),
            Description = $"EKS control plane of {name}",
            AssumeRolePolicy = PolicyDocument.Aws(new PolicyStatement
            {
                Actions = ["sts:AssumeRole", "sts:TagSession"],
                Principal = PolicyPrincipal.Service(partition.EksPrincipal),
            }).ToJson(),
            Tags = tags,
        });
        var clusterPolicy = new Iam.RolePolicyAttachment(component, "control-plane-role-policy", new Iam.RolePolicyAttachmentArgs
        {
            Role = clusterRole.RoleName,
            PolicyArn = partition.ManagedPolicyArn("AmazonEKSClusterPolicy"),
        });
        var keyUse = new Iam.RolePolicy(component, "control-plane-role-secrets-key", new Iam.RolePolicyArgs
        {
            Role = clusterRole.RoleName,
            Policy = PolicyDocument.Aws(new PolicyStatement
            {
                Actions = ["kms:Encrypt", "kms:Decrypt", "kms:ListGrants", "kms:DescribeKey"],
                Resources = [component.SecretsKey.KeyArn],
            }).ToJson(),
        });

        var publicAccess = !args.PublicAccessCidrs.IsDefaultOrEmpty;
        var cluster = new Cluster(component, "eks", new ClusterArgs
        {
            Name = name,
            Version = args.KubernetesVersion is { } version ? (Input<string>?)version : null,
            RoleArn = clusterRole.Arn,
            VpcConfig = new ClusterVpcConfigArgs
            {
                SubnetIds = Output.All(network.PrivateSubnetIds),
                EndpointPrivateAccess = true,
                EndpointPublicAccess = publicAccess,
                PublicAccessCidrs = publicAccess ? InputList.From(args.PublicAccessCidrs.Select(cidr => (Input<string>)cidr)) : null,
            },
            AccessConfig = new ClusterAccessConfigArgs
            {
                AuthenticationMode = EksValues.AuthenticationModeApi,
                BootstrapClusterCreatorAdminPermissions = true,
            },
            EncryptionConfig = new ClusterEncryptionConfigArgs
            {
                Provider = new ClusterEncryptionConfigProviderArgs { KeyArn = component.SecretsKey.KeyArn },
                Resources = ["secrets"],
            },
            EnabledClusterLogTypes = InputList.From(EksValues.AllLogTypes.Select(type => (Input<string>)type)),
            KubernetesNetworkConfig = new ClusterKubernetesNetworkConfigArgs { IpFamily = "ipv4", ServiceIpv4Cidr = network.Plan.ServiceCidr },
            UpgradePolicy = new ClusterUpgradePolicyArgs { SupportType = args.ExtendedSupport ? EksValues.SupportExtended : EksValues.SupportStandard },
            DeletionProtection = args.DeletionProtection,
            Tags = tags,
        }, environment.Stateful(new ResourceOptions
        {
            DependsOn = [logs, clusterPolicy, keyUse],
            CustomTimeouts = new CustomTimeouts(Create: "30m", Update: "60m", Delete: "30m"),
        }));

        var identity = Irsa(component, environment, cluster, partition, tags);
        var nodeRole = NodeRole(component, name, partition, tags, out var nodeRoleAttachments);
        var networkAddons = NetworkAddons.Select(addon => Addon(component, environment, cluster, args, addon, tags, [])).ToList();
        ImmutableArray<Resource> nodePrerequisites = [.. nodeRoleAttachments, .. networkAddons];

        var system = args.SystemNodes;
        var systemTemplate = EksLaunchTemplates.Create(component, "system-nodes-lt", environment, new EksLaunchTemplateArgs
        {
            DiskSizeGiB = 50,
            InstanceTags = environment.Tags.For(component.Path, [KeyValuePair.Create("pool", "system")]),
        });
        var systemNodes = new NodeGroup(component, "system-nodes", new NodeGroupArgs
        {
            ClusterName = cluster.ClusterName,
            NodeGroupName = PhysicalNames.Fit($"{name}-system", NameLimitFacts.EksNodeGroupName),
            NodeRoleArn = nodeRole.Arn,
            SubnetIds = Output.All(network.PrivateSubnetIds),
            AmiType = EksValues.AmiAl2023Standard,
            CapacityType = EksValues.OnDemand,
            InstanceTypes = InputList.From((system.InstanceTypes.IsDefaultOrEmpty ? SystemInstanceTypes : system.InstanceTypes).Select(type => (Input<string>)type)),
            ScalingConfig = new NodeGroupScalingConfigArgs { MinSize = system.MinNodes, DesiredSize = system.DesiredNodes, MaxSize = system.MaxNodes },
            Labels = new InputMap<string> { [PlatformLabels.Pool] = "system" },
            UpdateConfig = new NodeGroupUpdateConfigArgs { MaxUnavailable = 1 },
            NodeRepairConfig = new NodeGroupNodeRepairConfigArgs { Enabled = args.NodeAutoRepair },
            LaunchTemplate = EksLaunchTemplates.Reference(systemTemplate),
            Tags = tags,
        }, new ResourceOptions { DependsOn = nodePrerequisites, IgnoreChanges = ["scalingConfig.desiredSize"] });

        // Add-ons whose pods need a node to run on come after the system nodes (CoreDNS, the EBS CSI
        // controller); EKS waits for an add-on to be ACTIVE, which a Deployment without nodes never is.
        _ = Addon(component, environment, cluster, args, "coredns", tags, [systemNodes]);
        var storageDriver = EbsCsiDriver(component, environment, cluster, args, identity, tags, systemNodes);
        if (args.NodeAutoRepair)
        {
            // Auto repair alone sees only the kubelet's Ready; the agent adds the GPU (XID) and kernel conditions it acts on.
            _ = Addon(component, environment, cluster, args, EksAddonFacts.NodeMonitoringAgent.Name, tags, [systemNodes]);
        }

        var admins = args.AdminPrincipalArns.Select((principal, i) => ($"admin-{i}", (Input<string>)principal))
            .Append(("break-glass", BreakGlassRole(component, name, partition, clusterRole, tags).Arn));
        foreach (var (entryName, principal) in admins)
        {
            ClusterAdmin(component, cluster, partition, entryName, principal, tags);
        }

        return new EksBuiltCluster(cluster.ClusterName, cluster.ClusterName, Kubeconfig(cluster, name, environment.Region.Code), identity, systemNodes,
            cluster, nodeRole, nodePrerequisites, network.PrivateSubnetIds, partition, storageDriver)
        {
            PathIn = network.DeployNetwork is { } deploy ? [.. network.PathIn, AdmitRunners(component, cluster, deploy, tags)] : [],
        };
    }

    /// <summary>
    /// The runners' range admitted on the API server's port in the cluster security group, which EKS
    /// puts on the control plane's network interfaces and which admits only itself by default (EKS
    /// User Guide, "View Amazon EKS security group requirements for clusters"). A private endpoint's
    /// public DNS name resolves to those interfaces' private addresses from a connected network
    /// (AWS Knowledge Center, "eks-private-cluster-endpoint-vpc").
    /// </summary>
    private static SecurityGroupIngressRule AdmitRunners(KubernetesCluster component, Cluster cluster, DeployNetwork deploy, InputMap<string> tags) =>
        new SecurityGroupIngressRule(component, "api-from-deploy-network", new SecurityGroupIngressRuleArgs
        {
            SecurityGroupId = cluster.ClusterSecurityGroupId,
            IpProtocol = "tcp",
            FromPort = DeployPathFacts.ApiServerPort,
            ToPort = DeployPathFacts.ApiServerPort,
            CidrIpv4 = deploy.Cidr,
            Description = "the deploying runners' network reaches the private Kubernetes API",
            Tags = tags,
        });

    private static WorkloadIdentity Irsa(KubernetesCluster component, StackEnvironment environment, Cluster cluster, AwsPartitionFacts partition, InputMap<string> tags)
    {
        var audience = partition.IrsaAudience.Value;
        var provider = new Iam.OpenIdConnectProvider(component, "oidc", new Iam.OpenIdConnectProviderArgs
        {
            Url = cluster.OidcIssuer,
            ClientIdLists = [audience],
            Tags = tags,
        });

        // Trust-policy condition keys are the issuer without its scheme: oidc.eks.<region>.amazonaws.com/id/<id>.
        var issuerHost = component.Stack.AddVariable(LogicalNames.Join(component.Path, "oidc-issuer-host"),
            Fn.Select<string>(1, Fn.Split("https://", cluster.OidcIssuer).ToValue()));
        return new WorkloadIdentity(environment, new Clouds.OidcIssuer(provider.Arn, issuerHost.As<string>(), audience));
    }

    private static Iam.Role NodeRole(
        KubernetesCluster component, string name, AwsPartitionFacts partition, InputMap<string> tags, out List<Resource> attachments)
    {
        var role = new Iam.Role(component, "node-role", new Iam.RoleArgs
        {
            Name = PhysicalNames.Fit($"{name}-eks-node", NameLimitFacts.IamRoleName),
            Description = $"EKS nodes of {name}",
            AssumeRolePolicy = PolicyDocument.Aws(new PolicyStatement
            {
                Actions = ["sts:AssumeRole"],
                Principal = PolicyPrincipal.Service(partition.Ec2Principal),
            }).ToJson(),
            Tags = tags,
        });

        // The VPC CNI uses the node role's CNI policy; workloads get their own roles through IRSA.
        attachments = [];
        foreach (var policy in new[] { "AmazonEKSWorkerNodePolicy", "AmazonEC2ContainerRegistryReadOnly", "AmazonEKS_CNI_Policy" })
        {
            attachments.Add(new Iam.RolePolicyAttachment(component, $"node-role-{policy.ToLowerInvariant().Replace('_', '-')}", new Iam.RolePolicyAttachmentArgs
            {
                Role = role.RoleName,
                PolicyArn = partition.ManagedPolicyArn(policy),
            }));
        }

        return role;
    }

    /// <summary>
    /// The EBS CSI driver add-on, which the gp3 StorageClass of the monitoring volumes needs, with an
    /// IRSA role of its own for its controller: the launch templates' IMDS hop limit of 1 keeps pods
    /// from the node role, so the driver cannot borrow it.
    /// </summary>
    private static Addon EbsCsiDriver(
        KubernetesCluster component, StackEnvironment environment, Cluster cluster, KubernetesClusterArgs args, WorkloadIdentity identity, InputMap<string> tags,
        Resource systemNodes)
    {
        var driver = EksAddonFacts.EbsCsiDriver;
        var partition = AwsPartitionFacts.For(environment.Region.Partition);
        var role = identity.Bind(component, "ebs-csi-role", $"{component.CloudName}-ebs-csi-driver", driver.ServiceAccountNamespace!, driver.ServiceAccount!,
            [new DataAccessPolicy("ebs-csi", Output.Format($"{partition.ManagedPolicyArn(driver.ManagedPolicy!)}"))]);
        return Addon(component, environment, cluster, args, driver.Name, tags, [systemNodes], role.RoleArn);
    }

    /// <summary>
    /// The break-glass administrator: a role only this account's principals may assume, and only with
    /// MFA, with cluster-admin through an access entry. The cluster creator's bootstrap admin belongs to
    /// the CI role and goes with it; this role is how a person gets in when CI cannot.
    /// The account is read from the cluster role's ARN (<c>arn:&lt;partition&gt;:iam::&lt;account&gt;:role/…</c>).
    /// </summary>
    private static Iam.Role BreakGlassRole(KubernetesCluster component, string name, AwsPartitionFacts partition, Iam.Role clusterRole, InputMap<string> tags)
    {
        var account = component.Stack.AddVariable(LogicalNames.Join(component.Path, "account-id"),
            Fn.Select<string>(4, Fn.Split(":", clusterRole.Arn).ToValue()));
        return new Iam.Role(component, "break-glass-role", new Iam.RoleArgs
        {
            Name = PhysicalNames.Fit($"{name}-break-glass", NameLimitFacts.IamRoleName),
            Description = $"Break-glass cluster admin of {name}: assumable by this account's principals with MFA",
            MaxSessionDuration = 3600,
            AssumeRolePolicy = PolicyDocument.Aws(new PolicyStatement
            {
                Actions = ["sts:AssumeRole"],
                Principal = PolicyPrincipal.Account(Output.Format($"arn:{partition.Name}:iam::{account.As<string>()}:root")),
                Conditions = [new PolicyCondition("Bool", "aws:MultiFactorAuthPresent", "true")],
            }).ToJson(),
            Tags = tags,
        });
    }

    /// <summary>An access entry for <paramref name="principal"/> with <c>AmazonEKSClusterAdminPolicy</c> over the whole cluster.</summary>
    private static void ClusterAdmin(KubernetesCluster component, Cluster cluster, AwsPartitionFacts partition, string name, Input<string> principal, InputMap<string> tags)
    {
        var entry = new AccessEntry(component, name, new AccessEntryArgs { ClusterName = cluster.ClusterName, PrincipalArn = principal, Tags = tags });
        _ = new AccessPolicyAssociation(component, $"{name}-policy", new AccessPolicyAssociationArgs
        {
            ClusterName = cluster.ClusterName,
            PrincipalArn = principal,
            PolicyArn = partition.EksAccessPolicyArn("AmazonEKSClusterAdminPolicy"),
            AccessScope = new AccessPolicyAssociationAccessScopeArgs { Type = "cluster" },
        }, new ResourceOptions { DependsOn = [entry] });
    }

    /// <summary>
    /// An EKS add-on at a pinned version: the literal in <see cref="KubernetesClusterArgs.AddonVersions"/>,
    /// else the version EKS names default for the cluster's Kubernetes version.
    /// </summary>
    private static Addon Addon(
        KubernetesCluster component, StackEnvironment environment, Cluster cluster, KubernetesClusterArgs args, string addon, InputMap<string> tags, Resource[] dependsOn,
        Output<string>? serviceAccountRoleArn = null)
    {
        Input<string> version;
        if (args.AddonVersions.TryGetValue(addon, out var pinned))
        {
            version = pinned;
        }
        else
        {
            var provider = component.FindProvider(EnvironmentNames.PackageOf(environment.Cloud))
                ?? throw new InvalidOperationException("the cluster needs an aws provider in scope");
            var lookup = component.Stack.AddVariable(LogicalNames.Join(component.Path, $"{addon}-version"),
                Fn.Invoke<string>(EksFunctions.GetAddonVersion, new GetAddonVersionArgs
                {
                    AddonName = addon,
                    KubernetesVersion = args.KubernetesVersion is { } kubernetes ? kubernetes : cluster.GetOutput<string>("version"),
                }, provider, "version"));
            version = lookup.As<string>();
        }

        return new Addon(component, $"addon-{addon}", new AddonArgs
        {
            ClusterName = cluster.ClusterName,
            AddonName = addon,
            AddonVersion = version,
            ResolveConflictsOnCreate = "OVERWRITE",
            ResolveConflictsOnUpdate = "OVERWRITE",
            ServiceAccountRoleArn = serviceAccountRoleArn,
            Tags = tags,
        }, new ResourceOptions { DependsOn = [.. dependsOn] });
    }

    /// <summary>
    /// A kubeconfig that asks the AWS CLI for a short-lived token on every call, so no credential
    /// is stored in the program or the state ([unverified] end to end here: needs the aws CLI where Pulumi runs).
    /// </summary>
    private static Output<string> Kubeconfig(Cluster cluster, string name, string region) => Fn.ToJson(Tree.Map(
        ("apiVersion", "v1"),
        ("kind", "Config"),
        ("clusters", Tree.List(Tree.Map(("name", name), ("cluster", Tree.Map(
            ("server", cluster.Endpoint),
            ("certificate-authority-data", cluster.CertificateAuthorityData)))))),
        ("contexts", Tree.List(Tree.Map(("name", name), ("context", Tree.Map(("cluster", name), ("user", name)))))),
        ("current-context", name),
        ("users", Tree.List(Tree.Map(("name", name), ("user", Tree.Map(("exec", Tree.Map(
            ("apiVersion", "client.authentication.k8s.io/v1beta1"),
            ("command", "aws"),
            ("args", Tree.List("eks", "get-token", "--cluster-name", name, "--region", region, "--output", "json")))))))))));
}
