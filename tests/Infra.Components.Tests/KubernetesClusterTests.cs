using Infra.Components.Compute;
using Infra.Core.Resources;
using Infra.Platform.Kubernetes;
using Infra.Providers.Kubernetes.Core.V1;

namespace Infra.Components.Tests;

public class KubernetesClusterTests
{
    [Fact]
    public void On_aws_the_control_plane_is_private_encrypts_secrets_with_its_own_key_and_logs_everything()
    {
        var (stack, _) = ClusterTestStacks.Build(ClusterTestStacks.AwsProd);
        var template = ProgramTemplate.From(stack);

        template.HasResource("aws:eks/cluster:Cluster", """
            name: acme-prod-test
            version: "1.35"
            roleArn: ${cluster-control-plane-role.arn}
            vpcConfig:
              endpointPrivateAccess: true
              endpointPublicAccess: false
              subnetIds:
                - ${network-private-us-east-1a.id}
                - ${network-private-us-east-1b.id}
                - ${network-private-us-east-1c.id}
            accessConfig:
              authenticationMode: API
            encryptionConfig:
              provider:
                keyArn: ${cluster-secrets-key-key.arn}
              resources: [secrets]
            enabledClusterLogTypes: [api, audit, authenticator, controllerManager, scheduler]
            kubernetesNetworkConfig:
              serviceIpv4Cidr: 172.20.0.0/16
            deletionProtection: true
            """, "protect: true\nretainOnDelete: true");
        template.HasResource("aws:cloudwatch/logGroup:LogGroup", "name: /aws/eks/acme-prod-test/cluster\nretentionInDays: 90");
        template.HasResource("aws:iam/role:Role", "name: acme-prod-test-eks-cluster");
        template.HasResource("aws:iam/rolePolicyAttachment:RolePolicyAttachment", "policyArn: arn:aws:iam::aws:policy/AmazonEKSClusterPolicy");
        Assert.Empty(GraphChecker.Check(stack));
    }

    [Fact]
    public void Public_access_when_asked_is_restricted_to_the_given_cidrs()
    {
        var (stack, _) = ClusterTestStacks.Build(ClusterTestStacks.AwsDev, new KubernetesClusterArgs
        {
            KubernetesVersion = "1.35",
            PublicAccessCidrs = ["198.51.100.0/24"],
        });

        ProgramTemplate.From(stack).HasResource("aws:eks/cluster:Cluster",
            "vpcConfig:\n  endpointPrivateAccess: true\n  endpointPublicAccess: true\n  publicAccessCidrs: [198.51.100.0/24]");
    }

    [Theory]
    [InlineData("198.51.100.7/24", "ML4013")]
    [InlineData("not-a-cidr", "ML4013")]
    [InlineData("0.0.0.0/0", "ML4014")]
    public void A_bad_public_access_cidr_is_refused_naming_the_entry(string cidr, string code)
    {
        var (stack, _) = ClusterTestStacks.Build(ClusterTestStacks.AwsDev, new KubernetesClusterArgs
        {
            PublicAccessCidrs = ["203.0.113.0/24", cidr],
        });

        var diagnostic = Assert.Single(GraphChecker.Check(stack));
        Assert.True(diagnostic.IsError);
        DiagnosticAssert.Is(diagnostic, code, "cluster.publicAccessCidrs[1]", cidr);
    }

    [Fact]
    public void Irsa_trusts_the_clusters_oidc_issuer_and_the_partitions_sts_audience()
    {
        var (stack, _) = ClusterTestStacks.Build(ClusterTestStacks.AwsProd);
        var template = ProgramTemplate.From(stack);

        template.HasResource("aws:iam/openIdConnectProvider:OpenIdConnectProvider",
            "url: ${cluster-eks.identities[0].oidcs[0].issuer}\nclientIdLists: [sts.amazonaws.com]");
        Assert.Contains("cluster-oidc-issuer-host:", template.Text, StringComparison.Ordinal);
        var role = template.Resource("cluster-autoscaler-role");
        var trust = ProgramTemplate.Scalar(role, "properties.assumeRolePolicy")!;
        Assert.Contains("\"Federated\":\"${cluster-oidc.arn}\"", trust, StringComparison.Ordinal);
        Assert.Contains("\"${cluster-oidc-issuer-host}:sub\":\"system:serviceaccount:kube-system:cluster-autoscaler\"", trust, StringComparison.Ordinal);
        Assert.Contains("\"${cluster-oidc-issuer-host}:aud\":\"sts.amazonaws.com\"", trust, StringComparison.Ordinal);
    }

