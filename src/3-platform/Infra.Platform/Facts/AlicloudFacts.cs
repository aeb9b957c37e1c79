namespace Infra.Platform.Facts;

/// <summary>
/// Alibaba Cloud facts the ACK, KMS and SLS components rely on (alicloud 3.108.0, built from
/// terraform-provider-alicloud ≈ v1.294). Components read them from here and repeat none.
/// </summary>
public static class AlicloudFacts
{
    /// <summary>
    /// A year of automatic key rotation, written as KMS returns it. The provider sends
    /// <c>rotation_interval</c> unchanged to CreateKey/UpdateRotationPolicy and Read sets it straight
    /// from DescribeKey's <c>RotationInterval</c> with no diff suppression; its acceptance test writes
    /// <c>"605800s"</c> and checks the state holds <c>"605800s"</c> after the read. <c>"365d"</c> would
    /// read back as seconds and show a change on every preview. A year is also the only period that
    /// default keys (no KMS instance) accept, per the SDK's <c>rotationInterval</c> doc.
    /// </summary>
    public static Fact<string> KmsRotationInterval { get; } = new("31536000s",
        "terraform-provider-alicloud alicloud/resource_alicloud_kms_key.go (Read: d.Set(\"rotation_interval\", objectRaw[\"RotationInterval\"])); alicloud/resource_alicloud_kms_key_test.go (rotation_interval \"605800s\" written and checked); @pulumi/alicloud 3.108.0 kms/key.d.ts rotationInterval (default keys: fixed 365 days; software keys 7–365 days; hardware keys: none)");

    /// <summary>
    /// Whether a key without a KMS instance (a "default key") may rotate. The rotation API's doc says
    /// only software keys in KMS instances rotate; the SDK doc says default keys rotate on a fixed 365
    /// days; the provider's own acceptance test (TestAccAliCloudKmsKey_basic8855, no
    /// <c>dkms_instance_id</c>) enables rotation at 605800s and expects success. The stacks follow the
    /// provider and the SDK doc (rotation on, a year) [unverified]: a CreateKey with
    /// EnableAutomaticRotation on a KMS 3.0 account without an instance would settle it.
    /// </summary>
    public static Fact<bool> DefaultKeysRotate { get; } = new(true,
        "terraform-provider-alicloud alicloud/resource_alicloud_kms_key_test.go TestAccAliCloudKmsKey_basic8855 (rotation on a key without dkms_instance_id); @pulumi/alicloud 3.108.0 kms/key.d.ts rotationInterval; contradicted by Alibaba Cloud KMS API 'UpdateRotationPolicy' ('Only symmetric keys in KMS instances of the software key management type support key rotation')",
        Verified: false);

    /// <summary>
    /// KMS instance IDs start with <c>kst-</c> (e.g. <c>kst-bjj62f5ba3dnpb6v8ij1x</c>) [unverified
    /// beyond documentation examples: the console's Instances page shows the real form].
    /// </summary>
    public static Fact<string> KmsInstanceIdPrefix { get; } = new("kst-",
        "Alibaba Cloud KMS documentation examples of DKMSInstanceId (CreateKey API reference); @pulumi/alicloud 3.108.0 kms/key.d.ts dkmsInstanceId",
        Verified: false);

    /// <summary>
    /// The kubeconfig credential's lifetime, in minutes. The data source accepts 15–4320; omitted, ACK
    /// issues a long-lived certificate (years) that would sit in the state. Two hours cover one
    /// <c>pulumi up</c> (the cluster's own create timeout is 60 minutes); every run fetches a new one.
    /// </summary>
    public static Fact<int> KubeconfigLifetimeMinutes { get; } = new(120,
        "@pulumi/alicloud 3.108.0 cs/getClusterCredential.d.ts temporaryDurationMinutes (15–4320 minutes); terraform-provider-alicloud alicloud/service_alicloud_cs.go DescribeClusterKubeConfigWithExpiration (sets TemporaryDurationMinutes when > 0)");

    public const int KubeconfigLifetimeMinMinutes = 15;

    public const int KubeconfigLifetimeMaxMinutes = 4320;

    /// <summary>
    /// The kubeconfig the data source returns is always the internet one: the provider hard-codes
    /// <c>PrivateIpAddress: false</c> and offers no input to change it. A private cluster's API is
    /// reached on <c>connections.apiServerIntranet</c>, which Read fills from DescribeClusterDetail's
    /// <c>master_url.intranet_api_server_endpoint</c> (a URL, <c>https://10.x.y.z:6443</c>).
    /// </summary>
    public static Fact<string> IntranetEndpointOutput { get; } = new("connections.apiServerIntranet",
        "terraform-provider-alicloud alicloud/service_alicloud_cs.go DescribeClusterKubeConfigWithExpiration (PrivateIpAddress: tea.Bool(false)); alicloud/resource_alicloud_cs_managed_kubernetes.go (connection[\"api_server_intranet\"] = endPoint[\"intranet_api_server_endpoint\"]); @pulumi/alicloud 3.108.0 types/output.d.ts ManagedKubernetesConnections");

