namespace Infra.Platform.Facts;

/// <summary>
/// How long a physical name may be and what it may contain: the input <paramref name="Input"/> (a
/// dotted path) of resources of type <paramref name="Type"/>, as the cloud documents it.
/// <paramref name="Pattern"/> is the whole name's shape (anchored); the length is checked apart.
/// </summary>
public sealed record NameLimitFact(string Type, string Input, int MinLength, int MaxLength, string Pattern, string Source, bool Verified = true);

/// <summary>What a cloud accepts as a tag key and value.</summary>
public sealed record TagLimitFact(
    string Cloud, int KeyMaxLength, int ValueMaxLength, string Pattern, IReadOnlyList<string> ReservedKeyPrefixes,
    IReadOnlyList<string> ReservedValuePrefixes, IReadOnlyList<string> ForbiddenSubstrings, string Source, bool Verified = true);

/// <summary>
/// The documented limits of every name the programs set physically (IAM and RAM roles, clusters,
/// node groups, keys' aliases, log groups …) and of tags. Names the platform builds are fitted to
/// them with a stable hash (<see cref="Naming.PhysicalNames"/>); values a stack sets itself
/// (owner, cost centre) are held to them by the config schema.
/// </summary>
public static class NameLimitFacts
{
    private const string IamQuotas = "AWS IAM User Guide, 'IAM and AWS STS quotas': 'IAM name requirements' (alphanumeric and + = , . @ _ -) and 'IAM object quotas' (role name 64, policy name 128 characters)";

    /// <summary>IAM role names: 64 characters of <c>[\w+=,.@-]</c>.</summary>
    public static NameLimitFact IamRoleName { get; } = new("aws:iam/role:Role", "name", 1, 64, @"^[\w+=,.@-]+$", IamQuotas);

    /// <summary>IAM managed policy names: 128 characters of <c>[\w+=,.@-]</c>.</summary>
    public static NameLimitFact IamPolicyName { get; } = new("aws:iam/policy:Policy", "name", 1, 128, @"^[\w+=,.@-]+$", IamQuotas);

    /// <summary>EKS cluster names: 100 characters, a letter or digit first, then letters, digits, hyphens and underscores.</summary>
    public static NameLimitFact EksClusterName { get; } = new("aws:eks/cluster:Cluster", "name", 1, 100, "^[0-9A-Za-z][A-Za-z0-9_-]*$",
        "Amazon EKS API Reference, CreateCluster: name, length 1-100, pattern ^[0-9A-Za-z][A-Za-z0-9\\-_]*; EKS User Guide ('can't be longer than 100 characters')");

    /// <summary>EKS managed node group names: 63 characters, a letter or digit first, then hyphens and underscores too.</summary>
    public static NameLimitFact EksNodeGroupName { get; } = new("aws:eks/nodeGroup:NodeGroup", "nodeGroupName", 1, 63, "^[0-9A-Za-z][A-Za-z0-9_-]*$",
        "Amazon EKS User Guide, 'Create a managed node group' (awsdocs/amazon-eks-user-guide latest/ug/nodes/create-managed-node-group.adoc: 'The node group name can't be longer than 63 characters. It must start with letter or digit, but can also include hyphens and underscores')");

    /// <summary>
    /// Launch template name prefixes: the name is 3-128 characters of <c>[a-zA-Z0-9().\-/_]</c>, and
    /// the provider appends a 26-character unique suffix to the prefix, so the prefix may have 102.
    /// </summary>
    public static NameLimitFact LaunchTemplateNamePrefix { get; } = new("aws:ec2/launchTemplate:LaunchTemplate", "namePrefix", 1, 128 - 26, @"^[a-zA-Z0-9().\-/_]+$",
        "Amazon EC2 API Reference, CreateLaunchTemplate: LaunchTemplateName, length 3-128, pattern [a-zA-Z0-9\\(\\)\\.\\-/_]+; terraform-plugin-sdk helper/id (UniqueIDSuffixLength = 26), used by the AWS provider for name_prefix");

    /// <summary>EC2 placement group names: up to 255 ASCII characters.</summary>
    public static NameLimitFact PlacementGroupName { get; } = new("aws:ec2/placementGroup:PlacementGroup", "name", 1, 255, "^[\\x20-\\x7E]+$",
        "Amazon EC2 API Reference, CreatePlacementGroup: GroupName ('Constraints: Up to 255 ASCII characters')");

    /// <summary>CloudWatch Logs group names: 512 characters of <c>[.\-_/#A-Za-z0-9]</c>.</summary>
    public static NameLimitFact LogGroupName { get; } = new("aws:cloudwatch/logGroup:LogGroup", "name", 1, 512, @"^[.\-_/#A-Za-z0-9]+$",
        "Amazon CloudWatch Logs API Reference, CreateLogGroup: logGroupName, length 1-512, pattern [\\.\\-_/#A-Za-z0-9]+");

