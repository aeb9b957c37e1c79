namespace Infra.Components.Clouds;

/// <summary>
/// A stream of logs the platform keeps, one store per stream: <see cref="Containers"/> (every
/// container's stdout and stderr) and <see cref="Nodes"/> (the kubelet, the container runtime and the
/// kernel, where GPU driver faults appear).
/// </summary>
public sealed record LogStream(string Name, string Description)
{
    public static LogStream Containers { get; } = new("containers", "stdout and stderr of every container");

    public static LogStream Nodes { get; } = new("nodes", "kubelet, container runtime and kernel logs of every node");

    public static ImmutableArray<LogStream> All { get; } = [Containers, Nodes];
}

/// <summary>
/// The counter the collector keeps of kernel log lines that carry <see cref="LoggingFacts.XidKernelMarker"/>,
/// by node: what the GPU fault alert reads.
/// </summary>
public sealed record KernelFaultCounter(string Marker, string Namespace, string Subsystem, string Name)
{
    /// <summary>
    /// The series as Prometheus sees it: <c>&lt;namespace&gt;_&lt;subsystem&gt;_&lt;name&gt;</c> [unverified:
    /// Fluent Bit's log_to_metrics joins the three with underscores as its manual's examples show; check
    /// the first scrape of a deployed collector].
    /// </summary>
    public string Series => $"{Namespace}_{Subsystem}_{Name}";

    public static KernelFaultCounter GpuXid { get; } = new(LoggingFacts.XidKernelMarker, "ml_platform", "kernel", "gpu_xid_lines");
}
