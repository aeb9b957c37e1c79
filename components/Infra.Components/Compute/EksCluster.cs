using System.Collections.Immutable;
using Infra.Components.Environment;
using Infra.Components.Facts;
using Infra.Components.Kubernetes;
using Infra.Components.Naming;
using Infra.Components.Networking;
using Infra.Components.Security;
using Infra.Core.Expressions;
using Infra.Core.Graph;
using Infra.Core.Resources;
using Infra.Core.Values;
using Infra.Providers.Aws.CloudWatch;
using Infra.Providers.Aws.Eks;
using Iam = Infra.Providers.Aws.Iam;

namespace Infra.Components.Compute;

/// <summary>The EKS parts GPU node pools build on.</summary>
internal sealed record EksBuiltCluster(
    Output<string> ClusterName, Output<string> ClusterId, Output<string> Kubeconfig, WorkloadIdentity Identity, Resource SystemNodes,
    Cluster Cluster, Iam.Role NodeRole, ImmutableArray<Resource> NodePrerequisites, IReadOnlyList<Output<string>> PrivateSubnetIds, string DnsSuffix)
    : BuiltCluster(ClusterName, ClusterId, Kubeconfig, Identity, SystemNodes);

/// <summary>
/// The cluster on AWS and AWS China: an EKS control plane in the private subnets with its own IAM
/// role, Secrets envelope-encrypted with the cluster's KMS key, every control-plane log type into
/// a log group with the tier's retention, authentication by access entries, an IAM OIDC provider
/// for IRSA, the core add-ons at versions pinned to the Kubernetes version, and a small on-demand
/// system node group. ARNs and service principals follow the partition (<c>aws-cn</c>).
/// </summary>
internal static class EksCluster
{
    /// <summary>Core add-ons. VPC CNI and kube-proxy come before any node; CoreDNS needs nodes to run on.</summary>
    private static readonly string[] NetworkAddons = ["vpc-cni", "kube-proxy"];

    /// <summary>General purpose 4 vCPU / 16 GiB, offered in every AWS region the platform uses (pricing in Catalog/gpus.json sources).</summary>
    private static readonly ImmutableArray<string> SystemInstanceTypes = ["m6i.xlarge", "m5.xlarge"];

    public static EksBuiltCluster Build(KubernetesCluster component, StackEnvironment environment, Network network, KubernetesClusterArgs args)
    {
        var partition = environment.Region.Partition;
        var dns = DnsSuffix(partition);
        var name = component.CloudName;
        var tags = InputMap.From(environment.Tags.For(component.Path));
        string Managed(string policy) => $"arn:{partition}:iam::aws:policy/{policy}";

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
                Principal = PolicyPrincipal.Service($"eks.{dns}"),
            }).ToJson(),
            Tags = tags,
        });
        var clusterPolicy = new Iam.RolePolicyAttachment(component, "control-plane-role-policy", new Iam.RolePolicyAttachmentArgs
        {
            Role = clusterRole.RoleName,
            PolicyArn = Managed("AmazonEKSClusterPolicy"),
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

        var identity = Irsa(component, environment, cluster, dns, tags);
        var nodeRole = NodeRole(component, name, dns, Managed, tags, out var nodeRoleAttachments);
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
        _ = Addon(component, environment, cluster, args, "coredns", tags, [systemNodes]);

        foreach (var (principal, i) in args.AdminPrincipalArns.Select((principal, i) => (principal, i)))
        {
            var entry = new AccessEntry(component, $"admin-{i}", new AccessEntryArgs { ClusterName = cluster.ClusterName, PrincipalArn = principal, Tags = tags });
            _ = new AccessPolicyAssociation(component, $"admin-{i}-policy", new AccessPolicyAssociationArgs
            {
                ClusterName = cluster.ClusterName,
                PrincipalArn = principal,
                PolicyArn = $"arn:{partition}:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy",
                AccessScope = new AccessPolicyAssociationAccessScopeArgs { Type = "cluster" },
            }, new ResourceOptions { DependsOn = [entry] });
        }

        return new EksBuiltCluster(cluster.ClusterName, cluster.ClusterName, Kubeconfig(cluster, name, environment.Region.Code), identity, systemNodes,
            cluster, nodeRole, nodePrerequisites, network.PrivateSubnetIds, dns);
    }

    /// <summary>The partition's DNS suffix, which service principals and the STS audience use (<c>ec2.amazonaws.com.cn</c> in China).</summary>
    public static string DnsSuffix(string partition) => partition == "aws-cn" ? "amazonaws.com.cn" : "amazonaws.com";

    private static EksWorkloadIdentity Irsa(KubernetesCluster component, StackEnvironment environment, Cluster cluster, string dns, InputMap<string> tags)
    {
        var audience = $"sts.{dns}";
        var provider = new Iam.OpenIdConnectProvider(component, "oidc", new Iam.OpenIdConnectProviderArgs
        {
            Url = cluster.OidcIssuer,
            ClientIdLists = [audience],
            Tags = tags,
        });

        // Trust-policy condition keys are the issuer without its scheme: oidc.eks.<region>.amazonaws.com/id/<id>.
        var issuerHost = component.Stack.AddVariable(LogicalNames.Join(component.Path, "oidc-issuer-host"),
            Fn.Select<string>(1, Fn.Split("https://", cluster.OidcIssuer).ToValue()));
        return new EksWorkloadIdentity(environment, provider.Arn, issuerHost.As<string>(), audience);
    }

    private static Iam.Role NodeRole(
        KubernetesCluster component, string name, string dns, Func<string, string> managed, InputMap<string> tags, out List<Resource> attachments)
    {
        var role = new Iam.Role(component, "node-role", new Iam.RoleArgs
        {
            Name = PhysicalNames.Fit($"{name}-eks-node", NameLimitFacts.IamRoleName),
            Description = $"EKS nodes of {name}",
            AssumeRolePolicy = PolicyDocument.Aws(new PolicyStatement
            {
                Actions = ["sts:AssumeRole"],
                Principal = PolicyPrincipal.Service($"ec2.{dns}"),
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
                PolicyArn = managed(policy),
            }));
        }

        return role;
    }

    /// <summary>
    /// An EKS add-on at a pinned version: the literal in <see cref="KubernetesClusterArgs.AddonVersions"/>,
    /// else the version EKS names default for the cluster's Kubernetes version.
    /// </summary>
    private static Addon Addon(
        KubernetesCluster component, StackEnvironment environment, Cluster cluster, KubernetesClusterArgs args, string addon, InputMap<string> tags, Resource[] dependsOn)
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