    /// <summary>
    /// AWS China: ARNs are <c>arn:aws-cn:</c>, but the EKS principal is <c>eks.amazonaws.com</c> (IAM rejects
    /// <c>eks.amazonaws.com.cn</c>: "MalformedPolicyDocument: Invalid principal", terraform-aws-eks #1904, #2263)
    /// and IRSA tokens carry <c>aud: sts.amazonaws.com</c> (terraform-aws-eks #1704, #2700: "Incorrect token
    /// audience" in cn-northwest-1 with sts.amazonaws.com.cn; eksctl #1910). The node role trusts
    /// <c>ec2.amazonaws.com.cn</c>, which EKS requires of a China node role (awslabs/cdk-eks-blueprints #558:
    /// "required service principals [ec2.amazonaws.com.cn] were not found").
    /// </summary>
    [Fact]
    public void Aws_china_uses_its_partition_in_arns_and_the_documented_principals_and_audience()
    {
        var (stack, _) = ClusterTestStacks.Build(ClusterTestStacks.AwsChina);
        var template = ProgramTemplate.From(stack);

        template.HasResource("aws:iam/rolePolicyAttachment:RolePolicyAttachment", "policyArn: arn:aws-cn:iam::aws:policy/AmazonEKSWorkerNodePolicy");
        template.HasResource("aws:iam/openIdConnectProvider:OpenIdConnectProvider", "clientIdLists: [sts.amazonaws.com]");
        Assert.DoesNotContain("sts.amazonaws.com.cn", template.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("eks.amazonaws.com.cn", template.Text, StringComparison.Ordinal);
        Assert.Contains("\"${cluster-oidc-issuer-host}:aud\":\"sts.amazonaws.com\"",
            ProgramTemplate.Scalar(template.Resource("cluster-autoscaler-role"), "properties.assumeRolePolicy"), StringComparison.Ordinal);
        template.HasResource("aws:iam/role:Role", TrustedService("eks.amazonaws.com"));
        template.HasResource("aws:iam/role:Role", TrustedService("ec2.amazonaws.com.cn"));
        Assert.Empty(GraphChecker.Check(stack));
    }

    [Fact]
    public void On_aws_the_control_plane_trusts_eks_and_the_nodes_trust_ec2()
    {
        var (stack, _) = ClusterTestStacks.Build(ClusterTestStacks.AwsProd);
        var template = ProgramTemplate.From(stack);

        // Amazon EKS User Guide, 'Amazon EKS cluster IAM role' and 'Amazon EKS node IAM role' (create-node-role.adoc).
        template.HasResource("aws:iam/role:Role", "name: acme-prod-test-eks-cluster\n" + TrustedService("eks.amazonaws.com"));
        template.HasResource("aws:iam/role:Role", "name: acme-prod-test-eks-node\n" + TrustedService("ec2.amazonaws.com"));
    }

    /// <summary>
    /// Amazon EKS User Guide, 'Amazon EBS CSI driver' (ebs-csi.adoc) and eks-add-ons.adoc: the add-on is
    /// <c>aws-ebs-csi-driver</c>; its controller runs as <c>kube-system/ebs-csi-controller-sa</c>, which needs an
    /// IAM role with <c>arn:&lt;partition&gt;:iam::aws:policy/service-role/AmazonEBSCSIDriverPolicy</c> (AWS Managed
    /// Policy Reference, AmazonEBSCSIDriverPolicy). Its controller is a Deployment, so the add-on waits for nodes.
    /// </summary>
    [Theory]
    [InlineData("aws", "arn:aws:iam::aws:policy/service-role/AmazonEBSCSIDriverPolicy")]
    [InlineData("aws-cn", "arn:aws-cn:iam::aws:policy/service-role/AmazonEBSCSIDriverPolicy")]
    public void The_ebs_csi_driver_add_on_is_installed_after_the_nodes_with_an_irsa_role_of_its_own(string partition, string policyArn)
    {
        var (stack, _) = ClusterTestStacks.Build(partition == "aws" ? ClusterTestStacks.AwsProd : ClusterTestStacks.AwsChina);
        var template = ProgramTemplate.From(stack);

        template.HasResource("aws:eks/addon:Addon", """
            addonName: aws-ebs-csi-driver
            addonVersion: ${cluster-aws-ebs-csi-driver-version}
            serviceAccountRoleArn: ${cluster-ebs-csi-role.arn}
            """, "dependsOn:\n  - ${cluster-system-nodes}");
        template.HasResource("aws:iam/rolePolicyAttachment:RolePolicyAttachment", $"role: ${{cluster-ebs-csi-role.name}}\npolicyArn: {policyArn}");
        var trust = ProgramTemplate.Scalar(template.Resource("cluster-ebs-csi-role"), "properties.assumeRolePolicy")!;
        Assert.Contains("\"${cluster-oidc-issuer-host}:sub\":\"system:serviceaccount:kube-system:ebs-csi-controller-sa\"", trust, StringComparison.Ordinal);
        Assert.Contains("\"${cluster-oidc-issuer-host}:aud\":\"sts.amazonaws.com\"", trust, StringComparison.Ordinal);
    }

    /// <summary>
    /// Amazon EKS User Guide, 'Enable node auto repair and investigate node health issues' (node-health.adoc): by
    /// itself auto repair reacts to the kubelet's Ready; "when paired with the node monitoring agent" it also acts on
    /// the agent's conditions, AcceleratedHardwareReady (NVIDIA XID) among them. Add-on name and no IAM permissions:
    /// eks-add-ons.adoc, 'Node monitoring agent'.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Where_nodes_auto_repair_the_node_monitoring_agent_add_on_reports_their_health(bool autoRepair)
    {
        var (stack, _) = ClusterTestStacks.Build(ClusterTestStacks.AwsProd, new KubernetesClusterArgs { KubernetesVersion = "1.35", NodeAutoRepair = autoRepair });
        var template = ProgramTemplate.From(stack);

        template.HasResource("aws:eks/nodeGroup:NodeGroup", $"nodeGroupName: acme-prod-test-system\nnodeRepairConfig:\n  enabled: {(autoRepair ? "true" : "false")}");
        var agents = template.ResourcesOfType("aws:eks/addon:Addon")
            .Where(addon => ProgramTemplate.Scalar(addon.Value, "properties.addonName") == "eks-node-monitoring-agent").ToList();
        Assert.Equal(autoRepair ? 1 : 0, agents.Count);
        if (autoRepair)
        {
            template.HasResource("aws:eks/addon:Addon", "addonName: eks-node-monitoring-agent", "dependsOn:\n  - ${cluster-system-nodes}");
            Assert.Null(ProgramTemplate.Scalar(agents[0].Value, "properties.serviceAccountRoleArn"));
        }
    }

    /// <summary>
    /// Break-glass access: a role of the stack that only principals of the same account may assume, and only with
    /// MFA (IAM condition key <c>aws:MultiFactorAuthPresent</c>, IAM User Guide 'AWS global condition context keys'),
    /// with an access entry and <c>AmazonEKSClusterAdminPolicy</c> over the cluster (ARN
    /// <c>arn:&lt;partition&gt;:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy</c>, EKS User Guide
    /// access-policy-reference). The account is the cluster role's (field 4 of an IAM ARN).
    /// </summary>
    [Theory]
    [InlineData("aws")]
    [InlineData("aws-cn")]
    public void Every_eks_cluster_has_a_break_glass_admin_role_that_needs_mfa(string partition)
    {
        var (stack, _) = ClusterTestStacks.Build(partition == "aws" ? ClusterTestStacks.AwsProd : ClusterTestStacks.AwsChina);
        var template = ProgramTemplate.From(stack);

        template.HasResource("aws:iam/role:Role", $$"""
            maxSessionDuration: 3600
            assumeRolePolicy:
              fn::toJSON:
                Statement:
                  - Action: sts:AssumeRole
                    Principal:
                      AWS: arn:{{partition}}:iam::${cluster-account-id}:root
                    Condition:
                      Bool:
                        aws:MultiFactorAuthPresent: "true"
            """);
        Assert.Contains("cluster-account-id:", template.Text, StringComparison.Ordinal);
        template.HasResource("aws:eks/accessEntry:AccessEntry", "principalArn: ${cluster-break-glass-role.arn}");
        template.HasResource("aws:eks/accessPolicyAssociation:AccessPolicyAssociation", $$"""
            principalArn: ${cluster-break-glass-role.arn}
            policyArn: arn:{{partition}}:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy
            accessScope:
              type: cluster
            """, "dependsOn:\n  - ${cluster-break-glass}");
    }

    [Fact]
    public void Core_add_ons_are_pinned_to_the_kubernetes_version_and_networking_comes_before_nodes()
    {
        var (stack, _) = ClusterTestStacks.Build(ClusterTestStacks.AwsProd, new KubernetesClusterArgs
        {
            KubernetesVersion = "1.35",
            AddonVersions = new Dictionary<string, string> { ["kube-proxy"] = "v1.35.0-eksbuild.1" },
        });
        var template = ProgramTemplate.From(stack);

        template.HasResource("aws:eks/addon:Addon", "addonName: vpc-cni\naddonVersion: ${cluster-vpc-cni-version}\nresolveConflictsOnCreate: OVERWRITE");
        template.HasResource("aws:eks/addon:Addon", "addonName: kube-proxy\naddonVersion: v1.35.0-eksbuild.1");
        template.HasResource("aws:eks/addon:Addon", "addonName: coredns", "dependsOn:\n  - ${cluster-system-nodes}");
        Assert.Contains("function: aws:eks/getAddonVersion:getAddonVersion", template.Text, StringComparison.Ordinal);
        template.HasResource("aws:eks/nodeGroup:NodeGroup", "nodeGroupName: acme-prod-test-system\namiType: AL2023_x86_64_STANDARD\ncapacityType: ON_DEMAND",
            "dependsOn:\n  - ${cluster-node-role-amazoneksworkernodepolicy}\n  - ${cluster-node-role-amazonec2containerregistryreadonly}\n  - ${cluster-node-role-amazoneks-cni-policy}\n  - ${cluster-addon-vpc-cni}\n  - ${cluster-addon-kube-proxy}\nignoreChanges: [scalingConfig.desiredSize]");
    }

    [Fact]
    public void Node_launch_templates_require_imdsv2_and_encrypt_the_root_volume()
    {
        var (stack, _) = ClusterTestStacks.Build(ClusterTestStacks.AwsProd);

        ProgramTemplate.From(stack).HasResource("aws:ec2/launchTemplate:LaunchTemplate", """
            metadataOptions:
              httpTokens: required
              httpPutResponseHopLimit: 1
            blockDeviceMappings:
              - deviceName: /dev/xvda
                ebs:
                  encrypted: "true"
                  volumeType: gp3
            """);
    }

    [Fact]
    public void Admin_principals_get_access_entries_with_the_cluster_admin_policy()
    {
        var (stack, _) = ClusterTestStacks.Build(ClusterTestStacks.AwsProd, new KubernetesClusterArgs
        {
            AdminPrincipalArns = ["arn:aws:iam::111122223333:role/platform-admins"],
        });
        var template = ProgramTemplate.From(stack);

        template.HasResource("aws:eks/accessEntry:AccessEntry", "principalArn: arn:aws:iam::111122223333:role/platform-admins");
        template.HasResource("aws:eks/accessPolicyAssociation:AccessPolicyAssociation",
            "policyArn: arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy\naccessScope:\n  type: cluster");
    }

    [Fact]
    public void The_kubernetes_provider_is_bound_to_the_cluster_and_is_the_default_inside_it()
    {
        var (stack, cluster) = ClusterTestStacks.Build(ClusterTestStacks.AwsProd);
        var template = ProgramTemplate.From(stack);

        var provider = template.Resource("cluster-k8s");
        Assert.Equal("pulumi:providers:kubernetes", ProgramTemplate.Scalar(provider, "type"));
        Assert.Contains("server: ${cluster-eks.endpoint}", template.Text, StringComparison.Ordinal);
        Assert.Contains("- get-token", template.Text, StringComparison.Ordinal);
        Assert.Same(cluster.KubernetesProvider, cluster.FindProvider("kubernetes"));
        Assert.All(stack.AllResources.Where(resource => resource.Package == "kubernetes" && resource is not ProviderResource),
            resource => Assert.Same(cluster.KubernetesProvider, resource.Options.Provider));
    }

    [Fact]
    public void Another_component_can_put_resources_on_the_cluster_through_component_options()
    {
        var (stack, cluster) = ClusterTestStacks.Build(ClusterTestStacks.AwsProd);
        var monitoring = new ProbeComponent(stack, "monitoring", new ComponentOptions { Providers = [cluster.KubernetesProvider] });
        var ns = new Namespace(monitoring, "ns", new NamespaceArgs { Metadata = new Providers.Kubernetes.ObjectMetaArgs { Name = "monitoring" } });

        Assert.Same(cluster.KubernetesProvider, ns.Options.Provider);
        Assert.Empty(GraphChecker.Check(stack));
    }

    [Fact]
    public void The_dcgm_exporter_runs_where_the_monitoring_contract_says_with_its_own_service_monitor_off()
    {
        var (stack, _) = ClusterTestStacks.Build(ClusterTestStacks.AwsProd);
        var template = ProgramTemplate.From(stack);

        template.HasResource("kubernetes:core/v1:Namespace", $"metadata:\n  name: {GpuTelemetry.Namespace}");
        template.HasResource("kubernetes:helm.sh/v3:Release", $"""
            name: {GpuTelemetry.ReleaseName}
            namespace: {GpuTelemetry.Namespace}
            chart: dcgm-exporter
            version: 4.8.2
            repositoryOpts:
              repo: https://nvidia.github.io/dcgm-exporter/helm-charts
            values:
              serviceMonitor:
                enabled: false
              tolerations:
                - key: nvidia.com/gpu
                  operator: Exists
                  effect: NoSchedule
              affinity:
                nodeAffinity:
                  requiredDuringSchedulingIgnoredDuringExecution:
                    nodeSelectorTerms:
                      - matchExpressions:
                          - key: {PlatformLabels.GpuModel}
                            operator: Exists
            """, "provider: ${cluster-k8s}");
    }

    [Fact]
    public void On_eks_the_nvidia_device_plugin_and_a_cluster_autoscaler_with_its_own_role_are_installed()
    {
        var (stack, _) = ClusterTestStacks.Build(ClusterTestStacks.AwsProd);
        var template = ProgramTemplate.From(stack);

        template.HasResource("kubernetes:helm.sh/v3:Release", "chart: nvidia-device-plugin\nversion: 0.20.0\nnamespace: gpu-system");
        template.HasResource("kubernetes:helm.sh/v3:Release", """
            chart: cluster-autoscaler
            version: 9.59.0
            namespace: kube-system
            values:
              cloudProvider: aws
              awsRegion: us-east-1
              autoDiscovery:
                clusterName: acme-prod-test
              rbac:
                serviceAccount:
                  name: cluster-autoscaler
                  annotations:
                    eks.amazonaws.com/role-arn: ${cluster-autoscaler-role.arn}
              extraArgs:
                expander: priority,least-waste
              expanderPriorities:
                "50": [".*-spot-.*"]
                "10": [".*"]
            """);
        Assert.Contains("autoscaling:ResourceTag/k8s.io/cluster-autoscaler/acme-prod-test", template.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void On_alibaba_cloud_an_ack_pro_cluster_uses_the_planners_ranges_kms_rrsa_and_no_public_endpoint()
    {
        var (stack, _) = ClusterTestStacks.Build(ClusterTestStacks.AlibabaProd);
        var template = ProgramTemplate.From(stack);

        template.HasResource("alicloud:cs/managedKubernetes:ManagedKubernetes", """
            name: acme-prod-test
            clusterSpec: ack.pro.small
            vswitchIds:
              - ${network-private-cn-beijing-h.id}
              - ${network-private-cn-beijing-i.id}
              - ${network-private-cn-beijing-j.id}
            podCidr: 172.24.0.0/13
            serviceCidr: 172.20.0.0/16
            newNatGateway: false
            slbInternetEnabled: false
            enableRrsa: true
            encryptionProviderKey: ${cluster-secrets-key-key.id}
            disableEncryption: false
            controlPlaneLogComponents: [apiserver, kcm, scheduler, ccm, controlplane-events]
            controlPlaneLogTtl: "90"
            deletionProtection: true
            """, "protect: true\nretainOnDelete: true");
        template.HasResource("alicloud:cs/autoscalingConfig:AutoscalingConfig", "clusterId: ${cluster-ack.id}\nscaleUpFromZero: true");
        template.HasResource("alicloud:cs/nodePool:NodePool", """
            nodePoolName: acme-prod-test-system
            systemDiskEncrypted: true
            instanceMetadataOptions:
              httpTokens: required
            labels:
              - key: ml-platform.io/pool
                value: system
            """);
        Assert.Contains("fn::secret:", template.Text, StringComparison.Ordinal);
        Assert.Contains("function: alicloud:cs/getClusterCredential:getClusterCredential", template.Text, StringComparison.Ordinal);
        Assert.Empty(GraphChecker.Check(stack));
    }

    [Fact]
    public void On_ack_the_device_plugin_and_autoscaler_are_left_to_ack_but_the_dcgm_exporter_is_installed()
    {
        var (stack, _) = ClusterTestStacks.Build(ClusterTestStacks.AlibabaProd);
        var template = ProgramTemplate.From(stack);

        Assert.DoesNotContain("chart: nvidia-device-plugin", template.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("chart: cluster-autoscaler", template.Text, StringComparison.Ordinal);
        template.HasResource("kubernetes:helm.sh/v3:Release", "name: dcgm-exporter\nnamespace: gpu-system");
    }

    [Fact]
    public void Ack_refuses_public_access_cidrs_because_it_cannot_restrict_them()
    {
        var (stack, _) = ClusterTestStacks.Build(ClusterTestStacks.AlibabaProd, new KubernetesClusterArgs
        {
            PublicAccessCidrs = ["203.0.113.0/24"],
        });

        Assert.Contains(GraphChecker.Check(stack), diagnostic =>
            diagnostic.IsError && diagnostic.Code == ComputeCodes.OpenToInternet && diagnostic.Subject == "cluster.publicAccessCidrs");
    }

    [Fact]
    public void A_system_pool_without_nodes_is_refused()
    {
        var (stack, _) = ClusterTestStacks.Build(ClusterTestStacks.AwsDev, new KubernetesClusterArgs
        {
            SystemNodes = new SystemNodePoolArgs { MinNodes = 0, DesiredNodes = 0, MaxNodes = 2 },
        });

        Assert.Contains(GraphChecker.Check(stack), diagnostic => diagnostic.IsError && diagnostic.Subject == "cluster.systemNodes.min");
    }

    private sealed class ProbeComponent(Scope parent, string name, ComponentOptions options) : Component(parent, name, options);

    private static string TrustedService(string service) =>
        $"assumeRolePolicy:\n  fn::toJSON:\n    Statement:\n      - Principal:\n          Service: {service}";
}
