namespace Infra.Platform.Kubernetes;

/// <summary>
/// Series the platform records about itself, named once: the monitoring component writes the
/// recording rules, dashboards chart them and the rule pack reads them back from the program.
/// </summary>
public static class PlatformMetrics
{
    /// <summary>A GPU pool's maximum node count (<c>vector(N)</c> with label <c>pool</c>).</summary>
    public const string PoolMaxNodes = "ml_platform:gpu_pool:max_nodes";
}
