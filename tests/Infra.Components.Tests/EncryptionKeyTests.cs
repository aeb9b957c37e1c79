using Infra.Components.Security;

namespace Infra.Components.Tests;

public class EncryptionKeyTests
{
    [Fact]
    public void On_aws_a_key_rotates_and_waits_a_short_window_outside_prod()
    {
        var stack = TestEnvironments.StackFor(TestEnvironments.AwsDev);
        _ = new EncryptionKey(stack, "data-key", TestEnvironments.AwsDev, new EncryptionKeyArgs { Purpose = "datasets" });

        var template = ProgramTemplate.From(stack);
        var key = template.HasResource("aws:kms/key:Key", "enableKeyRotation: true\ndeletionWindowInDays: 7");
        Assert.Null(ProgramTemplate.Scalar(template.Resource(key), "options.protect"));
        template.HasResource("aws:kms/alias:Alias", "name: alias/acme-dev-test-datasets\ntargetKeyId: ${data-key-key.keyId}");
        Assert.Empty(GraphChecker.Check(stack));
    }

    [Fact]
    public void In_prod_the_key_is_protected_retained_and_waits_thirty_days()
    {
        var stack = TestEnvironments.StackFor(TestEnvironments.AwsProd);
        _ = new EncryptionKey(stack, "data-key", TestEnvironments.AwsProd, new EncryptionKeyArgs { Purpose = "datasets" });

        ProgramTemplate.From(stack).HasResource("aws:kms/key:Key",
            "deletionWindowInDays: 30\ntags:\n  component: data-key\n  environment: prod",
            "protect: true\nretainOnDelete: true");
    }

    [Fact]
    public void The_key_component_exposes_the_key_id_and_arn_as_references()
    {
        var stack = TestEnvironments.StackFor(TestEnvironments.AwsDev);
        var key = new EncryptionKey(stack, "k", TestEnvironments.AwsDev, new EncryptionKeyArgs { Purpose = "p" });

        Assert.Equal("k-key.keyId", ((Infra.Core.Expressions.Reference)key.KeyId.Expression).Render());
        Assert.Equal("k-key.arn", ((Infra.Core.Expressions.Reference)key.KeyArn.Expression).Render());
    }
}

public class AlicloudEncryptionKeyTests
{
    private static readonly Infra.Platform.Environment.StackEnvironment ProdChina = TestEnvironments.For(
        Infra.Platform.Tier.Prod,
        new Infra.Platform.Catalog.RegionInfo(Infra.Platform.Cloud.Alicloud, "cn-beijing", "China (Beijing)",
            Infra.Platform.Jurisdiction.China, "alicloud", ["cn-beijing-a", "cn-beijing-b"]));

    [Fact]
    public void On_alibaba_cloud_the_key_rotates_yearly_and_is_deletion_protected_in_prod()
    {
        // The interval in the seconds DescribeKey returns (resource_alicloud_kms_key_test.go checks
        // "605800s" read back; see AlicloudFacts.KmsRotationInterval).
        var stack = TestEnvironments.StackFor(ProdChina);
        _ = new EncryptionKey(stack, "k", ProdChina, new EncryptionKeyArgs { Purpose = "datasets" });

        var template = ProgramTemplate.From(stack);
        template.HasResource("alicloud:kms/key:Key",
            "automaticRotation: Enabled\nrotationInterval: 31536000s\npendingWindowInDays: 30\ndeletionProtection: Enabled",
            "protect: true\nretainOnDelete: true\nprovider: ${alicloud}");
        template.HasResource("alicloud:kms/alias:Alias", "aliasName: alias/acme-prod-test-datasets\nkeyId: ${k-key.id}");
        Assert.Empty(GraphChecker.Check(stack));
    }
}