    /// <summary>KMS alias names: <c>alias/</c> then letters, digits, <c>/ _ -</c>; 256 characters in all.</summary>
    public static NameLimitFact KmsAliasName { get; } = new("aws:kms/alias:Alias", "name", 1, 256, "^alias/(?!aws/)[a-zA-Z0-9/_-]+$",
        "AWS KMS API Reference, CreateAlias: AliasName, length 1-256, pattern ^[a-zA-Z0-9:/_-]+$, must begin with alias/ and must not begin with alias/aws/");

    /// <summary>RAM role names: 64 characters of letters, digits, periods and hyphens.</summary>
    public static NameLimitFact RamRoleName { get; } = new("alicloud:ram/role:Role", "roleName", 1, 64, "^[A-Za-z0-9.-]+$",
        "Alibaba Cloud RAM API, CreateRole: RoleName ('1 to 64 characters in length, and can contain letters, digits, periods (.), and hyphens (-)')");

    /// <summary>RAM policy names: 128 characters of letters, digits and hyphens.</summary>
    public static NameLimitFact RamPolicyName { get; } = new("alicloud:ram/policy:Policy", "policyName", 1, 128, "^[A-Za-z0-9-]+$",
        "Alibaba Cloud RAM API, CreatePolicy: PolicyName ('1 to 128 characters in length and can contain letters, digits, and hyphens (-)')");

    /// <summary>ACK cluster names: 1-63 characters.</summary>
    public static NameLimitFact AckClusterName { get; } = new("alicloud:cs/managedKubernetes:ManagedKubernetes", "name", 1, 63, "^[A-Za-z0-9][A-Za-z0-9_-]*$",
        "aliyun/terraform-provider-alicloud alicloud/resource_alicloud_cs_managed_kubernetes.go (name: StringLenBetween(1, 63)); the character set is the ACK console's (letters, digits, hyphens, underscores, starting with a letter or digit) [unverified: the CreateCluster API page does not state it; a CreateCluster call with a name outside it would settle it]",
        Verified: false);

    /// <summary>ACK node pool names: at most 63 characters.</summary>
    public static NameLimitFact AckNodePoolName { get; } = new("alicloud:cs/nodePool:NodePool", "nodePoolName", 1, 63, "^[A-Za-z0-9][A-Za-z0-9_-]*$",
        "ACK console, node pool name (1-63 characters) [unverified: neither CreateClusterNodePool's API page nor the provider's resource_alicloud_cs_kubernetes_node_pool.go validates it; a CreateClusterNodePool call with a 64-character name would settle it]",
        Verified: false);

    /// <summary>KMS alias names on Alibaba Cloud: <c>alias/</c> then letters, digits, <c>_ - /</c>; 255 characters in all.</summary>
    public static NameLimitFact AlicloudKmsAliasName { get; } = new("alicloud:kms/alias:Alias", "aliasName", 1, 255, "^alias/[a-zA-Z0-9/_-]+$",
        "Alibaba Cloud KMS API, CreateAlias: AliasName (starts with alias/, 1-255 characters, letters, digits, underscores, hyphens, slashes) [unverified here: the provider's resource_alicloud_kms_alias.go does not validate it]",
        Verified: false);

    /// <summary>Simple Log Service project names: 3-63 lowercase letters, digits and hyphens, a letter or digit at both ends.</summary>
    public static NameLimitFact SlsProjectName { get; } = new("alicloud:log/project:Project", "projectName", 3, 63, "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$",
        "Simple Log Service, CreateProject / create_project (name globally unique, lowercase letters, digits and hyphens, starts and ends with a letter or digit, 3 to 63 characters); aliyun/terraform-provider-alicloud resource_alicloud_log_project.go");

    private const string NotAUrl = "^(?!https?://)\\S.*$";

    /// <summary>VPC names: 1-128 characters, not starting with <c>http://</c> or <c>https://</c>.</summary>
    public static NameLimitFact AlicloudVpcName { get; } = new("alicloud:vpc/network:Network", "vpcName", 1, 128, NotAUrl,
        "Alibaba Cloud VPC API, CreateVpc: VpcName ('1 to 128 characters in length and cannot start with http:// or https://')");

    /// <summary>vSwitch names: 1-128 characters, not starting with <c>http://</c> or <c>https://</c>.</summary>
    public static NameLimitFact AlicloudVswitchName { get; } = new("alicloud:vpc/switch:Switch", "vswitchName", 1, 128, NotAUrl,
        "Alibaba Cloud VPC API, CreateVSwitch: VSwitchName ('1 to 128 characters in length and cannot start with http:// or https://')");

    /// <summary>NAT gateway names: 2-128 characters, a letter first.</summary>
    public static NameLimitFact AlicloudNatGatewayName { get; } = new("alicloud:vpc/natGateway:NatGateway", "natGatewayName", 2, 128, "^[A-Za-z].*$",
        "Alibaba Cloud VPC API, CreateNatGateway: Name (2 to 128 characters, starts with a letter, cannot start with http:// or https://) [unverified: read from memory of the API page, not re-read here]",
        Verified: false);

