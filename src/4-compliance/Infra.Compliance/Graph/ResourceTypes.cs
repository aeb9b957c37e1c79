using Infra.Platform;
namespace Infra.Compliance.Graph;

/// <summary>
/// The type tokens the rules judge, as the pinned provider SDKs register them (@pulumi/aws 7.48.0,
/// @pulumi/alicloud 3.108.0; checked against their .d.ts). Types other work adds later (clusters,
/// node pools) are named here so their rules hold the day those components land.
/// </summary>
public static class ResourceTypes
{
    public const string AwsProvider = "pulumi:providers:aws";
    public const string AlicloudProvider = "pulumi:providers:alicloud";

    public const string S3Bucket = "aws:s3/bucket:Bucket";
    public const string S3Versioning = "aws:s3/bucketVersioning:BucketVersioning";
    public const string S3Encryption = "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration";
    public const string S3PublicAccessBlock = "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock";
    public const string S3Policy = "aws:s3/bucketPolicy:BucketPolicy";
    public const string S3Logging = "aws:s3/bucketLogging:BucketLogging";
    public const string S3Lifecycle = "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration";
    public const string S3Acl = "aws:s3/bucketAcl:BucketAcl";

    public const string OssBucket = "alicloud:oss/bucket:Bucket";
    public const string OssVersioning = "alicloud:oss/bucketVersioning:BucketVersioning";
    public const string OssEncryption = "alicloud:oss/bucketServerSideEncryption:BucketServerSideEncryption";
    public const string OssPublicAccessBlock = "alicloud:oss/bucketPublicAccessBlock:BucketPublicAccessBlock";
    public const string OssAcl = "alicloud:oss/bucketAcl:BucketAcl";
    public const string OssPolicy = "alicloud:oss/bucketPolicy:BucketPolicy";
    public const string OssLogging = "alicloud:oss/bucketLogging:BucketLogging";

    public const string AwsKmsKey = "aws:kms/key:Key";
    public const string AlicloudKmsKey = "alicloud:kms/key:Key";

    public const string EksCluster = "aws:eks/cluster:Cluster";
    public const string EksNodeGroup = "aws:eks/nodeGroup:NodeGroup";
    public const string LaunchTemplate = "aws:ec2/launchTemplate:LaunchTemplate";
    public const string AckCluster = "alicloud:cs/managedKubernetes:ManagedKubernetes";
    public const string AckNodePool = "alicloud:cs/nodePool:NodePool";

    public const string AwsVpc = "aws:ec2/vpc:Vpc";
    public const string AwsFlowLog = "aws:ec2/flowLog:FlowLog";
    public const string AlicloudVpc = "alicloud:vpc/network:Network";
    public const string AlicloudFlowLog = "alicloud:vpc/flowLog:FlowLog";

    public const string AwsSecurityGroup = "aws:ec2/securityGroup:SecurityGroup";
    public const string AwsDefaultSecurityGroup = "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup";
    public const string AwsSecurityGroupRule = "aws:ec2/securityGroupRule:SecurityGroupRule";
    public const string AwsIngressRule = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule";
    public const string AlicloudSecurityGroup = "alicloud:ecs/securityGroup:SecurityGroup";
    public const string AlicloudSecurityGroupRule = "alicloud:ecs/securityGroupRule:SecurityGroupRule";

    public const string S3ObjectLock = "aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration";
    public const string S3Replication = "aws:s3/bucketReplicationConfig:BucketReplicationConfig";
    public const string OssReplication = "alicloud:oss/bucketReplication:BucketReplication";
    public const string OssWorm = "alicloud:oss/bucketObjectWormConfiguration:BucketObjectWormConfiguration";

    public const string AwsKmsAlias = "aws:kms/alias:Alias";
    public const string AlicloudKmsAlias = "alicloud:kms/alias:Alias";

    public const string IamRole = "aws:iam/role:Role";
    public const string IamRolePolicy = "aws:iam/rolePolicy:RolePolicy";
    public const string IamPolicy = "aws:iam/policy:Policy";
    public const string IamRolePolicyAttachment = "aws:iam/rolePolicyAttachment:RolePolicyAttachment";
    public const string IamOidcProvider = "aws:iam/openIdConnectProvider:OpenIdConnectProvider";
    public const string RamRole = "alicloud:ram/role:Role";
    public const string RamPolicy = "alicloud:ram/policy:Policy";
    public const string RamRolePolicyAttachment = "alicloud:ram/rolePolicyAttachment:RolePolicyAttachment";

    public const string EksAddon = "aws:eks/addon:Addon";

    public const string StorageClass = "kubernetes:storage.k8s.io/v1:StorageClass";
    public const string PersistentVolumeClaim = "kubernetes:core/v1:PersistentVolumeClaim";
    public const string HelmRelease = "kubernetes:helm.sh/v3:Release";
    public const string ConfigGroup = "kubernetes:yaml/v2:ConfigGroup";
    public const string PrometheusRule = "kubernetes:monitoring.coreos.com/v1:PrometheusRule";

    /// <summary>The platform's stateful types (<see cref="StatefulTypes"/>): protected in prod, flagged by <c>infra diff</c>.</summary>
    public static IReadOnlySet<string> Stateful { get; } = Set([.. StatefulTypes.Tokens.Keys]);

    public static IReadOnlySet<string> Set(params string[] types) => new HashSet<string>(types, StringComparer.Ordinal);
}