    /// <summary>
    /// ACK installs nginx-ingress-controller by default on a new cluster unless the add-on list
    /// disables it, and that controller brings an internet-facing load balancer even on a cluster
    /// with <c>slbInternetEnabled: false</c>.
    /// </summary>
    public static Fact<string> DefaultIngressAddon { get; } = new("nginx-ingress-controller",
        "terraform-provider-alicloud website/docs/r/cs_managed_kubernetes.html.markdown (addons example: nginx-ingress-controller, 'to disable install nginx-ingress-controller automatically', disabled = true); aliyun/terraform-provider-alicloud issue #1394 (public SLB created with slb_internet_enabled = false)");

    /// <summary>SLS project names: globally unique, 3–63 lowercase letters, digits and hyphens, starting and ending with a letter or digit.</summary>
    public static Fact<int> SlsProjectNameMaxLength { get; } = new(63,
        "@pulumi/alicloud 3.108.0 log/project.d.ts projectName ('globally unique in Alibaba Cloud'; lowercase letters, digits, hyphens; 3 to 63 characters)");

    /// <summary>
    /// The lookup that lists the instance types a zone sells. With <c>availabilityZone</c> and
    /// <c>instanceType</c> it calls DescribeAvailableResource for the zone and drops types whose
    /// status is SoldOut: a zone that does not sell the type yields empty <c>ids</c> and no error
    /// (an unknown or sold-out zone is an error of its own).
    /// </summary>
    public static Fact<string> InstanceTypesLookup { get; } = new("alicloud:ecs/getInstanceTypes:getInstanceTypes",
        "terraform-provider-alicloud alicloud/data_source_alicloud_instance_types.go (skips SupportedResource with Status SoldOut); alicloud/service_alicloud_ecs.go DescribeAvailableResources (error when the zone is not available or sold out); @pulumi/alicloud 3.108.0 ecs/getInstanceTypes.d.ts");

    /// <summary>
    /// ACK's service roles, authorised once per account by RAM Quick Authorization (or Terraform, per
    /// ACK's 'Activate ACK and assign roles to ACK'); nothing in a stack creates them, since they are
    /// account-wide and two stacks in one account would fight over them.
    /// <c>AliyunCSManagedSecurityRole</c> is what Secrets encryption with KMS needs and
    /// <c>AliyunCSManagedAutoScalerRole</c> is an optional role the cluster autoscaler needs.
    /// </summary>
    public static Fact<IReadOnlyList<string>> AckServiceRoles { get; } = new(
        ["AliyunCSDefaultRole", "AliyunCSManagedKubernetesRole", "AliyunCSKubernetesAuditRole", "AliyunCSManagedNetworkRole",
            "AliyunCSManagedCsiRole", "AliyunCSManagedCmsRole", "AliyunCSManagedLogRole", "AliyunCSManagedSecurityRole", "AliyunCSManagedAutoScalerRole"],
        "ACK documentation 'ACK roles' (alibabacloud.com/help/doc-detail/86483.htm, quick authorization and optional roles); 'Use KMS to encrypt Kubernetes Secrets' (AliyunCSManagedSecurityRole); @pulumi/alicloud 3.108.0 cs/managedKubernetes.d.ts ('confirm Authorization Policy used by Container Service before using this resource') [unverified: which of the roles ACK checks at CreateCluster needs a fresh account]",
        Verified: false);

    public static IReadOnlyList<FactEntry> All { get; } =
    [
        new(nameof(KmsRotationInterval), KmsRotationInterval.Value, KmsRotationInterval.Source, KmsRotationInterval.Verified),
        new(nameof(DefaultKeysRotate), DefaultKeysRotate.Value, DefaultKeysRotate.Source, DefaultKeysRotate.Verified),
        new(nameof(KmsInstanceIdPrefix), KmsInstanceIdPrefix.Value, KmsInstanceIdPrefix.Source, KmsInstanceIdPrefix.Verified),
        new(nameof(KubeconfigLifetimeMinutes), KubeconfigLifetimeMinutes.Value, KubeconfigLifetimeMinutes.Source, KubeconfigLifetimeMinutes.Verified),
        new(nameof(IntranetEndpointOutput), IntranetEndpointOutput.Value, IntranetEndpointOutput.Source, IntranetEndpointOutput.Verified),
        new(nameof(DefaultIngressAddon), DefaultIngressAddon.Value, DefaultIngressAddon.Source, DefaultIngressAddon.Verified),
        new(nameof(SlsProjectNameMaxLength), SlsProjectNameMaxLength.Value, SlsProjectNameMaxLength.Source, SlsProjectNameMaxLength.Verified),
        new(nameof(InstanceTypesLookup), InstanceTypesLookup.Value, InstanceTypesLookup.Source, InstanceTypesLookup.Verified),
        new(nameof(AckServiceRoles), AckServiceRoles.Value, AckServiceRoles.Source, AckServiceRoles.Verified),
    ];
}
