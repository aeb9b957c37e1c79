using Infra.Components.Compute;
using Infra.Components.Storage;
using Infra.Providers.Aws.CloudWatch;
using Iam = Infra.Providers.Aws.Iam;

namespace Infra.Components.Clouds.Aws;

/// <summary>
/// Logging on EKS (AWS and AWS China): Fluent Bit (AWS's aws-for-fluent-bit chart, <see cref="ChartFacts.AwsForFluentBit"/>)
/// as a DaemonSet ships each stream to a log group the program creates, with the tier's retention and
/// a KMS key of the stack. The collector's IRSA role may only write streams into those groups; it
/// cannot create groups (no <c>logs:CreateLogGroup</c>, and <c>auto_create_group</c> left off), so a
/// group is never created without its key and retention.
/// <para>
/// Why not the <c>amazon-cloudwatch-observability</c> EKS add-on: it also runs the CloudWatch agent for
/// Container Insights metrics, which the stack's Prometheus already collects (twice the metrics, and
/// Container Insights' custom-metric charges); it creates its log groups itself
/// (<c>/aws/containerinsights/&lt;cluster&gt;/…</c>) without the stack's key or retention; its images are
/// AWS's and cannot be pointed at a China stack's mirror through the catalog; and whether it is offered in
/// the China regions was not verifiable here [unverified]. The chart is pinned in the catalog, so
/// the supply-chain pass pulls it and its image from the mirror.
/// </para>
/// </summary>
internal sealed class CloudWatchLogging : ILoggingRealization
{
    public const string Namespace = "kube-system";

    public const string ServiceAccount = "aws-for-fluent-bit";

    public string Service => "CloudWatch Logs";

    public string AllowedRetention => string.Join(", ", LoggingFacts.CloudWatchRetentionDays.Value) + " days";

    public bool AcceptsRetention(int days) => LoggingFacts.CloudWatchRetentionDays.Value.Contains(days);

    public ShippedLogs Ship(Scope logging, StackEnvironment environment, KubernetesCluster cluster, LoggingPlan plan)
    {
        ArgumentNullException.ThrowIfNull(logging);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(plan);
        var key = new EncryptionKey(logging, "logs-key", environment, new EncryptionKeyArgs
        {
            Purpose = "logs",
            Description = $"ml-platform {environment.StackName}: encrypts the container and node logs of cluster {cluster.CloudName}",
            ForLogService = true,
        });
        var tags = InputMap.From(environment.Tags.For(logging.Path));
        var groups = plan.Streams.ToImmutableSortedDictionary(stream => stream.Name, stream => new LogGroup(logging, $"{stream.Name}-logs", new LogGroupArgs
        {
            Name = GroupName(environment, cluster, stream),
            RetentionInDays = plan.RetentionDays,
            KmsKeyId = key.KeyArn,
            Tags = tags,
        }), StringComparer.Ordinal);

        var policy = new Iam.Policy(logging, "collector-policy", new Iam.PolicyArgs
        {
            Name = PhysicalNames.Fit($"{cluster.CloudName}-log-collector", NameLimitFacts.IamPolicyName),
            Description = $"Fluent Bit of {cluster.CloudName}: write log streams into the cluster's log groups",
            // The cloudwatch_logs output's calls (Fluent Bit manual, 'Amazon CloudWatch', permissions): streams and
            // events only, in these groups; no CreateLogGroup (LoggingFacts.FluentBitAutoCreateGroupDefault).
            Policy = PolicyDocument.Aws(new PolicyStatement
            {
                Actions = ["logs:CreateLogStream", "logs:PutLogEvents"],
                Resources = [.. groups.Values.SelectMany(group => new Input<string>[] { group.Arn, Output.Format($"{group.Arn}:*") })],
            }).ToJson(),
            Tags = tags,
        });
        var binding = cluster.WorkloadIdentity.Bind(logging, "collector-role", $"{cluster.CloudName}-log-collector",
            Namespace, ServiceAccount, [new DataAccessPolicy("log-collector", policy.Arn)]);

        var region = environment.Region.Code;
        var containers = GroupName(environment, cluster, LogStream.Containers);
        var nodes = GroupName(environment, cluster, LogStream.Nodes);
        _ = GpuSoftware.Release(logging, "collector", ChartFacts.AwsForFluentBit, Namespace, ServiceAccount, Tree.Map(
            ("cloudWatchLogs", Tree.Map(
                ("enabled", true),
                ("match", "kube.*"),
                ("region", region),
                ("logGroupName", containers),
                ("logStreamPrefix", "container-"),
                ("autoCreateGroup", LoggingFacts.FluentBitAutoCreateGroupDefault.Value))),
            ("additionalInputs", FluentBitPipeline.Inputs()),
            ("additionalFilters", FluentBitPipeline.Filters(plan.KernelFaults)),
            ("additionalOutputs", FluentBitPipeline.Outputs(region, nodes)),
            ("serviceAccount", Tree.Map(
                ("create", true),
                ("name", ServiceAccount),
                ("annotations", MapValue.Of(binding.ServiceAccountAnnotations.Select(entry => KeyValuePair.Create(entry.Key, entry.Value.ToValue())))))),
            ("serviceMonitor", Tree.Map(("service", Tree.Map(("extraPorts", Tree.List(Tree.Map(
                ("name", MetricsPortName), ("port", FluentBitPipeline.MetricsPort), ("targetPort", FluentBitPipeline.MetricsPort), ("protocol", "TCP")))))))),
            // Every node, GPU nodes included: their kernel log is where Xid errors appear.
            ("tolerations", Tree.List(Tree.Map(("operator", "Exists")))),
            ("priorityClassName", "system-node-critical")),
            new ResourceOptions { DependsOn = [.. plan.WaitFor, .. groups.Values] });

        return new ShippedLogs(
            groups.ToImmutableSortedDictionary(entry => entry.Key, entry => Output.Format($"{entry.Value.Arn}"), StringComparer.Ordinal),
            new KernelFaultScrape(Namespace, ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal,
                [KeyValuePair.Create("app.kubernetes.io/name", ChartFacts.AwsForFluentBit.Name)]), MetricsPortName, "/metrics"));
    }

    private const string MetricsPortName = "xid-metrics";

    /// <summary><c>/ml-platform/&lt;stack&gt;/&lt;cluster&gt;/&lt;stream&gt;</c>, beside the flow logs' groups.</summary>
    public static string GroupName(StackEnvironment environment, KubernetesCluster cluster, LogStream stream) =>
        $"/ml-platform/{environment.StackName}/{cluster.CloudName}/{stream.Name}";
}
