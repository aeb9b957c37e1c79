using System.Collections.Immutable;

namespace Infra.Platform.Facts;

/// <summary>
/// What the clouds' log services accept and need: who may use a key to encrypt log groups, the
/// retention values they take, the ACK log collector's add-on, and the kernel log line of a GPU fault.
/// </summary>
public static class LoggingFacts
{
    private const string CwKms =
        "Amazon CloudWatch Logs User Guide, 'Encrypt log data in CloudWatch Logs using AWS KMS' (encrypt-log-data-kms: key policy statement Principal.Service logs.<region>.amazonaws.com, " +
        "Actions kms:Encrypt*, kms:Decrypt*, kms:ReEncrypt*, kms:GenerateDataKey*, kms:Describe*, Condition ArnEquals/ArnLike kms:EncryptionContext:aws:logs:arn arn:<partition>:logs:<region>:<account>:*)";

    /// <summary>The principal prefix of CloudWatch Logs in a key policy: <c>logs.&lt;region&gt;.&lt;dnsSuffix&gt;</c>.</summary>
    public static Fact<string> CloudWatchLogsServicePrefix { get; } = new("logs", CwKms);

    /// <summary>
    /// The principal of CloudWatch Logs in <paramref name="region"/> of a partition with DNS suffix <paramref name="dnsSuffix"/>.
    /// In aws-cn the suffix <c>amazonaws.com.cn</c> follows the partition's endpoints [unverified: the China edition of the page was not read here].
    /// </summary>
    public static string CloudWatchLogsPrincipal(string region, string dnsSuffix) => $"{CloudWatchLogsServicePrefix.Value}.{region}.{dnsSuffix}";

    /// <summary>Whether the China form of the principal was checked against the China edition of the docs.</summary>
    public static Fact<bool> ChinaLogsPrincipalChecked { get; } = new(false,
        "the China edition of CloudWatch Logs 'Encrypt log data … using AWS KMS' (docs.amazonaws.cn) would settle logs.<region>.amazonaws.com.cn; not read here", Verified: false);

