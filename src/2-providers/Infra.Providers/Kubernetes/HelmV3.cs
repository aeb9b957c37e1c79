using Infra.Core.Expressions;
using Infra.Core.Graph;
using Infra.Core.Resources;
using Infra.Core.Values;

namespace Infra.Providers.Kubernetes.Helm.V3;

/// <summary>
/// <c>kubernetes:helm.sh/v3:Release</c>: a Helm release managed by the provider (usable from YAML,
/// unlike the refused <c>helm.sh/v3:Chart</c>). Pin <see cref="ReleaseArgs.Version"/> and set
/// <see cref="ReleaseArgs.Name"/> so the release name is stable.
/// </summary>
public sealed class Release(Scope scope, string name, ReleaseArgs args, ResourceOptions? options = null)
    : CustomResource<ReleaseArgs>(scope, name, "kubernetes:helm.sh/v3:Release", args, options)
{
    /// <summary>The release's status (namespace, name, version, …).</summary>
    public Output<string> StatusNamespace => GetOutput<string>("status.namespace");
}

public sealed record ReleaseArgs : Args
{
    public required Input<string> Chart { get => Get<Input<string>>(); init => Set(value); }

    public Input<string>? Version { get => Get<Input<string>?>(); init => Set(value); }

    public Input<RepositoryOptsArgs>? RepositoryOpts { get => Get<Input<RepositoryOptsArgs>?>(); init => Set(value); }

    public Input<string>? Name { get => Get<Input<string>?>(); init => Set(value); }

    public Input<string>? Namespace { get => Get<Input<string>?>(); init => Set(value); }

    public Input<bool>? CreateNamespace { get => Get<Input<bool>?>(); init => Set(value); }

    /// <summary>Chart values as a free-form tree (build it with <c>Tree.Map</c>).</summary>
    public Input<MapValue>? Values { get => Get<Input<MapValue>?>(); init => Set(value); }

    public Input<bool>? Atomic { get => Get<Input<bool>?>(); init => Set(value); }

    public Input<bool>? CleanupOnFail { get => Get<Input<bool>?>(); init => Set(value); }

    /// <summary>Seconds to wait for the release's resources.</summary>
    public Input<int>? Timeout { get => Get<Input<int>?>(); init => Set(value); }

    public Input<int>? MaxHistory { get => Get<Input<int>?>(); init => Set(value); }

    public Input<bool>? SkipAwait { get => Get<Input<bool>?>(); init => Set(value); }

    public Input<bool>? SkipCrds { get => Get<Input<bool>?>(); init => Set(value); }

    /// <summary>Wait until every Job has completed before the release counts as successful (ignored with <see cref="SkipAwait"/>).</summary>
    public Input<bool>? WaitForJobs { get => Get<Input<bool>?>(); init => Set(value); }

    public Input<string>? Description { get => Get<Input<string>?>(); init => Set(value); }
}

public sealed record RepositoryOptsArgs : Args
{
    public Input<string>? Repo { get => Get<Input<string>?>(); init => Set(value); }

    public Input<string>? Username { get => Get<Input<string>?>(); init => Set(value); }

    public Input<string>? Password { get => Get<Input<string>?>(); init => Set(value); }
}
