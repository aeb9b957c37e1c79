using Infra.Core.Graph;
using Infra.Core.Resources;
using Infra.Core.Values;

namespace Infra.Providers.Kubernetes.Scheduling.V1;

/// <summary><c>kubernetes:scheduling.k8s.io/v1:PriorityClass</c>.</summary>
public sealed class PriorityClass(Scope scope, string name, PriorityClassArgs args, ResourceOptions? options = null)
    : CustomResource<PriorityClassArgs>(scope, name, "kubernetes:scheduling.k8s.io/v1:PriorityClass", args, options);

public sealed record PriorityClassArgs : Args
{
    public required Input<ObjectMetaArgs> Metadata { get => Get<Input<ObjectMetaArgs>>(); init => Set(value); }

    /// <summary>Higher runs first; required by the SDK.</summary>
    public required Input<int> Value { get => Get<Input<int>>(); init => Set(value); }

    public Input<bool>? GlobalDefault { get => Get<Input<bool>?>(); init => Set(value); }

    /// <summary><c>PreemptLowerPriority</c> (default) or <c>Never</c>.</summary>
    public Input<string>? PreemptionPolicy { get => Get<Input<string>?>(); init => Set(value); }

    public Input<string>? Description { get => Get<Input<string>?>(); init => Set(value); }
}
