namespace Infra.Platform.Supply;

/// <summary>
/// A container image by registry host, repository path and tag (<c>quay.io</c>,
/// <c>prometheus/prometheus</c>, <c>v3.14.0-distroless</c>). Written as
/// <c>host/repository:tag</c>, the form <c>docker pull</c>, <c>skopeo</c> and <c>crane</c> take.
/// </summary>
public sealed record ImageReference(string Registry, string Repository, string Tag)
{
    /// <summary>The registry Docker assumes when a reference names none (distribution/reference, normalize.go: docker.io).</summary>
    public const string DefaultRegistry = "docker.io";

    /// <summary><c>host/repository</c>, without the tag.</summary>
    public string Name => $"{Registry}/{Repository}";

    public override string ToString() => $"{Name}:{Tag}";

    /// <summary>
    /// The registry host of an image reference as a container runtime reads it: the first path
    /// component when it has a <c>.</c> or <c>:</c> or is <c>localhost</c>, otherwise Docker Hub
    /// (distribution/reference normalize.go, splitDockerDomain).
    /// </summary>
    public static string HostOf(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var slash = reference.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0)
        {
            return DefaultRegistry;
        }

        var first = reference[..slash];
        return first.Contains('.', StringComparison.Ordinal) || first.Contains(':', StringComparison.Ordinal) || first == "localhost"
            ? first
            : DefaultRegistry;
    }
}