    /// <summary>The actions the key policy grants CloudWatch Logs.</summary>
    public static Fact<ImmutableArray<string>> KmsActionsForLogs { get; } = new(
        ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"], CwKms);

    /// <summary>The encryption context key that ties the grant to this account's log groups.</summary>
    public static Fact<string> LogsEncryptionContextKey { get; } = new("kms:EncryptionContext:aws:logs:arn", CwKms);

    /// <summary>The retention values CloudWatch Logs accepts (days).</summary>
    public static Fact<ImmutableArray<int>> CloudWatchRetentionDays { get; } = new(
        [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653],
        "Amazon CloudWatch Logs API Reference, PutRetentionPolicy, retentionInDays 'Valid Values'; @pulumi/aws 7.48.0 cloudwatch/logGroup.d.ts retentionInDays (same list)");

    /// <summary>The retention range of a Simple Log Service logstore (days; 3650 keeps data for ever).</summary>
    public static Fact<(int Min, int Max)> SlsRetentionRange { get; } = new((1, 3650),
        "@pulumi/alicloud 3.108.0 log/store.d.ts retentionPeriod ('Valid values: [1-3650]. Default to 30. … stored permanently when the value is 3650')");

    /// <summary>The encryption type of a logstore's <c>encryptConf</c> that uses the service's key (AES).</summary>
    public static Fact<string> SlsServiceKeyEncryption { get; } = new("default",
        "@pulumi/alicloud 3.108.0 types/input.d.ts log.StoreEncryptConf.encryptType ('only supports default(AES), m4')");

    /// <summary>
    /// ACK's log collector component: the <c>logtail-ds</c> add-on, a DaemonSet in kube-system with the
    /// <c>alibaba-log-controller</c> and the <c>aliyunlogconfigs</c> CRD; its <c>sls_project_name</c>
    /// config names the project it ships to [unverified: the config key is the one ACK's console and
    /// Terraform examples show; the add-on's config schema comes from cs.getKubernetesAddonMetadata].
    /// </summary>
    public static Fact<string> AckLogAddon { get; } = new("logtail-ds",
        "ACK documentation, component 'logtail-ds' (help.aliyun.com/en/ack/product-overview/logtail-ds: DaemonSet in kube-system, CRD aliyunlogconfigs, Deployment alibaba-log-controller)");

    public static Fact<string> AckLogAddonProjectKey { get; } = new("sls_project_name",
        "ACK documentation 'Collect log data from containers by using Simple Log Service' (installing logtail-ds with an existing project); settle with alicloud.cs.getKubernetesAddonMetadata(logtail-ds)", Verified: false);

    /// <summary>The AliyunLogConfig CRD the logtail-ds controller reads.</summary>
    public static Fact<string> AliyunLogConfigApiVersion { get; } = new("log.alibabacloud.com/v1alpha1",
        "Simple Log Service documentation, 'Use AliyunLogConfig to manage collection configurations' (apiVersion log.alibabacloud.com/v1alpha1, kind AliyunLogConfig); not read at a pinned version here, settle with 'kubectl get crd aliyunlogconfigs.log.alibabacloud.com' on a cluster with logtail-ds", Verified: false);

    /// <summary>
    /// The kernel log line of an NVIDIA Xid error: <c>NVRM: Xid (PCI:…): &lt;code&gt;, …</c>. The driver writes it
    /// even when the GPU no longer answers DCGM (Xid 79, fallen off the bus), so the log sees faults metrics miss.
    /// </summary>
    public static Fact<string> XidKernelMarker { get; } = new("NVRM: Xid",
        "NVIDIA GPU Deployment and Management documentation, 'Xid Errors' (the message 'NVRM: Xid (PCI:0000:…): 79, …' in the kernel log; Xid 79 'GPU has fallen off the bus')");

    /// <summary>
    /// Fluent Bit's cloudwatch_logs output creates no log group unless <c>auto_create_group</c> is On
    /// (default Off); the chart writes the key only when its value is truthy.
    /// </summary>
    public static Fact<bool> FluentBitAutoCreateGroupDefault { get; } = new(false,
        "Fluent Bit manual, outputs 'Amazon CloudWatch' (auto_create_group, default false); aws/eks-charts commit 5239609 stable/aws-for-fluent-bit/templates/configmap.yaml ({{- if .Values.cloudWatchLogs.autoCreateGroup }})");

    /// <summary>
    /// Fluent Bit's <c>log_to_metrics</c> filter (counter mode) and <c>prometheus_exporter</c> output, in the
    /// Fluent Bit release aws-for-fluent-bit 3.2.1 is built on [unverified: the filter exists since Fluent Bit 2.0;
    /// the image's Fluent Bit version is in its release notes, not read here].
    /// </summary>
    public static Fact<string> LogToMetricsFilter { get; } = new("log_to_metrics",
        "Fluent Bit manual, filters 'Log to Metrics' (metric_mode counter, regex, metric_name, metric_namespace; since v2.0); outputs 'Prometheus Exporter'; the Fluent Bit version of aws-for-fluent-bit 3.2.1 and the exported series name would settle with the image's release notes and one scrape", Verified: false);

    public static IReadOnlyList<FactEntry> All { get; } =
    [
        new(nameof(CloudWatchLogsServicePrefix), CloudWatchLogsServicePrefix.Value, CloudWatchLogsServicePrefix.Source, CloudWatchLogsServicePrefix.Verified),
        new(nameof(ChinaLogsPrincipalChecked), ChinaLogsPrincipalChecked.Value, ChinaLogsPrincipalChecked.Source, ChinaLogsPrincipalChecked.Verified),
        new(nameof(KmsActionsForLogs), KmsActionsForLogs.Value, KmsActionsForLogs.Source, KmsActionsForLogs.Verified),
        new(nameof(LogsEncryptionContextKey), LogsEncryptionContextKey.Value, LogsEncryptionContextKey.Source, LogsEncryptionContextKey.Verified),
        new(nameof(CloudWatchRetentionDays), CloudWatchRetentionDays.Value, CloudWatchRetentionDays.Source, CloudWatchRetentionDays.Verified),
        new(nameof(SlsRetentionRange), SlsRetentionRange.Value, SlsRetentionRange.Source, SlsRetentionRange.Verified),
        new(nameof(SlsServiceKeyEncryption), SlsServiceKeyEncryption.Value, SlsServiceKeyEncryption.Source, SlsServiceKeyEncryption.Verified),
        new(nameof(AckLogAddon), AckLogAddon.Value, AckLogAddon.Source, AckLogAddon.Verified),
        new(nameof(AckLogAddonProjectKey), AckLogAddonProjectKey.Value, AckLogAddonProjectKey.Source, AckLogAddonProjectKey.Verified),
        new(nameof(AliyunLogConfigApiVersion), AliyunLogConfigApiVersion.Value, AliyunLogConfigApiVersion.Source, AliyunLogConfigApiVersion.Verified),
        new(nameof(XidKernelMarker), XidKernelMarker.Value, XidKernelMarker.Source, XidKernelMarker.Verified),
        new(nameof(FluentBitAutoCreateGroupDefault), FluentBitAutoCreateGroupDefault.Value, FluentBitAutoCreateGroupDefault.Source, FluentBitAutoCreateGroupDefault.Verified),
        new(nameof(LogToMetricsFilter), LogToMetricsFilter.Value, LogToMetricsFilter.Source, LogToMetricsFilter.Verified),
    ];
}
