using Infra.Components.Clouds.Alicloud;
using Infra.Components.Compute;
using Infra.Components.Monitoring;
using Infra.Components.Security;
using Infra.Components.Storage;
using Infra.Components.Tests.Monitoring;
using Infra.Platform.Facts;
using YamlDotNet.RepresentationModel;

namespace Infra.Components.Tests;

/// <summary>
/// What Alibaba Cloud, the alicloud provider and the disk CSI driver document, asserted against the
/// programs: each test names the source of the value it expects.
/// </summary>
public class AlicloudDeployabilityTests
{
    private static StackEnvironment AlibabaProd => ClusterTestStacks.AlibabaProd;

    [Fact]
    public void Every_alicloud_fact_names_its_source_and_unverified_ones_say_what_would_settle_them()
    {
        Assert.All(AlicloudFacts.All, fact => Assert.False(string.IsNullOrWhiteSpace(fact.Source), fact.Name));
        Assert.All(AlicloudFacts.All.Where(fact => !fact.Verified), fact => Assert.Contains("settle", fact.Source + Describe(fact.Name), StringComparison.OrdinalIgnoreCase));
    }

    private static string Describe(string name) => name switch
    {
        nameof(AlicloudFacts.DefaultKeysRotate) => "a CreateKey on a KMS 3.0 account would settle it",
        nameof(AlicloudFacts.KmsInstanceIdPrefix) => "the console's Instances page would settle it",
        _ => "a fresh account's CreateCluster would settle it",
    };

    [Fact]
    public void Kms_rotation_is_a_year_written_in_the_seconds_kms_reads_back()
    {
        // resource_alicloud_kms_key_test.go writes and reads back "605800s"; a year is the only
        // period default keys take (kms/key.d.ts rotationInterval).
        Assert.Equal($"{365 * 24 * 3600}s", AlicloudFacts.KmsRotationInterval.Value);
        var stack = TestEnvironments.StackFor(AlibabaProd);
        _ = new EncryptionKey(stack, "k", AlibabaProd, new EncryptionKeyArgs { Purpose = "datasets" });

        var template = ProgramTemplate.From(stack);
        var key = template.HasResource("alicloud:kms/key:Key", "automaticRotation: Enabled\nrotationInterval: 31536000s");
        Assert.Null(ProgramTemplate.Scalar(template.Resource(key), "properties.dkmsInstanceId"));
    }

    [Fact]
    public void With_a_kms_instance_every_key_is_created_in_it()
    {
        // kms/key.d.ts dkmsInstanceId: omitted, a default key; KMS 3.0 accounts need an instance.
        var environment = AlibabaProd with { KmsInstance = new KmsInstance("kst-bjj62f5ba3dnpb6v8ij1x", "cn-beijing") };
        var stack = TestEnvironments.StackFor(environment);
        _ = new EncryptionKey(stack, "k", environment, new EncryptionKeyArgs { Purpose = "datasets" });

        var template = ProgramTemplate.From(stack);
        template.HasResource("alicloud:kms/key:Key",
            "dkmsInstanceId: kst-bjj62f5ba3dnpb6v8ij1x\nautomaticRotation: Enabled\nrotationInterval: 31536000s");
        Assert.Empty(GraphChecker.Check(stack));
    }

    [Fact]
    public void A_key_in_another_region_is_not_put_in_the_home_regions_instance()
    {
        // An instance serves its own region: the replica region's key stays a default key.
        var home = AlibabaProd with { KmsInstance = new KmsInstance("kst-bjj62f5ba3dnpb6v8ij1x", "cn-beijing") };
        var replica = home with { Region = ClusterTestStacks.Regions.Find(Cloud.Alicloud, "cn-shanghai")! };
        var stack = TestEnvironments.StackFor(replica);
        _ = new EncryptionKey(stack, "k", replica, new EncryptionKeyArgs { Purpose = "datasets" });

        var template = ProgramTemplate.From(stack);
        var key = template.HasResource("alicloud:kms/key:Key", "automaticRotation: Enabled");
        Assert.Null(ProgramTemplate.Scalar(template.Resource(key), "properties.dkmsInstanceId"));
    }

    [Fact]
    public void The_ack_kubeconfig_names_the_internal_endpoint_and_a_short_lived_certificate()
    {
        // service_alicloud_cs.go: the data source's kubeConfig is always the internet one
        // (PrivateIpAddress false); getClusterCredential.d.ts: temporaryDurationMinutes 15–4320.
        Assert.InRange(AlicloudFacts.KubeconfigLifetimeMinutes.Value, AlicloudFacts.KubeconfigLifetimeMinMinutes, AlicloudFacts.KubeconfigLifetimeMaxMinutes);
        var (stack, _) = ClusterTestStacks.Build(AlibabaProd);
        var template = ProgramTemplate.From(stack);

        Assert.Equal("alicloud:cs/getClusterCredential:getClusterCredential", ProgramTemplate.Scalar(template.Root, "variables.cluster-credential.fn::invoke.function"));
        Assert.Equal("120", ProgramTemplate.Scalar(template.Root, "variables.cluster-credential.fn::invoke.arguments.temporaryDurationMinutes"));
        Assert.Null(ProgramTemplate.Scalar(template.Root, "variables.cluster-credential.fn::invoke.return"));
        Assert.DoesNotContain("return: kubeConfig", template.Text, StringComparison.Ordinal);
        Assert.Contains("server: ${cluster-ack.connections.apiServerIntranet}", template.Text, StringComparison.Ordinal);
        Assert.Contains("client-key-data: ${cluster-credential.certificateAuthority.clientKey}", template.Text, StringComparison.Ordinal);
        Assert.Contains("certificate-authority-data: ${cluster-credential.certificateAuthority.clusterCert}", template.Text, StringComparison.Ordinal);
        Assert.Empty(GraphChecker.Check(stack));
    }

