using Infra.Compliance.Packs;
using Infra.Compliance.Rules.Deployability;
using Infra.Core.Diagnostics;
using Infra.Core.Expressions;
using Infra.Core.Graph;
using Infra.Core.Resources;
using Infra.Platform.Facts;

namespace Infra.Compliance.Tests;

/// <summary>Each deployability rule fails on its failing fixture with its ID and passes on its passing one.</summary>
public class DeployabilityRuleTests
{
    private static ComplianceRule Rule(string id) => DefaultPack.Instance.Find(id)!;

    // ---- MLD-CSI-001 -------------------------------------------------------------------------

    private static Stack EksWithGp3Class(bool withAddon)
    {
        var stack = Fixtures.StackFor(Fixtures.AwsDev);
        _ = Fixtures.Raw(stack, "eks", ResourceTypes.EksCluster, Tree.Map(("name", "ml")));
        if (withAddon)
        {
            _ = Fixtures.Raw(stack, "ebs-csi", ResourceTypes.EksAddon, Tree.Map(("clusterName", "ml"), ("addonName", "aws-ebs-csi-driver")));
        }

        _ = Fixtures.Raw(stack, "gp3", ResourceTypes.StorageClass, Tree.Map(
            ("metadata", Tree.Map(("name", "monitoring-gp3"))), ("provisioner", "ebs.csi.aws.com"), ("parameters", Tree.Map(("type", "gp3")))));
        return stack;
    }

    [Fact]
    public void An_ebs_class_passes_with_the_ebs_csi_addon_and_fails_without_it()
    {
        // Amazon EKS User Guide: the EBS CSI driver is the add-on aws-ebs-csi-driver, not installed by default.
        Assert.Equal(("ebs.csi.aws.com", "aws-ebs-csi-driver"), (StorageFacts.EbsCsi.Provisioner, StorageFacts.EbsCsi.InstalledByAddon));

        Fixtures.Judge(EksWithGp3Class(withAddon: true), Fixtures.AwsDev, Rule("MLD-CSI-001")).PassesOn("MLD-CSI-001", "gp3");
        var finding = Fixtures.Judge(EksWithGp3Class(withAddon: false), Fixtures.AwsDev, Rule("MLD-CSI-001")).FindingOn("MLD-CSI-001", "gp3");
        Assert.Contains("aws-ebs-csi-driver", finding.Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Error, finding.Rule.Severity);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_alibaba_disk_class_needs_csi_plugin_in_the_ack_clusters_addons(bool installed)
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AlicloudChina);
        _ = Fixtures.Raw(stack, "ack", ResourceTypes.AckCluster, Tree.Map(
            ("addons", Tree.List(installed ? [Tree.Map(("name", "flannel")), Tree.Map(("name", "csi-plugin"))] : new object[] { Tree.Map(("name", "flannel")) }))));
        _ = Fixtures.Raw(stack, "essd", ResourceTypes.StorageClass, Tree.Map(
            ("metadata", Tree.Map(("name", "monitoring-essd"))), ("provisioner", "diskplugin.csi.alibabacloud.com"), ("parameters", Tree.Map(("type", "cloud_essd")))));

        var report = Fixtures.Judge(stack, environment, Rule("MLD-CSI-001"));

