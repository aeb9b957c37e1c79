using Infra.Components.Compute;

namespace Infra.Components.Clouds;

/// <summary>
/// How a cloud realizes <c>Logging.ClusterLogging</c>: its log collector on the cluster and the log
/// stores it ships to, in the stack's region, kept as long as the plan says and encrypted at rest.
/// The stores are created by the program; the collector never creates them.
/// </summary>
public interface ILoggingRealization
{
    /// <summary>The log service the stores belong to, for docs and <c>infra plan</c> (CloudWatch Logs, Simple Log Service).</summary>
    string Service { get; }

    /// <summary>Whether the log service keeps data for exactly <paramref name="days"/>.</summary>
    bool AcceptsRetention(int days);

    /// <summary>The retentions the service accepts, in words, for the error that refuses another.</summary>
    string AllowedRetention { get; }

    /// <summary>Creates the stores and the collector in <paramref name="scope"/>.</summary>
    ShippedLogs Ship(Scope scope, StackEnvironment environment, KubernetesCluster cluster, LoggingPlan plan);
}

/// <summary>
/// What <c>Logging.ClusterLogging</c> decided: how long each stream is kept, which streams there are,
/// and, when the collector can count them, the counter of GPU Xid lines in the kernel log.
/// </summary>
public sealed record LoggingPlan(int RetentionDays, ImmutableArray<LogStream> Streams, KernelFaultCounter KernelFaults, ImmutableArray<Resource> WaitFor);

/// <summary>
/// Where the collector shipped the cluster's logs, named the cloud's way (log group names, logstores),
/// and the scrape target of the kernel-fault counter when the collector exports it (null: not available).
/// </summary>
public sealed record ShippedLogs(ImmutableSortedDictionary<string, Output<string>> Destinations, KernelFaultScrape? KernelFaults);

/// <summary>The Service that exposes the collector's kernel-fault counter: its namespace, selector and port name.</summary>
public sealed record KernelFaultScrape(string Namespace, ImmutableSortedDictionary<string, string> Selector, string Port, string Path);