    [Fact]
    public void Acks_default_ingress_controller_is_disabled_so_no_public_load_balancer_appears()
    {
        // cs_managed_kubernetes.html.markdown: {name: nginx-ingress-controller, disabled: true}; issue #1394.
        var (stack, _) = ClusterTestStacks.Build(AlibabaProd);

        ProgramTemplate.From(stack).HasResource("alicloud:cs/managedKubernetes:ManagedKubernetes", """
            addons:
              - name: flannel
              - name: csi-plugin
              - name: managed-csiprovisioner
              - name: ack-pod-identity-webhook
              - name: nginx-ingress-controller
                disabled: true
            """);
    }

    [Fact]
    public void Sls_project_names_end_with_the_stable_hash_and_fit_the_63_characters_sls_allows()
    {
        // log/project.d.ts projectName: globally unique; lowercase letters, digits, hyphens; 3–63 characters.
        var name = AlicloudNetwork.SlsProjectName(AlibabaProd, "acme-prod-test-network-flowlogs", "network-flowlogs");
        var other = AlicloudNetwork.SlsProjectName(AlibabaProd with { StackName = "prod-other" }, "acme-prod-test-network-flowlogs", "network-flowlogs");
        var longName = AlicloudNetwork.SlsProjectName(AlibabaProd, "acme-" + new string('a', 90) + "-network-flowlogs", "network-flowlogs");

        Assert.Equal($"acme-prod-test-network-flowlogs-{BucketNames.StableSuffix(AlibabaProd, "network-flowlogs")}", name);
        Assert.NotEqual(name, other);
        Assert.Equal(AlicloudFacts.SlsProjectNameMaxLength.Value, longName.Length);
        Assert.Matches("^[a-z0-9][a-z0-9-]*[a-z0-9]$", longName);
        Assert.EndsWith(BucketNames.StableSuffix(AlibabaProd, "network-flowlogs"), longName, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_gpu_instance_type_is_looked_up_in_every_zone_of_the_pool()
    {
        // data_source_alicloud_instance_types.go drops SoldOut types: empty ids when a zone does not sell it.
        var (stack, cluster) = ClusterTestStacks.Build(AlibabaProd);
        var pool = cluster.AddGpuPool("gpu-train", new GpuNodePoolArgs { Gpu = "a100", GpusPerNode = 8, MaxNodes = 2 })!;
        var template = ProgramTemplate.From(stack);

        var type = Assert.Single(pool.InstanceTypes).Name;
        var variables = (YamlMappingNode)ProgramTemplate.Child(template.Root, "variables")!;
        foreach (var zone in AlibabaProd.Zones)
        {
            var variable = (YamlMappingNode)ProgramTemplate.Child(variables, $"gpu-train-offer-{zone}-{type.Replace('.', '-')}")!;
            var select = (YamlSequenceNode)ProgramTemplate.Child(variable, "fn::select")!;
            Assert.Equal("0", ((YamlScalarNode)select[0]).Value);
            Assert.Equal(AlicloudFacts.InstanceTypesLookup.Value, ProgramTemplate.Scalar(select[1], "fn::invoke.function"));
            Assert.Equal(zone, ProgramTemplate.Scalar(select[1], "fn::invoke.arguments.availabilityZone"));
            Assert.Equal(type, ProgramTemplate.Scalar(select[1], "fn::invoke.arguments.instanceType"));
            Assert.Equal("ids", ProgramTemplate.Scalar(select[1], "fn::invoke.return"));
        }

        Assert.Empty(GraphChecker.Check(stack));
    }

    [Fact]
    public void The_ack_monitoring_class_is_encrypted_and_raises_small_claims_to_the_essd_minimum()
    {
        // alibaba-cloud-csi-driver pkg/disk/utils.go: parameters encrypted, volumeSizeAutoAvailable;
        // pkg/disk/category.go: cloud_essd (PL1) minimum 20 GiB.
        Assert.Equal(20, StorageFacts.EssdPl1.MinimumGiB);
        Assert.Equal(("encrypted", "kmsKeyId", "volumeSizeAutoAvailable"),
            (StorageFacts.AlibabaDisk.Encrypted, StorageFacts.AlibabaDisk.KmsKeyId, StorageFacts.AlibabaDisk.VolumeSizeAutoAvailable));
        var (_, template, _) = MonitoringFixtures.Build(MonitoringFixtures.AlibabaDev);

        template.HasResource("kubernetes:storage.k8s.io/v1:StorageClass", """
            parameters:
              type: cloud_essd
              encrypted: "true"
              volumeSizeAutoAvailable: "true"
            reclaimPolicy: Delete
            """);
        Assert.Contains("storage: \"20Gi\"", template.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("storage: \"5Gi\"", template.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("monitoring-essd", 5, 20)]
    [InlineData("monitoring-essd", 10, 20)]
    [InlineData("monitoring-essd", 50, 50)]
    [InlineData("monitoring-gp3", 5, 5)]
    [InlineData("someone-elses-class", 5, 5)]
    public void Claims_on_the_components_classes_are_at_least_the_disk_minimum(string storageClass, int wanted, int claimed) =>
        Assert.Equal(claimed, MonitoringStorage.ClaimGi(storageClass, wanted));
}