        if (installed)
        {
            report.PassesOn("MLD-CSI-001", "essd");
        }
        else
        {
            report.FailsOn("MLD-CSI-001", "essd", "csi-plugin");
        }
    }

    // ---- MLD-DSK-001 -------------------------------------------------------------------------

    private static (Stack Stack, Platform.Environment.StackEnvironment Environment) EssdClaim(string size, bool autoSize = false, bool inChartValues = false)
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AlicloudChina);
        var parameters = autoSize ? Tree.Map(("type", "cloud_essd"), ("volumeSizeAutoAvailable", "true")) : Tree.Map(("type", "cloud_essd"));
        _ = Fixtures.Raw(stack, "essd", ResourceTypes.StorageClass, Tree.Map(
            ("metadata", Tree.Map(("name", "monitoring-essd"))), ("provisioner", "diskplugin.csi.alibabacloud.com"), ("parameters", parameters)));
        var spec = Tree.Map(("storageClassName", "monitoring-essd"), ("resources", Tree.Map(("requests", Tree.Map(("storage", size))))));
        if (inChartValues)
        {
            _ = Fixtures.Raw(stack, "monitoring", ResourceTypes.HelmRelease, Tree.Map(
                ("chart", "kube-prometheus-stack"),
                ("values", Tree.Map(("alertmanager", Tree.Map(("alertmanagerSpec", Tree.Map(("storage", Tree.Map(("volumeClaimTemplate", Tree.Map(("spec", spec)))))))))))));
        }
        else
        {
            _ = Fixtures.Raw(stack, "claim", ResourceTypes.PersistentVolumeClaim, Tree.Map(("spec", spec)));
        }

        return (stack, environment);
    }

    [Fact]
    public void An_essd_claim_of_20_gib_passes_and_one_of_5_gib_fails()
    {
        // alibaba-cloud-csi-driver pkg/disk: MinimumDiskSizeInGB = 20 (ESSD PL1: 20–65,536 GiB).
        Assert.Equal(("cloud_essd", 20), (StorageFacts.EssdPl1.DiskType, StorageFacts.EssdPl1.MinimumGiB));

        var (passing, environment) = EssdClaim("20Gi");
        Fixtures.Judge(passing, environment, Rule("MLD-DSK-001")).PassesOn("MLD-DSK-001", "claim");
        var (failing, _) = EssdClaim("5Gi");
        Fixtures.Judge(failing, environment, Rule("MLD-DSK-001")).FailsOn("MLD-DSK-001", "claim", "below the 20 GiB");
    }

    [Fact]
    public void A_small_claim_in_the_chart_values_fails_unless_the_class_raises_small_claims()
    {
        var (failing, environment) = EssdClaim("5Gi", inChartValues: true);
        var finding = Fixtures.Judge(failing, environment, Rule("MLD-DSK-001")).FindingOn("MLD-DSK-001", "monitoring");
        Assert.Contains("values.alertmanager.alertmanagerSpec.storage.volumeClaimTemplate.spec", finding.Message, StringComparison.Ordinal);

        var (raised, _) = EssdClaim("5Gi", autoSize: true, inChartValues: true);
        Fixtures.Judge(raised, environment, Rule("MLD-DSK-001")).PassesOn("MLD-DSK-001", "monitoring");
    }

    [Theory]
    [InlineData("20Gi", 20)]
    [InlineData("1Ti", 1024)]
    [InlineData("512Mi", 0.5)]
    [InlineData("1073741824", 1)]
    public void Kubernetes_quantities_are_read_in_gib(string quantity, double gib)
    {
        Assert.Equal(gib, VolumeClaims.GiB(quantity)!.Value, 6);
    }

    // ---- MLD-REP-001 -------------------------------------------------------------------------

    private static Stack S3Replication(bool replicaLocked, bool retentionActions)
    {
        var stack = Fixtures.StackFor(Fixtures.AwsProd);
        var key = Fixtures.Raw(stack, "source-key", ResourceTypes.AwsKmsKey, Tree.Map(("description", "k")));
        var replicaKey = Fixtures.Raw(stack, "replica-key", ResourceTypes.AwsKmsKey, Tree.Map(("description", "k")));
        var source = Fixtures.Raw(stack, "source", ResourceTypes.S3Bucket, Tree.Map(("bucket", "acme-src"), ("objectLockEnabled", true)));
        var replica = Fixtures.Raw(stack, "replica", ResourceTypes.S3Bucket, replicaLocked ? Tree.Map(("bucket", "acme-dst"), ("objectLockEnabled", true)) : Tree.Map(("bucket", "acme-dst")));
        foreach (var bucket in new[] { source, replica })
        {
            _ = Fixtures.Raw(stack, bucket.Name + "-versioning", ResourceTypes.S3Versioning, Tree.Map(
                ("bucket", bucket.GetOutput<string>("id")), ("versioningConfiguration", Tree.Map(("status", "Enabled")))));
        }

        _ = Fixtures.Raw(stack, "source-sse", ResourceTypes.S3Encryption, Tree.Map(
            ("bucket", source.GetOutput<string>("id")),
            ("rules", Tree.List(Tree.Map(("applyServerSideEncryptionByDefault", Tree.Map(("kmsMasterKeyId", key.GetOutput<string>("arn")), ("sseAlgorithm", "aws:kms"))))))));
        var role = Fixtures.Raw(stack, "role", ResourceTypes.IamRole, Tree.Map(("name", "replication")));
        var statements = new List<object>
        {
            Tree.Map(("Effect", "Allow"), ("Action", "kms:Decrypt"), ("Resource", key.GetOutput<string>("arn"))),
            Tree.Map(("Effect", "Allow"), ("Action", Fixtures.Strings("kms:Encrypt", "kms:GenerateDataKey")), ("Resource", replicaKey.GetOutput<string>("arn"))),
        };
        if (retentionActions)
        {
            statements.Add(Tree.Map(("Effect", "Allow"), ("Action", Fixtures.Strings("s3:GetObjectVersionForReplication", "s3:GetObjectRetention", "s3:GetObjectLegalHold")),
                ("Resource", Output.Format($"{source.GetOutput<string>("arn")}/*"))));
        }

        _ = Fixtures.Raw(stack, "role-policy", ResourceTypes.IamRolePolicy, Tree.Map(
            ("role", role.GetOutput<string>("name")),
            ("policy", Fn.ToJson(Tree.Map(("Version", "2012-10-17"), ("Statement", Tree.List([.. statements])))))));
        _ = Fixtures.Raw(stack, "replication", ResourceTypes.S3Replication, Tree.Map(
            ("bucket", source.GetOutput<string>("id")),
            ("role", role.GetOutput<string>("arn")),
            ("rules", Tree.List(Tree.Map(
                ("status", "Enabled"),
                ("destination", Tree.Map(("bucket", replica.GetOutput<string>("arn")), ("encryptionConfiguration", Tree.Map(("replicaKmsKeyId", replicaKey.GetOutput<string>("arn")))))),
                ("sourceSelectionCriteria", Tree.Map(("sseKmsEncryptedObjects", Tree.Map(("status", "Enabled"))))))))));
        return stack;
    }

    [Fact]
    public void An_object_lock_source_replicates_to_a_locked_replica_through_a_role_that_reads_retention()
    {
        Assert.Equal(["s3:GetObjectRetention", "s3:GetObjectLegalHold"], ReplicationFacts.S3.ObjectLockActions);

        Fixtures.Judge(S3Replication(replicaLocked: true, retentionActions: true), Fixtures.AwsProd, Rule("MLD-REP-001")).PassesOn("MLD-REP-001", "replication");

        var message = Fixtures.Judge(S3Replication(replicaLocked: false, retentionActions: false), Fixtures.AwsProd, Rule("MLD-REP-001"))
            .FindingOn("MLD-REP-001", "replication").Message;
        Assert.Contains("DstBucketObjectLockConfigMissing", message, StringComparison.Ordinal);
        Assert.Contains("s3:GetObjectRetention", message, StringComparison.Ordinal);
        Assert.Contains("s3:GetObjectLegalHold", message, StringComparison.Ordinal);
        Assert.DoesNotContain("kms:", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_oss_replication_needs_both_buckets_versioned_and_the_role_allowed_both_keys(bool complete)
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AlicloudChinaProd);
        var key = Fixtures.Raw(stack, "source-key", ResourceTypes.AlicloudKmsKey, Tree.Map(("description", "k")));
        var replicaKey = Fixtures.Raw(stack, "replica-key", ResourceTypes.AlicloudKmsKey, Tree.Map(("description", "k")));
        var source = Fixtures.Raw(stack, "source", ResourceTypes.OssBucket, Tree.Map(("bucket", "acme-src")));
        var replica = Fixtures.Raw(stack, "replica", ResourceTypes.OssBucket, Tree.Map(("bucket", "acme-dst")));
        foreach (var bucket in complete ? new[] { source, replica } : [source])
        {
            _ = Fixtures.Raw(stack, bucket.Name + "-versioning", ResourceTypes.OssVersioning, Tree.Map(("bucket", bucket.GetOutput<string>("id")), ("status", "Enabled")));
        }

        _ = Fixtures.Raw(stack, "source-sse", ResourceTypes.OssEncryption, Tree.Map(("bucket", source.GetOutput<string>("id")), ("kmsMasterKeyId", key.GetOutput<string>("id")), ("sseAlgorithm", "KMS")));
        var role = Fixtures.Raw(stack, "role", ResourceTypes.RamRole, Tree.Map(("roleName", "replication")));
        var keys = complete ? Tree.List(key.GetOutput<string>("arn"), replicaKey.GetOutput<string>("arn")) : Tree.List(key.GetOutput<string>("arn"));
        var policy = Fixtures.Raw(stack, "policy", ResourceTypes.RamPolicy, Tree.Map(
            ("policyName", "replication"),
            ("policyDocument", Fn.ToJson(Tree.Map(("Version", "1"), ("Statement", Tree.List(Tree.Map(("Effect", "Allow"), ("Action", Fixtures.Strings("kms:Decrypt", "kms:Encrypt")), ("Resource", keys)))))))));
        _ = Fixtures.Raw(stack, "attachment", ResourceTypes.RamRolePolicyAttachment, Tree.Map(
            ("roleName", role.GetOutput<string>("roleName")), ("policyName", policy.GetOutput<string>("policyName")), ("policyType", "Custom")));
        _ = Fixtures.Raw(stack, "replication", ResourceTypes.OssReplication, Tree.Map(
            ("bucket", source.GetOutput<string>("id")),
            ("destination", Tree.Map(("bucket", replica.GetOutput<string>("id")))),
            ("encryptionConfiguration", Tree.Map(("replicaKmsKeyId", replicaKey.GetOutput<string>("id")))),
            ("sourceSelectionCriteria", Tree.Map(("sseKmsEncryptedObjects", Tree.Map(("status", "Enabled"))))),
            ("syncRole", role.GetOutput<string>("roleName"))));

        var report = Fixtures.Judge(stack, environment, Rule("MLD-REP-001"));

        report.PassesOnlyIf(complete, "MLD-REP-001", "replication",
            "destination replica is not versioned", "kms:Encrypt with the replica key replica-key");
    }

    // ---- MLD-IAM-001 / MLD-IAM-002 -----------------------------------------------------------

    private static GenericResource TrustingRole(Stack stack, string name, params string[] services) =>
        Fixtures.Raw(stack, name, ResourceTypes.IamRole, Tree.Map(("assumeRolePolicy", Fn.ToJson(Tree.Map(
            ("Version", "2012-10-17"),
            ("Statement", Tree.List(Tree.Map(("Effect", "Allow"), ("Action", "sts:AssumeRole"), ("Principal", Tree.Map(("Service", Fixtures.Strings(services))))))))))));

    [Fact]
    public void In_aws_cn_eks_trusts_eks_amazonaws_com_and_nodes_ec2_amazonaws_com_cn()
    {
        // terraform-aws-eks #1904/#2263: IAM refuses eks.amazonaws.com.cn; pulumi-eks #796: EKS requires ec2.amazonaws.com.cn in aws-cn.
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AwsChina);
        _ = TrustingRole(stack, "cluster-ok", "eks.amazonaws.com");
        _ = TrustingRole(stack, "node-ok", "ec2.amazonaws.com.cn");
        _ = TrustingRole(stack, "cluster-cn", "eks.amazonaws.com.cn");
        _ = TrustingRole(stack, "node-commercial", "ec2.amazonaws.com");

        var report = Fixtures.Judge(stack, environment, Rule("MLD-IAM-001"));

        report.PassesOn("MLD-IAM-001", "cluster-ok");
        report.PassesOn("MLD-IAM-001", "node-ok");
        report.FailsOn("MLD-IAM-001", "cluster-cn", "'eks.amazonaws.com.cn'");
        report.FailsOn("MLD-IAM-001", "node-commercial", "'ec2.amazonaws.com'");
    }

    [Fact]
    public void Irsa_providers_and_trust_conditions_say_sts_amazonaws_com_in_aws_cn_too()
    {
        // terraform-aws-eks #1704/#2700, eksctl #1910: the token audience is sts.amazonaws.com in every partition.
        Assert.Equal("sts.amazonaws.com", AwsPartitionFacts.China.IrsaAudience.Value);
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AwsChina);
        var good = Fixtures.Raw(stack, "oidc-ok", ResourceTypes.IamOidcProvider, Tree.Map(("clientIdLists", Fixtures.Strings("sts.amazonaws.com")), ("url", "https://oidc.example")));
        _ = Fixtures.Raw(stack, "oidc-cn", ResourceTypes.IamOidcProvider, Tree.Map(("clientIdLists", Fixtures.Strings("sts.amazonaws.com.cn")), ("url", "https://oidc.example")));
        foreach (var (name, audience) in new[] { ("irsa-ok", "sts.amazonaws.com"), ("irsa-cn", "sts.amazonaws.com.cn") })
        {
            // The shape the components write: a JSON string with references inside.
            _ = Fixtures.Raw(stack, name, ResourceTypes.IamRole, Tree.Map(("assumeRolePolicy", Output.Format(
                $"{{\"Version\":\"2012-10-17\",\"Statement\":[{{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRoleWithWebIdentity\",\"Principal\":{{\"Federated\":\"{good.GetOutput<string>("arn")}\"}},\"Condition\":{{\"StringEquals\":{{\"{good.GetOutput<string>("url")}:aud\":\"{audience}\"}}}}}}]}}"))));
        }

        var report = Fixtures.Judge(stack, environment, Rule("MLD-IAM-002"));

        report.PassesOn("MLD-IAM-002", "oidc-ok");
        report.PassesOn("MLD-IAM-002", "irsa-ok");
        report.FailsOn("MLD-IAM-002", "oidc-cn", "[sts.amazonaws.com.cn]");
        report.FailsOn("MLD-IAM-002", "irsa-cn", ":aud is 'sts.amazonaws.com.cn'");
    }

    [Fact]
    public void Github_actions_providers_and_trust_conditions_say_the_partitions_own_audience()
    {
        // configure-aws-credentials README "OIDC audience" and issue #457: AWS China's STS takes sts.amazonaws.com.cn.
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AwsChina);
        const string issuer = "https://token.actions.githubusercontent.com";
        _ = Fixtures.Raw(stack, "github-ok", ResourceTypes.IamOidcProvider, Tree.Map(("clientIdLists", Fixtures.Strings("sts.amazonaws.com.cn")), ("url", issuer)));
        _ = Fixtures.Raw(stack, "github-default", ResourceTypes.IamOidcProvider, Tree.Map(("clientIdLists", Fixtures.Strings("sts.amazonaws.com")), ("url", issuer)));
        foreach (var (name, audience) in new[] { ("deploy-ok", "sts.amazonaws.com.cn"), ("deploy-default", "sts.amazonaws.com") })
        {
            _ = Fixtures.Raw(stack, name, ResourceTypes.IamRole, Tree.Map(("assumeRolePolicy", Fn.ToJson(Tree.Map(
                ("Version", "2012-10-17"),
                ("Statement", Tree.List(Tree.Map(("Effect", "Allow"), ("Action", "sts:AssumeRoleWithWebIdentity"),
                    ("Condition", Tree.Map(("StringEquals", Tree.Map(("token.actions.githubusercontent.com:aud", audience)))))))))))));
        }

        var report = Fixtures.Judge(stack, environment, Rule("MLD-IAM-002"));

        report.PassesOn("MLD-IAM-002", "github-ok");
        report.PassesOn("MLD-IAM-002", "deploy-ok");
        Assert.Contains("is [sts.amazonaws.com], not [sts.amazonaws.com.cn] (the audience of GitHub Actions tokens in partition aws-cn)", report.FindingOn("MLD-IAM-002", "github-default").Message, StringComparison.Ordinal);
        Assert.Contains(":aud is 'sts.amazonaws.com', not 'sts.amazonaws.com.cn'", report.FindingOn("MLD-IAM-002", "deploy-default").Message, StringComparison.Ordinal);
    }

    // ---- MLD-CFG-001 -------------------------------------------------------------------------

    [Fact]
    public void A_secret_config_value_passes_inside_fn_secret_and_fails_outside_it()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AwsDev);
        var url = stack.DeclareConfig<string>("alertUrl", ConfigDeclaration.StringType, secret: true);
        var plain = stack.DeclareConfig<string>("clusterLabel", ConfigDeclaration.StringType, secret: false);
        _ = Fixtures.Raw(stack, "wrapped", ResourceTypes.HelmRelease, Tree.Map(("values", Tree.Map(("url", Fn.Secret<string>(url)), ("label", plain)))));
        _ = Fixtures.Raw(stack, "bare", ResourceTypes.HelmRelease, Tree.Map(("values", Tree.Map(("receivers", Tree.List(Tree.Map(("url", Output.Format($"{url}?x=1")))))))));

        var report = Fixtures.Judge(stack, environment, Rule("MLD-CFG-001"));

        report.PassesOn("MLD-CFG-001", "wrapped");
        report.FailsOn("MLD-CFG-001", "bare",
            "properties.values.receivers[0].url refers to secret config ml-platform:alertUrl outside fn::secret");
    }

    // ---- MLD-MON-001 -------------------------------------------------------------------------

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Kube_prometheus_stack_on_eks_turns_off_control_plane_scraping(bool off)
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AwsDev);
        _ = Fixtures.Raw(stack, "eks", ResourceTypes.EksCluster, Tree.Map(("name", "ml")));
        var values = off
            ? Tree.Map(("kubeControllerManager", Tree.Map(("enabled", false))), ("kubeScheduler", Tree.Map(("enabled", false))), ("kubeEtcd", Tree.Map(("enabled", false))))
            : Tree.Map(("kubeScheduler", Tree.Map(("enabled", false))));
        _ = Fixtures.Raw(stack, "monitoring", ResourceTypes.HelmRelease, Tree.Map(("chart", "kube-prometheus-stack"), ("values", values)));

        var report = Fixtures.Judge(stack, environment, Rule("MLD-MON-001"));

        report.PassesOnlyIf(off, "MLD-MON-001", "monitoring", "kubeControllerManager.enabled", "kubeEtcd.enabled");
        Assert.DoesNotContain("kubeScheduler", report.Findings.SingleOrDefault()?.Message ?? "", StringComparison.Ordinal);
    }

    // ---- MLD-GPU-001 -------------------------------------------------------------------------

    [Theory]
    [InlineData(2, 2, true)]
    [InlineData(4, 4, false)]
    public void A_pools_node_groups_together_stay_within_its_recorded_maximum(int spot, int onDemand, bool passes)
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AwsDev);
        _ = Fixtures.Raw(stack, "rules", ResourceTypes.ConfigGroup, Tree.Map(("objs", Tree.List(Tree.Map(
            ("kind", "PrometheusRule"),
            ("spec", Tree.Map(("groups", Tree.List(Tree.Map(("name", "inventory"), ("rules", Tree.List(Tree.Map(
                ("record", Components.Monitoring.PlatformRules.PoolMaxNodes), ("expr", "vector(4)"), ("labels", Tree.Map(("pool", "gpu-infer"))))))))))))))));
        foreach (var (name, max) in new[] { ("spot", spot), ("on-demand", onDemand) })
        {
            _ = Fixtures.Raw(stack, name, ResourceTypes.EksNodeGroup, Tree.Map(
                ("labels", Tree.Map((Platform.Kubernetes.PlatformLabels.Pool, "gpu-infer"))),
                ("scalingConfig", Tree.Map(("minSize", 0), ("maxSize", max), ("desiredSize", 0)))));
        }

        var report = Fixtures.Judge(stack, environment, Rule("MLD-GPU-001"));

        if (passes)
        {
            report.PassesAll("MLD-GPU-001");
        }
        else
        {
            report.FailsOn("MLD-GPU-001", "spot", "records a maximum of 4 nodes");
            report.FailsOn("MLD-GPU-001", "on-demand", "scale to 8");
        }
    }

    // ---- MLD-KMS-001 -------------------------------------------------------------------------

    [Fact]
    public void A_key_only_its_alias_refers_to_warns_and_a_key_a_bucket_uses_passes()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AwsDev);
        var used = Fixtures.Raw(stack, "used-key", ResourceTypes.AwsKmsKey, Tree.Map(("description", "k")));
        var unused = Fixtures.Raw(stack, "unused-key", ResourceTypes.AwsKmsKey, Tree.Map(("description", "k")));
        _ = Fixtures.Raw(stack, "unused-alias", ResourceTypes.AwsKmsAlias, Tree.Map(("name", "alias/unused"), ("targetKeyId", unused.GetOutput<string>("keyId"))));
        _ = Fixtures.Raw(stack, "sse", ResourceTypes.S3Encryption, Tree.Map(
            ("bucket", "b"), ("rules", Tree.List(Tree.Map(("applyServerSideEncryptionByDefault", Tree.Map(("kmsMasterKeyId", used.GetOutput<string>("arn")))))))));

        var report = Fixtures.Judge(stack, environment, Rule("MLD-KMS-001"));

        report.PassesOn("MLD-KMS-001", "used-key");
        var finding = report.FindingOn("MLD-KMS-001", "unused-key");
        Assert.Equal(FindingStatus.Warned, finding.Status);
    }

    // ---- the family ---------------------------------------------------------------------------

    [Fact]
    public void Every_deployability_rule_runs_in_the_default_pack_with_its_prefix_and_a_fact_source()
    {
        var family = DefaultPack.Instance.Rules.Where(rule => rule.Family == RuleFamily.Deployability).ToList();

        Assert.Equal(DefaultPack.Deployability.Select(rule => rule.Id), family.Select(rule => rule.Id));
        Assert.All(family, rule =>
        {
            Assert.Matches("^MLD-[A-Z0-9]{3}-[0-9]{3}$", rule.Id);
            Assert.False(string.IsNullOrWhiteSpace(rule.FactSource), rule.Id);
            Assert.Empty(rule.Controls);
        });
        Assert.All(DefaultPack.Instance.Rules.Where(rule => rule.Family == RuleFamily.Compliance), rule => Assert.StartsWith("MLC-", rule.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void A_deployability_finding_is_suppressed_the_same_way_as_a_compliance_finding()
    {
        var report = Fixtures.Judge(EksWithGp3Class(withAddon: false), Fixtures.AwsDev, Rule("MLD-CSI-001"),
            new Suppression("MLD-CSI-001", "gp3", "the driver is installed by the platform team's own chart", "ml-platform:suppressions[0]"));

        Assert.Equal(FindingStatus.Suppressed, report.FindingOn("MLD-CSI-001", "gp3").Status);
        Assert.False(report.HasErrors);
    }
}
