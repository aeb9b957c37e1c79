namespace Infra.Platform.Kubernetes;

/// <summary>
/// Where the NVIDIA DCGM exporter runs on every cluster: the GPU pools' side deploys it (NVIDIA's
/// <c>dcgm-exporter</c> Helm chart, with its own ServiceMonitor off), the monitoring side scrapes
/// it with a ServiceMonitor that selects this service. Both sides use these values.
/// </summary>
public static class GpuTelemetry
{
    /// <summary>The namespace of the GPU system software (device plugin where we install it, DCGM exporter).</summary>
    public const string Namespace = "gpu-system";

    /// <summary>The Helm release name of the DCGM exporter (also its <c>app.kubernetes.io/instance</c> label).</summary>
    public const string ReleaseName = "dcgm-exporter";

    /// <summary>The labels of the exporter's Service, which a ServiceMonitor selects.</summary>
    public static IReadOnlyDictionary<string, string> ServiceSelector { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["app.kubernetes.io/instance"] = ReleaseName,
        ["app.kubernetes.io/name"] = "dcgm-exporter",
    };

    /// <summary>The name of the Service port that serves <c>/metrics</c> (9400).</summary>
    public const string MetricsPortName = "metrics";
}
