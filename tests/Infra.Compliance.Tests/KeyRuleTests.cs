using Infra.Compliance.Rules.Keys;
using Infra.Components.Security;
using Infra.Components.Storage;
using Infra.Core.Resources;
using AliKms = Infra.Providers.Alicloud.Kms;
using AwsKms = Infra.Providers.Aws.Kms;

namespace Infra.Compliance.Tests;

public class StatefulProtectionRuleTests
{
    [Fact]
    public void Prod_buckets_and_keys_from_the_components_are_protected_and_retained()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AwsProd);
        _ = new MlDataStorage(stack, "data", environment, new MlDataStorageArgs());

        Fixtures.Judge(stack, environment, new StatefulProtectionRule()).PassesAll("MLC-STA-001");
    }

    [Fact]
    public void A_prod_cluster_without_protect_fails_and_a_key_without_retain_on_delete_fails()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AlicloudChinaProd);
        _ = Fixtures.Raw(stack, "cluster", ResourceTypes.AckCluster, Tree.Map(("name", "ml")));
        _ = new AliKms.Key(stack, "key", new AliKms.KeyArgs { AutomaticRotation = "Enabled" }, new ResourceOptions { Protect = true });

        var report = Fixtures.Judge(stack, environment, new StatefulProtectionRule());

        report.FailsOn("MLC-STA-001", "cluster", "is not protected (options.protect)");
        var key = report.FindingOn("MLC-STA-001", "key").Message;
        Assert.DoesNotContain("options.protect", key, StringComparison.Ordinal);
        Assert.Contains("options.retainOnDelete", key, StringComparison.Ordinal);
    }

    [Fact]
    public void Outside_prod_the_rule_does_not_apply()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AwsDev);
        _ = Fixtures.Raw(stack, "cluster", ResourceTypes.EksCluster, Tree.Map(("name", "ml")));

        var result = Fixtures.Judge(stack, environment, new StatefulProtectionRule()).Results.Single();

        Assert.Equal(Engine.RuleStatus.NotApplicable, result.Status);
    }
}

public class KeyRotationRuleTests
{
    [Fact]
    public void Keys_from_the_encryption_key_component_rotate_on_both_clouds()
    {
        foreach (var environment in new[] { Fixtures.AwsDev, Fixtures.AlicloudChina })
        {
            var stack = Fixtures.StackFor(environment);
            _ = new EncryptionKey(stack, "k", environment, new EncryptionKeyArgs { Purpose = "p" });

            Fixtures.Judge(stack, environment, new KeyRotationRule()).PassesAll("MLC-KMS-001");
        }
    }

    [Fact]
    public void A_symmetric_key_without_rotation_fails_and_an_asymmetric_one_is_not_judged()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AwsDev);
        _ = new AwsKms.Key(stack, "static", new AwsKms.KeyArgs { Description = "no rotation" });
        _ = Fixtures.Raw(stack, "signing", ResourceTypes.AwsKmsKey, Tree.Map(("customerMasterKeySpec", "RSA_2048"), ("keyUsage", "SIGN_VERIFY")));
        var china = Fixtures.AlicloudChina;
        var chinaStack = Fixtures.StackFor(china);
        _ = new AliKms.Key(chinaStack, "manual", new AliKms.KeyArgs { AutomaticRotation = "Disabled" });

        var report = Fixtures.Judge(stack, environment, new KeyRotationRule());

        report.FailsOn("MLC-KMS-001", "static", "enableKeyRotation is (not set), not true");
        Assert.Equal(1, report.Results.Single().Checked);
        Fixtures.Judge(chinaStack, china, new KeyRotationRule()).FailsOn("MLC-KMS-001", "manual", "automaticRotation is 'Disabled'");
    }
}
