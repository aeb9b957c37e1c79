namespace Infra.Platform.Kubernetes;

/// <summary>
/// A container image the platform deploys itself (not through a chart), pinned: its upstream
/// registry and repository, the tag, and where the tag was read. Workloads build their image
/// reference from one of these only, so a stack's registry mirror can rewrite every such image in one place.
/// </summary>
/// <param name="Registry">The upstream registry host, e.g. <c>docker.io</c>.</param>
/// <param name="Repository">The repository in it, e.g. <c>timonwong/prometheus-webhook-dingtalk</c>.</param>
/// <param name="Tag">The pinned tag (never <c>latest</c>).</param>
/// <param name="Source">Where the tag and the repository were read.</param>
public sealed record ContainerImage(string Registry, string Repository, string Tag, string Source)
{
    /// <summary>The full reference, <c>registry/repository:tag</c>.</summary>
    public string Reference => $"{Registry}/{Repository}:{Tag}";
}
