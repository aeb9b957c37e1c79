using Infra.Compliance.Packs;
using Infra.Components.Storage;
using Infra.Core.Graph;
using Infra.Providers.Aws.S3;
using Oss = Infra.Providers.Alicloud.Oss;

namespace Infra.Compliance.Tests;

/// <summary>Every storage rule passes on the StorageBucket component (S3 and OSS) and fails on a bucket built to break it.</summary>
public class StorageRuleTests
{
    public static TheoryData<string> Rules => ["MLC-BKT-001", "MLC-BKT-002", "MLC-BKT-003", "MLC-BKT-004", "MLC-BKT-005", "MLC-BKT-006"];

    private static ComplianceRule Rule(string id) => DefaultPack.Instance.Find(id)!;

    [Theory]
    [MemberData(nameof(Rules))]
    public void The_ml_data_buckets_pass_on_aws(string rule)
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AwsProd);
        _ = new MlDataStorage(stack, "data", environment, new MlDataStorageArgs());

        Fixtures.Judge(stack, environment, Rule(rule)).PassesAll(rule);
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void The_ml_data_buckets_pass_on_alibaba_cloud(string rule)
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AlicloudChinaProd);
        _ = new MlDataStorage(stack, "data", environment, new MlDataStorageArgs());

        Fixtures.Judge(stack, environment, Rule(rule)).PassesAll(rule);
    }

    /// <summary>A bare S3 bucket tagged with a data class, and nothing attached.</summary>
    private static Bucket S3(Scope stack, string name, string? dataClass = "datasets") => new(stack, name, new BucketArgs
    {
        Bucket = $"acme-dev-us-west-2-{name}",
        Tags = dataClass is null ? null : new InputMap<string> { ["data-class"] = dataClass },
    });

    [Fact]
    public void An_s3_bucket_encrypted_with_s3_managed_keys_fails_the_kms_rule_unless_it_receives_access_logs()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AwsDev);
        foreach (var name in new[] { "plain", "log-target" })
        {
            var bucket = S3(stack, name);
            _ = new BucketServerSideEncryptionConfiguration(stack, name + "-encryption", new BucketServerSideEncryptionConfigurationArgs
            {
                Bucket = bucket.Id,
                Rules = [new EncryptionRuleArgs { ApplyServerSideEncryptionByDefault = new EncryptionByDefaultArgs { SseAlgorithm = "AES256" } }],
            });
        }

        var source = S3(stack, "source");
        _ = new BucketLogging(stack, "source-logging", new BucketLoggingArgs { Bucket = source.Id, TargetBucket = "acme-dev-us-west-2-log-target", TargetPrefix = "source/" });

        var report = Fixtures.Judge(stack, environment, Rule("MLC-BKT-001"));

        report.FailsOn("MLC-BKT-001", "plain", "default encryption is 'AES256' without a customer-managed KMS key");
        report.FailsOn("MLC-BKT-001", "source", "no default encryption");
        report.PassesOn("MLC-BKT-001", "log-target");
    }

    [Fact]
    public void An_oss_bucket_with_the_service_key_or_aes256_fails_the_kms_rule()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AlicloudChina);
        var bucket = new Oss.Bucket(stack, "b", new Oss.BucketArgs { Bucket = "acme-dev-b" });
        _ = new Oss.BucketServerSideEncryption(stack, "b-encryption", new Oss.BucketServerSideEncryptionArgs { Bucket = bucket.Id, SseAlgorithm = "KMS" });

        Fixtures.Judge(stack, environment, Rule("MLC-BKT-001")).FailsOn("MLC-BKT-001", "b", "without a customer KMS key");
    }

    [Fact]
    public void A_dataset_bucket_or_an_unclassified_one_without_versioning_fails_and_a_checkpoint_bucket_is_not_judged()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AwsDev);
        var datasets = S3(stack, "datasets");
        _ = new BucketVersioning(stack, "datasets-versioning", new BucketVersioningArgs
        {
            Bucket = datasets.Id,
            VersioningConfiguration = new VersioningConfigurationArgs { Status = "Suspended" },
        });
        _ = S3(stack, "unknown", dataClass: null);
        _ = S3(stack, "checkpoints", dataClass: "checkpoints");

        var report = Fixtures.Judge(stack, environment, Rule("MLC-BKT-002"));

        report.FailsOn("MLC-BKT-002", "datasets", "holds datasets but its versioning is 'Suspended'");
        report.FailsOn("MLC-BKT-002", "unknown", "has no data-class tag but has no versioning");
        Assert.Equal(2, report.Results.Single().Checked);
    }

    [Fact]
    public void A_public_access_block_with_a_setting_off_or_a_public_acl_fails()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AlicloudChina);
        var bucket = new Oss.Bucket(stack, "b", new Oss.BucketArgs { Bucket = "acme-dev-b" });
        _ = new Oss.BucketPublicAccessBlock(stack, "b-pab", new Oss.BucketPublicAccessBlockArgs { Bucket = bucket.Id, BlockPublicAccess = true });
        _ = new Oss.BucketAcl(stack, "b-acl", new Oss.BucketAclArgs { Bucket = bucket.Id, Acl = "public-read" });
        var aws = Fixtures.AwsDev;
        var awsStack = Fixtures.StackFor(aws);
        var s3 = S3(awsStack, "s3");
        _ = new BucketPublicAccessBlock(awsStack, "s3-pab", new BucketPublicAccessBlockArgs
        {
            Bucket = s3.Id,
            BlockPublicAcls = true,
            BlockPublicPolicy = true,
            IgnorePublicAcls = true,
            RestrictPublicBuckets = false,
        });

        Fixtures.Judge(stack, environment, Rule("MLC-BKT-003")).FailsOn("MLC-BKT-003", "b", "has ACL 'public-read'");
        Fixtures.Judge(awsStack, aws, Rule("MLC-BKT-003")).FailsOn("MLC-BKT-003", "s3", "leaves restrictPublicBuckets off");
    }

    [Fact]
    public void A_bucket_policy_without_a_tls_deny_fails_and_one_given_as_a_json_string_is_read()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AwsDev);
        var open = S3(stack, "open");
        _ = new BucketPolicy(stack, "open-policy", new BucketPolicyArgs
        {
            Bucket = open.Id,
            Policy = """{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:DeleteBucket","Resource":"*"}]}""",
        });
        var tls = S3(stack, "tls");
        _ = new BucketPolicy(stack, "tls-policy", new BucketPolicyArgs
        {
            Bucket = tls.Id,
            Policy = """{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":{"AWS":"*"},"Action":["s3:*"],"Resource":"*","Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}""",
        });
        _ = S3(stack, "none");

        var report = Fixtures.Judge(stack, environment, Rule("MLC-BKT-004"));

        report.FailsOn("MLC-BKT-004", "open", "no bucket policy statement denies requests without TLS");
        report.FailsOn("MLC-BKT-004", "none", "has no bucket policy");
        report.PassesOn("MLC-BKT-004", "tls");
    }

    [Fact]
    public void A_bucket_without_access_logging_fails_and_the_log_bucket_itself_is_not_judged()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AlicloudChina);
        var logs = new Oss.Bucket(stack, "logs", new Oss.BucketArgs { Bucket = "acme-dev-logs" });
        var logged = new Oss.Bucket(stack, "logged", new Oss.BucketArgs { Bucket = "acme-dev-logged" });
        _ = new Oss.BucketLogging(stack, "logged-logging", new Oss.BucketLoggingArgs { Bucket = logged.Id, TargetBucket = logs.Id });
        _ = new Oss.Bucket(stack, "silent", new Oss.BucketArgs { Bucket = "acme-dev-silent" });

        var report = Fixtures.Judge(stack, environment, Rule("MLC-BKT-005"));

        report.FindingOn("MLC-BKT-005", "silent");
        report.PassesOn("MLC-BKT-005", "logged");
        Assert.Equal(2, report.Results.Single().Checked);
    }

    [Fact]
    public void A_bucket_without_an_enabled_lifecycle_rule_is_a_warning_that_does_not_fail_the_synthesis()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AwsDev);
        var bucket = S3(stack, "b");
        _ = new BucketLifecycleConfiguration(stack, "b-lifecycle", new BucketLifecycleConfigurationArgs
        {
            Bucket = bucket.Id,
            Rules = [new LifecycleRuleArgs { Id = "off", Status = "Disabled" }],
        });

        var report = Fixtures.Judge(stack, environment, Rule("MLC-BKT-006"));

        Assert.Equal(FindingStatus.Warned, report.FindingOn("MLC-BKT-006", "b").Status);
        Assert.False(report.HasErrors);
        Assert.Equal(RuleStatus.Warned, report.Results.Single().Status);
    }

    [Fact]
    public void Settings_attached_by_the_bucket_s_literal_name_count_like_references()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AwsDev);
        _ = S3(stack, "named");
        _ = new BucketLifecycleConfiguration(stack, "named-lifecycle", new BucketLifecycleConfigurationArgs
        {
            Bucket = "acme-dev-us-west-2-named",
            Rules = [new LifecycleRuleArgs { Id = "on", Status = "Enabled" }],
        });

        Fixtures.Judge(stack, environment, Rule("MLC-BKT-006")).PassesOn("MLC-BKT-006", "named");
    }
}