    /// <summary>EIP names: 1-128 characters, a letter first, letters, digits, periods, underscores and hyphens.</summary>
    public static NameLimitFact AlicloudEipName { get; } = new("alicloud:ecs/eipAddress:EipAddress", "addressName", 1, 128, "^[A-Za-z][A-Za-z0-9._-]*$",
        "Alibaba Cloud VPC API, AllocateEipAddress: Name (1 to 128 characters, starts with a letter; letters, digits, periods, underscores, hyphens) [unverified: read from memory of the API page, not re-read here]",
        Verified: false);

    /// <summary>SNAT entry names: 2-128 characters, a letter first.</summary>
    public static NameLimitFact AlicloudSnatEntryName { get; } = new("alicloud:vpc/snatEntry:SnatEntry", "snatEntryName", 2, 128, "^[A-Za-z][A-Za-z0-9._-]*$",
        "Alibaba Cloud VPC API, CreateSnatEntry: SnatEntryName (2 to 128 characters, starts with a letter; letters, digits, periods, underscores, hyphens) [unverified: read from memory of the API page, not re-read here]",
        Verified: false);

    /// <summary>Flow log names: 1-128 characters, a letter first.</summary>
    public static NameLimitFact AlicloudFlowLogName { get; } = new("alicloud:vpc/flowLog:FlowLog", "flowLogName", 1, 128, "^[A-Za-z].*$",
        "Alibaba Cloud VPC API, CreateFlowLog: FlowLogName (1 to 128 characters, starts with a letter, cannot start with http:// or https://) [unverified: read from memory of the API page, not re-read here]",
        Verified: false);

    /// <summary>Kubernetes namespace names: RFC 1123 DNS labels of at most 63 characters.</summary>
    public static NameLimitFact KubernetesNamespaceName { get; } = new("kubernetes:core/v1:Namespace", "metadata.name", 1, 63, "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",
        "Kubernetes documentation, 'Object Names and IDs': DNS label names (RFC 1123), at most 63 characters; namespaces are DNS labels");

    /// <summary>Every name limit, for the checks that walk a program.</summary>
    public static IReadOnlyList<NameLimitFact> All { get; } =
    [
        IamRoleName, IamPolicyName, EksClusterName, EksNodeGroupName, LaunchTemplateNamePrefix, PlacementGroupName, LogGroupName, KmsAliasName,
        RamRoleName, RamPolicyName, AckClusterName, AckNodePoolName, AlicloudKmsAliasName, SlsProjectName, AlicloudVpcName, AlicloudVswitchName,
        AlicloudNatGatewayName, AlicloudEipName, AlicloudSnatEntryName, AlicloudFlowLogName, KubernetesNamespaceName,
    ];

    /// <summary>
    /// AWS tags: keys up to 128 and values up to 256 Unicode characters of letters, numbers,
    /// spaces and <c>_ . : / = + - @</c>; the <c>aws:</c> key prefix is AWS's own.
    /// </summary>
    public static TagLimitFact AwsTags { get; } = new("aws", 128, 256, @"^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$", ["aws:"], [], [],
        "AWS Tagging Best Practices, 'Tag naming limits and requirements' (key 128, value 256 Unicode characters; letters, numbers, spaces and _ . : / = + - @; aws: reserved); Resource Groups Tagging API, Tag: pattern ^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$");

    /// <summary>
    /// Alibaba Cloud tags: keys and values up to 128 characters; a key must not start with
    /// <c>aliyun</c> or <c>acs:</c>, a value not with <c>acs:</c>, and neither may contain <c>http://</c> or <c>https://</c>.
    /// </summary>
    public static TagLimitFact AlicloudTags { get; } = new("alicloud", 128, 128, "^.*$", ["aliyun", "acs:"], ["acs:"], ["http://", "https://"],
        "Alibaba Cloud API Tag structure (e.g. E-MapReduce 'Tag': key up to 128 characters, cannot start with aliyun or acs:, cannot contain http:// or https://; value up to 128 characters, cannot start with acs:, cannot contain http:// or https://); ROS ALIYUN::SLS::Project Tags");

    /// <summary>Kubernetes label values: at most 63 characters, alphanumerics at both ends, <c>- _ .</c> between.</summary>
    public static TagLimitFact KubernetesLabels { get; } = new("kubernetes", 317, 63, "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$", [], [], [],
        "Kubernetes documentation, 'Labels and Selectors', 'Syntax and character set' (value: 63 characters or less, empty or beginning and ending with an alphanumeric, with dashes, underscores, dots and alphanumerics between; name part of a key 63, prefix a DNS subdomain up to 253)");

    /// <summary>EKS managed node group labels: keys and values of at most 63 characters.</summary>
    public static Fact<int> EksNodeGroupLabelMaxLength { get; } = new(63,
        "Amazon EKS API Reference, CreateNodegroup / UpdateLabelsPayload: labels, key and value length 1-63");
}
