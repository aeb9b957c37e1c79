using System.Globalization;

namespace Infra.Components.Clouds.Aws;

/// <summary>
/// The parts of Fluent Bit's configuration the aws-for-fluent-bit chart leaves to its values
/// (<c>additionalInputs</c>, <c>additionalFilters</c>, <c>additionalOutputs</c>, indented into the
/// chart's configmap.yaml at commit 5239609): node logs from the journal, the kernel's GPU Xid lines
/// counted for Prometheus, and the node stream's CloudWatch output. The chart's own tail input
/// (tag <c>kube.*</c>) and cloudwatch_logs output carry the containers stream.
/// </summary>
internal static class FluentBitPipeline
{
    /// <summary>The tag prefix of node records; the chart's container records are <c>kube.*</c>.</summary>
    public const string NodeTagPrefix = "host";

    public const string KernelTag = NodeTagPrefix + ".kernel";

    public const string XidMetricsTag = "gpu_xid_metrics";

    /// <summary>The port of the prometheus_exporter output that serves the kernel-fault counter.</summary>
    public const int MetricsPort = 2021;

    /// <summary>
    /// The journal of the node (the chart mounts the host's /var/log): the kubelet's and the container
    /// runtime's units, and the kernel's messages (<c>_TRANSPORT=kernel</c>, where journald puts kmsg), so
    /// the collector needs no access to /dev/kmsg. Systemd_Filter lines of one input are ORed.
    /// </summary>
    public static string Inputs() => $"""
        [INPUT]
            Name                systemd
            Tag                 {NodeTagPrefix}.dataplane
            Path                /var/log/journal
            Systemd_Filter      _SYSTEMD_UNIT=kubelet.service
            Systemd_Filter      _SYSTEMD_UNIT=containerd.service
            Systemd_Filter_Type Or
            DB                  /var/log/flb_dataplane.db
            Read_From_Tail      On
        [INPUT]
            Name                systemd
            Tag                 {KernelTag}
            Path                /var/log/journal
            Systemd_Filter      _TRANSPORT=kernel
            DB                  /var/log/flb_kernel.db
            Read_From_Tail      On

        """;

    /// <summary>Counts the kernel records whose MESSAGE carries the Xid marker, into a metrics record of its own tag.</summary>
    public static string Filters(KernelFaultCounter counter) => $"""
        [FILTER]
            Name                log_to_metrics
            Match               {KernelTag}
            Tag                 {XidMetricsTag}
            Metric_mode         counter
            Metric_namespace    {counter.Namespace}
            Metric_subsystem    {counter.Subsystem}
            Metric_name         {counter.Name}
            Metric_description  Kernel log lines that carry '{counter.Marker}'
            Regex               MESSAGE {counter.Marker}

        """;

    /// <summary>Node records to their log group; the counter to a Prometheus endpoint on every collector pod.</summary>
    public static string Outputs(string region, string nodeLogGroup) => $"""
        [OUTPUT]
            Name                cloudwatch_logs
            Match               {NodeTagPrefix}.*
            region              {region}
            log_group_name      {nodeLogGroup}
            log_stream_prefix   node-
        [OUTPUT]
            Name                prometheus_exporter
            Match               {XidMetricsTag}
            Host                0.0.0.0
            Port                {MetricsPort.ToString(CultureInfo.InvariantCulture)}

        """;
}
