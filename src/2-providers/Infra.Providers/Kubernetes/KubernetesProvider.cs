using Infra.Core.Values;

namespace Infra.Providers.Kubernetes;

/// <summary>Inputs of the kubernetes provider (@pulumi/kubernetes ProviderArgs).</summary>
public sealed record KubernetesProviderArgs : ProviderArgs
{
    public override string Package => "kubernetes";

    /// <summary>The kubeconfig contents (or a path). Never the ambient KUBECONFIG: the provider is bound to its cluster.</summary>
    public required Input<string> Kubeconfig { get => Get<Input<string>>(); init => Set(value); }

    public Input<string>? Context { get => Get<Input<string>?>(); init => Set(value); }

    public Input<string>? Namespace { get => Get<Input<string>?>(); init => Set(value); }

    public Input<bool>? EnableServerSideApply { get => Get<Input<bool>?>(); init => Set(value); }

    public Input<bool>? DeleteUnreachable { get => Get<Input<bool>?>(); init => Set(value); }
}
