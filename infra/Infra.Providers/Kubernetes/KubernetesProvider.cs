using Infra.Core.Graph;
using Infra.Core.Resources;
using Infra.Core.Values;

namespace Infra.Providers.Kubernetes;

/// <summary>An explicit <c>pulumi:providers:kubernetes</c>, bound to one cluster by its kubeconfig.</summary>
public static class KubernetesProvider
{
    public static ProviderResource Create(Scope scope, string name, KubernetesProviderArgs args, ResourceOptions? options = null) =>
        new(scope, name, "kubernetes", ProviderVersions.Kubernetes, args, options);
}

/// <summary>Inputs of the kubernetes provider (@pulumi/kubernetes ProviderArgs).</summary>
public sealed record KubernetesProviderArgs : Args
{
    /// <summary>The kubeconfig contents (or a path). Never the ambient KUBECONFIG: the provider is bound to its cluster.</summary>
    public required Input<string> Kubeconfig { get => Get<Input<string>>(); init => Set(value); }

    public Input<string>? Context { get => Get<Input<string>?>(); init => Set(value); }

    public Input<string>? Namespace { get => Get<Input<string>?>(); init => Set(value); }

    public Input<bool>? EnableServerSideApply { get => Get<Input<bool>?>(); init => Set(value); }

    public Input<bool>? DeleteUnreachable { get => Get<Input<bool>?>(); init => Set(value); }
}
