using Infra.Components.Clouds;
using Infra.Components.Logging;
using Infra.Platform.Facts;

namespace Infra.Components.Tests.Logging;

public class LogRetentionTests
{
    [Theory]
    [InlineData(Tier.Dev, 30)]
    [InlineData(Tier.Staging, 90)]
    [InlineData(Tier.Prod, 365)]
    public void Each_tier_keeps_its_logs_as_long_as_its_flow_logs(Tier tier, int days) =>
        Assert.Equal(days, LogRetention.DaysFor(tier));

    [Theory]
    [InlineData(Tier.Dev)]
    [InlineData(Tier.Staging)]
    [InlineData(Tier.Prod)]
    public void Every_tier_retention_is_one_both_log_services_accept(Tier tier)
    {
        var days = LogRetention.DaysFor(tier);
        Assert.True(CloudRealizations.For(Cloud.Aws).Logging.AcceptsRetention(days));
        Assert.True(CloudRealizations.For(Cloud.Alicloud).Logging.AcceptsRetention(days));
    }
}

public class CloudWatchLoggingTests
{
    [Fact]
    public void Each_stream_goes_to_a_log_group_of_the_program_with_the_tier_retention_and_the_stack_key()
    {
        var (stack, _, template) = LoggingFixtures.Build(TestEnvironments.AwsProd);

        template.HasResource("aws:cloudwatch/logGroup:LogGroup",
            "name: /ml-platform/prod-test/acme-prod-test/containers\nretentionInDays: 365\nkmsKeyId: ${logging-logs-key-key.arn}");
        template.HasResource("aws:cloudwatch/logGroup:LogGroup",
            "name: /ml-platform/prod-test/acme-prod-test/nodes\nretentionInDays: 365\nkmsKeyId: ${logging-logs-key-key.arn}");
        Assert.Empty(GraphChecker.Check(stack));
    }

    /// <summary>
    /// CloudWatch Logs User Guide, 'Encrypt log data in CloudWatch Logs using AWS KMS': the key policy
    /// names the regional principal logs.&lt;region&gt;.amazonaws.com and ties the grant to the account's
    /// log groups through kms:EncryptionContext:aws:logs:arn.
    /// </summary>
    [Fact]
    public void The_key_policy_lets_cloudwatch_logs_of_the_region_use_the_key_for_the_accounts_log_groups()
    {
        var (_, _, template) = LoggingFixtures.Build(TestEnvironments.AwsProd);

        var key = template.Resource("logging-logs-key-key");
        var text = template.Text;
        Assert.Contains("Service: logs.us-east-1.amazonaws.com", text, StringComparison.Ordinal);
        Assert.Contains("kms:EncryptionContext:aws:logs:arn: \"arn:aws:logs:us-east-1:${aws-account-id}:log-group:*\"", text, StringComparison.Ordinal);
        Assert.Contains("AWS: arn:aws:iam::${aws-account-id}:root", text, StringComparison.Ordinal);
        foreach (var action in new[] { "kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*" })
        {
            Assert.Contains(action, text, StringComparison.Ordinal);
        }

        Assert.Equal("true", ProgramTemplate.Scalar(key, "properties.enableKeyRotation"));
    }

