using Infra.Compliance.Rules.Residency;
using Infra.Platform.Environment;
using Infra.Platform.State;

namespace Infra.Compliance.Tests;

public class StateResidencyRuleTests
{
    private const string ChinaBucket = "s3://acme-pulumi-state-cn?region=cn-northwest-1";
    private const string ChinaKey = "awskms://alias/acme-pulumi-secrets-cn?region=cn-northwest-1";

    private static ComplianceReport Judge(StackEnvironment environment, string? backend, string? secretsProvider, ComplianceRule rule)
    {
        var judged = environment with { State = new StackState(backend, secretsProvider) };
        return Fixtures.Judge(Fixtures.StackFor(judged), judged, rule);
    }

    [Fact]
    public void A_china_stack_with_state_and_key_in_a_china_region_passes()
    {
        Judge(Fixtures.AlicloudChina, ChinaBucket, ChinaKey, new StateResidencyRule()).PassesAll("MLC-RES-003");
        Judge(Fixtures.AwsChina, "s3://state?endpoint=oss-cn-beijing.aliyuncs.com&region=cn-beijing", ChinaKey, new StateResidencyRule()).PassesAll("MLC-RES-003");
    }

    [Theory]
    [InlineData("s3://acme-pulumi-state?region=us-east-1", "'us-east-1' is a global region")]
    [InlineData("https://api.pulumi.com", "Pulumi Cloud is hosted outside mainland China")]
    [InlineData(null, "no backend declared")]
    [InlineData("s3://state?endpoint=oss-cn-hongkong.aliyuncs.com", "'cn-hongkong' is a global region")]
    public void A_china_stack_whose_state_would_leave_china_fails_naming_the_key_to_set(string? backend, string said)
    {
        var finding = Judge(Fixtures.AlicloudChina, backend, ChinaKey, new StateResidencyRule()).FindingOn("MLC-RES-003", StateResidencyRule.BackendSubject);

        Assert.Equal(FindingStatus.Failed, finding.Status);
        Assert.Contains(said, finding.Message, StringComparison.Ordinal);
        Assert.Contains("set ml-platform:stateBackend", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("awskms://alias/acme-pulumi-secrets?region=us-west-2", "'us-west-2' is a global region")]
    [InlineData("awskms://arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab", "'us-east-1' is a global region")]
    [InlineData("default", "Pulumi Cloud's per-stack key is hosted outside mainland China")]
    public void A_china_stack_whose_secrets_key_is_outside_china_fails(string secretsProvider, string said)
    {
        var finding = Judge(Fixtures.AwsChina, ChinaBucket, secretsProvider, new StateResidencyRule()).FindingOn("MLC-RES-003", StateResidencyRule.SecretsSubject);

        Assert.Contains(said, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_global_stack_may_use_pulumi_cloud_but_not_a_china_bucket()
    {
        Judge(Fixtures.AwsDev, null, "default", new StateResidencyRule()).PassesAll("MLC-RES-003");

        var finding = Judge(Fixtures.AwsDev, ChinaBucket, null, new StateResidencyRule()).FindingOn("MLC-RES-003", StateResidencyRule.BackendSubject);
        Assert.Contains("'cn-northwest-1' is a China region", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "declares no secretsprovider:")]
    [InlineData("passphrase", "a passphrase (PULUMI_CONFIG_PASSPHRASE)")]
    [InlineData("hashivault://pulumi-stacks", "a hashivault:// key")]
    public void A_secrets_provider_that_is_missing_or_names_no_place_is_a_warning(string? secretsProvider, string said)
    {
        var finding = Judge(Fixtures.AlicloudChina, ChinaBucket, secretsProvider, new StateDeclarationRule()).FindingOn("MLC-RES-004", StateResidencyRule.SecretsSubject);

        Assert.Equal(FindingStatus.Warned, finding.Status);
        Assert.Contains(said, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_declared_secrets_provider_in_a_region_and_a_bucket_backend_warn_of_nothing()
    {
        Judge(Fixtures.AlicloudChina, ChinaBucket, ChinaKey, new StateDeclarationRule()).PassesAll("MLC-RES-004");
        var local = Judge(Fixtures.AlicloudChina, "file://~/state", ChinaKey, new StateDeclarationRule()).FindingOn("MLC-RES-004", StateResidencyRule.BackendSubject);
        Assert.Contains("the disk of the machine that runs pulumi", local.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_warning_on_a_stack_setting_can_be_accepted_as_its_message_says()
    {
        // The finding names the setting (secretsprovider), and says to add {rule, resource: <it>} to the suppressions.
        var judged = Fixtures.AlicloudChina with { State = new StackState(ChinaBucket, "passphrase") };
        var report = Fixtures.Judge(Fixtures.StackFor(judged), judged, new StateDeclarationRule(),
            new Suppression("MLC-RES-004", StateResidencyRule.SecretsSubject, "the passphrase is kept in KMS Secrets Manager in cn-beijing", "ml-platform:suppressions[0]"));

        Assert.Equal(FindingStatus.Suppressed, report.FindingOn("MLC-RES-004", StateResidencyRule.SecretsSubject).Status);
        Assert.DoesNotContain(report.Diagnostics, diagnostic => diagnostic.IsError);
    }
}
