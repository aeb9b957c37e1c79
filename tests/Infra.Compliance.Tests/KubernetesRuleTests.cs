using Infra.Compliance.Packs;
using Infra.Compliance.Rules.Kubernetes;
using Infra.Components.Security;
using Infra.Testing;

namespace Infra.Compliance.Tests;

/// <summary>
/// The cluster rules against crafted EKS and ACK clusters written with the providers' real type
/// tokens and input names (the compliant ones are <see cref="CraftedResources"/>, which the
/// conformance tests check against the SDKs), so they hold when the cluster components land.
/// </summary>
public class KubernetesRuleTests
{
    [Theory]
    [InlineData("MLC-K8S-001")]
    [InlineData("MLC-K8S-002")]
    [InlineData("MLC-K8S-003")]
    public void Compliant_eks_and_ack_clusters_pass(string rule)
    {
        var aws = Fixtures.AwsDev;
        var awsStack = Fixtures.StackFor(aws);
        _ = Fixtures.Raw(awsStack, "eks", ResourceTypes.EksCluster, CraftedResources.Eks(new EncryptionKey(awsStack, "k", aws, new EncryptionKeyArgs { Purpose = "p" }).KeyArn));
        var ali = Fixtures.AlicloudChina;
        var aliStack = Fixtures.StackFor(ali);
        _ = Fixtures.Raw(aliStack, "ack", ResourceTypes.AckCluster, CraftedResources.Ack(new EncryptionKey(aliStack, "k", ali, new EncryptionKeyArgs { Purpose = "p" }).KeyId));

        Fixtures.Judge(awsStack, aws, DefaultPack.Instance.Find(rule)!).PassesOn(rule, "eks");
        Fixtures.Judge(aliStack, ali, DefaultPack.Instance.Find(rule)!).PassesOn(rule, "ack");
    }

    [Fact]
    public void A_public_eks_endpoint_passes_only_with_listed_cidrs_that_are_not_anywhere()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AwsDev);
        MapValue Vpc(params (string, object?)[] settings) => Tree.Map(("vpcConfig", Tree.Map([("subnetIds", Fixtures.Strings("subnet-a")), .. settings])));
        _ = Fixtures.Raw(stack, "default-public", ResourceTypes.EksCluster, Vpc());
        _ = Fixtures.Raw(stack, "open", ResourceTypes.EksCluster, Vpc(("endpointPublicAccess", true), ("publicAccessCidrs", Tree.List("203.0.113.0/24", "0.0.0.0/0"))));
        _ = Fixtures.Raw(stack, "listed", ResourceTypes.EksCluster, Vpc(("endpointPublicAccess", true), ("publicAccessCidrs", Fixtures.Strings("203.0.113.0/24"))));

        var report = Fixtures.Judge(stack, environment, new ClusterEndpointRule());

        report.FailsOn("MLC-K8S-001", "default-public", "publicAccessCidrs is not set, so EKS opens it to 0.0.0.0/0");
        report.FailsOn("MLC-K8S-001", "open", "to 0.0.0.0/0");
        report.PassesOn("MLC-K8S-001", "listed");
    }

    [Fact]
    public void An_ack_cluster_with_the_default_internet_load_balancer_fails_the_endpoint_rule()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AlicloudChina);
        _ = Fixtures.Raw(stack, "ack", ResourceTypes.AckCluster, Tree.Map(("clusterSpec", "ack.pro.small")));

        Fixtures.Judge(stack, environment, new ClusterEndpointRule()).FailsOn("MLC-K8S-001", "ack", "slbInternetEnabled defaults to true");
    }

    [Fact]
    public void Clusters_without_audit_logs_fail_the_logging_rule()
    {
        var aws = Fixtures.AwsDev;
        var awsStack = Fixtures.StackFor(aws);
        _ = Fixtures.Raw(awsStack, "eks", ResourceTypes.EksCluster, Tree.Map(("enabledClusterLogTypes", Fixtures.Strings("api"))));
        var ali = Fixtures.AlicloudChina;
        var aliStack = Fixtures.StackFor(ali);
        _ = Fixtures.Raw(aliStack, "ack", ResourceTypes.AckCluster, Tree.Map(("controlPlaneLogComponents", Fixtures.Strings("apiserver"))));

        Fixtures.Judge(awsStack, aws, new ControlPlaneLoggingRule()).FailsOn("MLC-K8S-002", "eks", "lacks audit, authenticator");
        Fixtures.Judge(aliStack, ali, new ControlPlaneLoggingRule()).FailsOn("MLC-K8S-002", "ack", "auditLogConfig.enabled is not true");
    }

    [Fact]
    public void Clusters_without_kms_envelope_encryption_of_secrets_fail()
    {
        var aws = Fixtures.AwsDev;
        var awsStack = Fixtures.StackFor(aws);
        _ = Fixtures.Raw(awsStack, "eks", ResourceTypes.EksCluster, Tree.Map(("encryptionConfig", Tree.Map(("resources", Fixtures.Strings("configmaps"))))));
        var ali = Fixtures.AlicloudChina;
        var aliStack = Fixtures.StackFor(ali);
        _ = Fixtures.Raw(aliStack, "ack", ResourceTypes.AckCluster, Tree.Map(("encryptionProviderKey", "key-1"), ("disableEncryption", true)));

        var eks = Fixtures.Judge(awsStack, aws, new SecretsEncryptionRule()).FindingOn("MLC-K8S-003", "eks").Message;
        Assert.Contains("does not include secrets", eks, StringComparison.Ordinal);
        Assert.Contains("keyArn is not set", eks, StringComparison.Ordinal);
        Fixtures.Judge(aliStack, ali, new SecretsEncryptionRule()).FailsOn("MLC-K8S-003", "ack", "disableEncryption is true");
    }
}