    [Fact]
    public void In_aws_china_the_logs_principal_and_arns_are_the_partitions()
    {
        var (_, _, template) = LoggingFixtures.Build(ClusterTestStacks.AwsChina);

        Assert.Contains("Service: logs.cn-north-1.amazonaws.com.cn", template.Text, StringComparison.Ordinal);
        Assert.Contains("arn:aws-cn:logs:cn-north-1:${aws-account-id}:log-group:*", template.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_collector_may_write_streams_into_its_groups_and_may_not_create_groups()
    {
        var (_, _, template) = LoggingFixtures.Build(TestEnvironments.AwsDev);

        var policy = ProgramTemplate.Child(template.Resource("logging-collector-policy"), "properties")!;
        var writer = new StringWriter();
        new YamlDotNet.RepresentationModel.YamlStream(new YamlDotNet.RepresentationModel.YamlDocument(policy)).Save(writer, assignAnchors: false);
        var text = writer.ToString();
        Assert.All(["logs:CreateLogStream", "logs:PutLogEvents", "${logging-containers-logs.arn}", "${logging-nodes-logs.arn}"],
            granted => Assert.Contains(granted, text, StringComparison.Ordinal));
        Assert.All(["CreateLogGroup", "PutRetentionPolicy", "logs:*"], denied => Assert.DoesNotContain(denied, text, StringComparison.Ordinal));
    }

    [Fact]
    public void Fluent_bit_is_the_catalogued_chart_bound_to_its_irsa_role_and_never_creates_groups()
    {
        var (_, _, template) = LoggingFixtures.Build(TestEnvironments.AwsDev);

        template.HasResource("kubernetes:helm.sh/v3:Release", $"""
            chart: {ChartFacts.AwsForFluentBit.Name}
            version: {ChartFacts.AwsForFluentBit.Version}
            namespace: kube-system
            values:
              cloudWatchLogs:
                enabled: true
                match: kube.*
                region: us-west-2
                logGroupName: /ml-platform/dev-test/acme-dev-test/containers
                autoCreateGroup: false
              serviceAccount:
                name: aws-for-fluent-bit
                annotations:
                  eks.amazonaws.com/role-arn: {"${logging-collector-role.arn}"}
              tolerations:
                - operator: Exists
            """);
        Assert.False(LoggingFacts.FluentBitAutoCreateGroupDefault.Value);
    }

    [Fact]
    public void The_kernel_xid_counter_is_scraped_and_alerted_on()
    {
        var (_, logging, template) = LoggingFixtures.Build(TestEnvironments.AwsDev);

        Assert.True(logging.KernelFaultAlert);
        var values = template.Text;
        Assert.Contains("Regex               MESSAGE NVRM: Xid", values, StringComparison.Ordinal);
        Assert.Contains("Systemd_Filter      _TRANSPORT=kernel", values, StringComparison.Ordinal);
        var group = template.Resource("logging-gpu-fault-alert");
        var objs = (YamlDotNet.RepresentationModel.YamlSequenceNode)ProgramTemplate.Child((YamlDotNet.RepresentationModel.YamlMappingNode)ProgramTemplate.Child(group, "properties")!, "objs")!;
        Assert.Equal(["ServiceMonitor", "PrometheusRule"], objs.Children.Select(obj => ProgramTemplate.Scalar(obj, "kind")));
        Assert.Contains(GpuKernelFaultRules.AlertName, values, StringComparison.Ordinal);
    }
}

public class SlsLoggingTests
{
    [Fact]
    public void Each_stream_goes_to_an_encrypted_logstore_with_the_tier_retention()
    {
        var (stack, _, template) = LoggingFixtures.Build(ClusterTestStacks.AlibabaProd);

        template.ResourceCountIs("alicloud:log/project:Project", 2); // the network's flow logs and the cluster's logs
        foreach (var stream in LogStream.All)
        {
            template.HasResource("alicloud:log/store:Store", $"""
                logstoreName: {stream.Name}
                projectName: {"${logging-project.projectName}"}
                retentionPeriod: 365
                encryptConf:
                  enable: true
                  encryptType: default
                """);
        }

        Assert.Empty(GraphChecker.Check(stack));
    }

    [Fact]
    public void Logtail_is_installed_as_an_ack_add_on_after_its_logstores_and_gets_no_kernel_alert()
    {
        var (_, logging, template) = LoggingFixtures.Build(ClusterTestStacks.AlibabaProd);

        var addon = template.Resource(template.HasResource("alicloud:cs/kubernetesAddon:KubernetesAddon", "name: logtail-ds\nclusterId: ${cluster-ack.id}"));
        var dependsOn = ((YamlDotNet.RepresentationModel.YamlSequenceNode)ProgramTemplate.Child((YamlDotNet.RepresentationModel.YamlMappingNode)ProgramTemplate.Child(addon, "options")!, "dependsOn")!)
            .Children.Select(node => ((YamlDotNet.RepresentationModel.YamlScalarNode)node).Value).ToList();
        Assert.Contains("${logging-containers-store}", dependsOn);
        Assert.Contains("${logging-nodes-store}", dependsOn);
        Assert.Equal("logtail-ds", LoggingFacts.AckLogAddon.Value);
        Assert.False(logging.KernelFaultAlert);
        Assert.DoesNotContain(GpuKernelFaultRules.AlertName, template.Text, StringComparison.Ordinal);
    }
}
