using Infra.Components.Compute;
using Infra.Providers.Alicloud.Cs;
using Infra.Providers.Alicloud.Log;
using Infra.Providers.Kubernetes.Yaml.V2;

namespace Infra.Components.Clouds.Alicloud;

/// <summary>
/// Logging on ACK: Alibaba Cloud's collector, the <c>logtail-ds</c> add-on (<see cref="LoggingFacts.AckLogAddon"/>),
/// installed as a cluster add-on once the program has created its Simple Log Service project and one
/// logstore per stream in the stack's region, each with the tier's retention and encrypted at rest with
/// the service's key (<see cref="LoggingFacts.SlsServiceKeyEncryption"/>; a logstore encrypted with a key of
/// the stack needs a RAM role SLS assumes, not built yet). What the collector reads is declared in the
/// cluster as AliyunLogConfig objects, which its controller turns into collection configs of the project:
/// every container's stdout and stderr, and the nodes' /var/log/messages (kubelet, containerd and kernel
/// messages through the node's rsyslog).
/// <para>
/// The GPU fault alert on kernel Xid lines is not available here: logtail exports no counter Prometheus
/// can scrape, and an SLS alert would not go through the stack's Alertmanager. The DCGM exporter's
/// <c>GpuXidError</c> alert remains, and the Xid lines are in the nodes logstore to search.
/// </para>
/// </summary>
internal sealed class SlsLogging : ILoggingRealization
{
    /// <summary>Shards a logstore may split to under load (1–256; @pulumi/alicloud 3.108.0 log/store.d.ts maxSplitShardCount).</summary>
    public const int MaxShards = 64;

    public string Service => "Simple Log Service";

    public string AllowedRetention => $"{LoggingFacts.SlsRetentionRange.Value.Min} to {LoggingFacts.SlsRetentionRange.Value.Max} days";

    public bool AcceptsRetention(int days) => days >= LoggingFacts.SlsRetentionRange.Value.Min && days <= LoggingFacts.SlsRetentionRange.Value.Max;

    public ShippedLogs Ship(Scope logging, StackEnvironment environment, KubernetesCluster cluster, LoggingPlan plan)
    {
        ArgumentNullException.ThrowIfNull(logging);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(plan);
        var project = new Project(logging, "project", new ProjectArgs
        {
            ProjectName = AlicloudNetwork.SlsProjectName(environment, $"{cluster.CloudName}-logs", $"{logging.Path}-logs"),
            Description = $"Container and node logs of cluster {cluster.CloudName}",
            Tags = InputMap.From(environment.Tags.For(logging.Path)),
        });
        var stores = plan.Streams.ToImmutableSortedDictionary(stream => stream.Name, stream => new Store(logging, $"{stream.Name}-store", new StoreArgs
        {
            ProjectName = project.ProjectName,
            LogstoreName = stream.Name,
            RetentionPeriod = plan.RetentionDays,
            ShardCount = 2,
            AutoSplit = true,
            MaxSplitShardCount = MaxShards,
            EncryptConf = new StoreEncryptConfArgs { Enable = true, EncryptType = LoggingFacts.SlsServiceKeyEncryption.Value },
        }), StringComparer.Ordinal);

        var addon = new KubernetesAddon(logging, "collector", new KubernetesAddonArgs
        {
            ClusterId = cluster.ClusterId,
            Name = LoggingFacts.AckLogAddon.Value,
            Config = Fn.ToJson(Tree.Map((LoggingFacts.AckLogAddonProjectKey.Value, project.ProjectName.ToValue()))),
        }, new ResourceOptions { DependsOn = [.. plan.WaitFor, .. stores.Values] });

        _ = new ConfigGroup(logging, "collection", new ConfigGroupArgs
        {
            Objs =
            [
                LogConfig("containers-stdout", project.ProjectName, LogStream.Containers, Tree.Map(
                    ("inputType", "plugin"),
                    ("inputDetail", Tree.Map(("plugin", Tree.Map(("inputs", Tree.List(Tree.Map(
                        ("type", "service_docker_stdout"),
                        ("detail", Tree.Map(("Stdout", true), ("Stderr", true)))))))))))),
                LogConfig("nodes-messages", project.ProjectName, LogStream.Nodes, Tree.Map(
                    ("inputType", "file"),
                    ("inputDetail", Tree.Map(
                        ("logType", "common_reg_log"),
                        // logtail-ds mounts the node's root at /logtail_host [unverified: ACK's host-file collection docs].
                        ("logPath", "/logtail_host/var/log"),
                        ("filePattern", "messages"),
                        ("dockerFile", false))))),
            ],
        }, new ResourceOptions { DependsOn = [addon] });

        return new ShippedLogs(
            stores.ToImmutableSortedDictionary(entry => entry.Key, entry => Output.Format($"{project.ProjectName}/{entry.Value.LogstoreName}"), StringComparer.Ordinal),
            KernelFaults: null);
    }

    /// <summary>An AliyunLogConfig object (<see cref="LoggingFacts.AliyunLogConfigApiVersion"/>): one collection config into one logstore.</summary>
    private static MapValue LogConfig(string name, Output<string> project, LogStream stream, MapValue logtailConfig) => Tree.Map(
        ("apiVersion", LoggingFacts.AliyunLogConfigApiVersion.Value),
        ("kind", "AliyunLogConfig"),
        ("metadata", Tree.Map(("name", name), ("namespace", "kube-system"))),
        ("spec", Tree.Map(
            ("project", project.ToValue()),
            ("logstore", stream.Name),
            ("logtailConfig", MapValue.Of(logtailConfig.Entries.Append(KeyValuePair.Create("configName", (Value)new StringValue(name))))))));
}
