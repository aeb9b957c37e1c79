using Infra.Core.Graph;
using Infra.Core.Resources;
using Infra.Core.Values;

namespace Infra.Providers.Kubernetes.Yaml.V2;

/// <summary>
/// <c>kubernetes:yaml/v2:ConfigGroup</c>: a provider-side component that applies literal manifests.
/// This is how a YAML program creates custom resources (PrometheusRule, ServiceMonitor): the
/// generic <c>CustomResource</c> overlay is refused by the YAML host. Make it depend on the release
/// that installs the CRDs.
/// </summary>
public sealed class ConfigGroup(Scope scope, string name, ConfigGroupArgs args, ResourceOptions? options = null)
    : CustomResource<ConfigGroupArgs>(scope, name, "kubernetes:yaml/v2:ConfigGroup", args, options);

public sealed record ConfigGroupArgs : Args
{
    /// <summary>Manifests as objects, each with apiVersion, kind, metadata and the rest (untyped in the SDK).</summary>
    public InputList<MapValue>? Objs { get => Get<InputList<MapValue>>(); init => Set(value); }

    /// <summary>Manifests as one YAML string.</summary>
    public Input<string>? Yaml { get => Get<Input<string>?>(); init => Set(value); }

    public Input<bool>? SkipAwait { get => Get<Input<bool>?>(); init => Set(value); }

    public Input<string>? ResourcePrefix { get => Get<Input<string>?>(); init => Set(value); }
}
