using Infra.Platform.Facts;

namespace Infra.Components.Tests.Logging;

/// <summary>The logging facts as their sources state them.</summary>
public class LoggingFactsTests
{
    /// <summary>CloudWatch Logs User Guide, encrypt-log-data-kms: Principal.Service "logs.region.amazonaws.com".</summary>
    [Theory]
    [InlineData("us-west-2", "amazonaws.com", "logs.us-west-2.amazonaws.com")]
    [InlineData("cn-northwest-1", "amazonaws.com.cn", "logs.cn-northwest-1.amazonaws.com.cn")]
    public void The_cloudwatch_logs_principal_is_regional(string region, string suffix, string principal) =>
        Assert.Equal(principal, LoggingFacts.CloudWatchLogsPrincipal(region, suffix));

    [Fact]
    public void The_key_policy_grants_the_actions_and_condition_the_user_guide_shows()
    {
        Assert.Equal(["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"], LoggingFacts.KmsActionsForLogs.Value.ToArray());
        Assert.Equal("kms:EncryptionContext:aws:logs:arn", LoggingFacts.LogsEncryptionContextKey.Value);
    }

    /// <summary>PutRetentionPolicy's valid values: 1, 3, 5, 7, 14, 30, 60, 90, … 3653; nothing between.</summary>
    [Theory]
    [InlineData(1, true)]
    [InlineData(30, true)]
    [InlineData(90, true)]
    [InlineData(365, true)]
    [InlineData(3653, true)]
    [InlineData(31, false)]
    [InlineData(366, false)]
    [InlineData(3650, false)]
    public void Cloudwatch_accepts_only_the_listed_retentions(int days, bool accepted) =>
        Assert.Equal(accepted, LoggingFacts.CloudWatchRetentionDays.Value.Contains(days));

    [Fact]
    public void A_logstore_keeps_one_to_3650_days_and_encrypts_with_the_service_key_as_default()
    {
        Assert.Equal((1, 3650), LoggingFacts.SlsRetentionRange.Value);
        Assert.Equal("default", LoggingFacts.SlsServiceKeyEncryption.Value);
    }

    [Fact]
    public void The_ack_collector_add_on_and_the_xid_marker_are_the_documented_ones()
    {
        Assert.Equal("logtail-ds", LoggingFacts.AckLogAddon.Value);
        Assert.Equal("NVRM: Xid", LoggingFacts.XidKernelMarker.Value);
        Assert.False(LoggingFacts.FluentBitAutoCreateGroupDefault.Value);
    }

    [Fact]
    public void Every_fact_names_its_source_and_an_unverified_one_says_what_would_settle_it()
    {
        Assert.NotEmpty(LoggingFacts.All);
        Assert.All(LoggingFacts.All, fact => Assert.False(string.IsNullOrWhiteSpace(fact.Source), fact.Name));
        Assert.All(LoggingFacts.All.Where(fact => !fact.Verified), fact => Assert.Contains("settle", fact.Source, StringComparison.Ordinal));
    }
}
