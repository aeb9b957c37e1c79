using Infra.Platform;
using AliKms = Infra.Providers.Alicloud.Kms;
using AliLog = Infra.Providers.Alicloud.Log;
using AliVpc = Infra.Providers.Alicloud.Vpc;
using AwsKms = Infra.Providers.Aws.Kms;
using AwsLogs = Infra.Providers.Aws.CloudWatch;
using AwsS3 = Infra.Providers.Aws.S3;
using AwsVpcRules = Infra.Providers.Aws.Vpc;
using Cs = Infra.Providers.Alicloud.Cs;
using Ec2 = Infra.Providers.Aws.Ec2;
using Eks = Infra.Providers.Aws.Eks;
using Helm = Infra.Providers.Kubernetes.Helm.V3;
using Iam = Infra.Providers.Aws.Iam;
using K8sStorage = Infra.Providers.Kubernetes.Storage.V1;
using Oss = Infra.Providers.Alicloud.Oss;
using Ram = Infra.Providers.Alicloud.Ram;
using Yaml = Infra.Providers.Kubernetes.Yaml.V2;

namespace Infra.Compliance.Graph;

/// <summary>
/// The type tokens the rules judge. Each token the platform emits is defined once, on its typed
/// provider class (<c>Token</c>, generated from the provider schema and checked by conformance against
/// the pinned SDKs); the few written out here are types the platform does not emit but the rules
/// still judge when a program has them (an ACL, a security group rule, a claim, a custom resource).
/// </summary>
public static class ResourceTypes
{
    public const string AwsProvider = TypeTokens.ProviderPrefix + "aws";
    public const string AlicloudProvider = TypeTokens.ProviderPrefix + "alicloud";
    public const string KubernetesProvider = TypeTokens.ProviderPrefix + "kubernetes";

    public const string S3Bucket = AwsS3.Bucket.Token;
    public const string S3Versioning = AwsS3.BucketVersioning.Token;
    public const string S3Encryption = AwsS3.BucketServerSideEncryptionConfiguration.Token;
    public const string S3PublicAccessBlock = AwsS3.BucketPublicAccessBlock.Token;
    public const string S3Policy = AwsS3.BucketPolicy.Token;
    public const string S3Logging = AwsS3.BucketLogging.Token;
    public const string S3Lifecycle = AwsS3.BucketLifecycleConfiguration.Token;
    public const string S3Acl = "aws:s3/bucketAcl:BucketAcl";

    public const string OssBucket = Oss.Bucket.Token;
    public const string OssVersioning = Oss.BucketVersioning.Token;
    public const string OssEncryption = Oss.BucketServerSideEncryption.Token;
    public const string OssPublicAccessBlock = Oss.BucketPublicAccessBlock.Token;
    public const string OssAcl = Oss.BucketAcl.Token;
    public const string OssPolicy = Oss.BucketPolicy.Token;
    public const string OssLogging = Oss.BucketLogging.Token;

    public const string AwsKmsKey = AwsKms.Key.Token;
    public const string AlicloudKmsKey = AliKms.Key.Token;

    public const string EksCluster = Eks.Cluster.Token;
    public const string EksNodeGroup = Eks.NodeGroup.Token;
    public const string LaunchTemplate = Ec2.LaunchTemplate.Token;
    public const string AckCluster = Cs.ManagedKubernetes.Token;
    public const string AckNodePool = Cs.NodePool.Token;

    public const string AwsVpc = Ec2.Vpc.Token;
    public const string AwsFlowLog = Ec2.FlowLog.Token;
    public const string AlicloudVpc = AliVpc.Network.Token;
    public const string AwsRoute = Ec2.Route.Token;
    public const string AlicloudRouteEntry = AliVpc.RouteEntry.Token;
    public const string AlicloudFlowLog = AliVpc.FlowLog.Token;

    // Where logs are kept: CloudWatch Logs log groups, Simple Log Service projects and logstores.
    public const string AwsLogGroup = AwsLogs.LogGroup.Token;
    public const string AlicloudLogProject = AliLog.Project.Token;
    public const string AlicloudLogStore = AliLog.Store.Token;

    public const string AwsSecurityGroup = "aws:ec2/securityGroup:SecurityGroup";
    public const string AwsDefaultSecurityGroup = Ec2.DefaultSecurityGroup.Token;
    public const string AwsSecurityGroupRule = "aws:ec2/securityGroupRule:SecurityGroupRule";
    public const string AwsIngressRule = AwsVpcRules.SecurityGroupIngressRule.Token;
    public const string AlicloudSecurityGroup = "alicloud:ecs/securityGroup:SecurityGroup";
    public const string AlicloudSecurityGroupRule = "alicloud:ecs/securityGroupRule:SecurityGroupRule";

    public const string S3ObjectLock = AwsS3.BucketObjectLockConfiguration.Token;
    public const string S3Replication = AwsS3.BucketReplicationConfig.Token;
    public const string OssReplication = Oss.BucketReplication.Token;
    public const string OssWorm = Oss.BucketObjectWormConfiguration.Token;

    public const string AwsKmsAlias = AwsKms.Alias.Token;
    public const string AlicloudKmsAlias = AliKms.Alias.Token;

    public const string IamRole = Iam.Role.Token;
    public const string IamRolePolicy = Iam.RolePolicy.Token;
    public const string IamPolicy = Iam.Policy.Token;
    public const string IamRolePolicyAttachment = Iam.RolePolicyAttachment.Token;
    public const string IamOidcProvider = Iam.OpenIdConnectProvider.Token;
    public const string RamRole = Ram.Role.Token;
    public const string RamPolicy = Ram.Policy.Token;
    public const string RamRolePolicyAttachment = Ram.RolePolicyAttachment.Token;

    public const string EksAddon = Eks.Addon.Token;

    public const string StorageClass = K8sStorage.StorageClass.Token;
    public const string PersistentVolumeClaim = "kubernetes:core/v1:PersistentVolumeClaim";
    public const string HelmRelease = Helm.Release.Token;
    public const string ConfigGroup = Yaml.ConfigGroup.Token;
    public const string PrometheusRule = "kubernetes:monitoring.coreos.com/v1:PrometheusRule";

    /// <summary>The platform's stateful types (<see cref="StatefulTypes"/>): protected in prod, flagged by <c>infra diff</c>.</summary>
    public static IReadOnlySet<string> Stateful { get; } = Set([.. StatefulTypes.Tokens.Keys]);

    public static IReadOnlySet<string> Set(params string[] types) => new HashSet<string>(types, StringComparer.Ordinal);
}
