using Infra.Core.Graph;
using Infra.Core.Resources;
using Infra.Core.Values;

namespace Infra.Providers.Kubernetes.Core.V1;

/// <summary><c>kubernetes:core/v1:Namespace</c>.</summary>
public sealed class Namespace(Scope scope, string name, NamespaceArgs args, ResourceOptions? options = null)
    : CustomResource<NamespaceArgs>(scope, name, "kubernetes:core/v1:Namespace", args, options);

public sealed record NamespaceArgs : Args
{
    public required Input<ObjectMetaArgs> Metadata { get => Get<Input<ObjectMetaArgs>>(); init => Set(value); }
}

/// <summary><c>kubernetes:core/v1:ConfigMap</c>.</summary>
public sealed class ConfigMap(Scope scope, string name, ConfigMapArgs args, ResourceOptions? options = null)
    : CustomResource<ConfigMapArgs>(scope, name, "kubernetes:core/v1:ConfigMap", args, options);

public sealed record ConfigMapArgs : Args
{
    public required Input<ObjectMetaArgs> Metadata { get => Get<Input<ObjectMetaArgs>>(); init => Set(value); }

    public InputMap<string>? Data { get => Get<InputMap<string>>(); init => Set(value); }

    public Input<bool>? Immutable { get => Get<Input<bool>?>(); init => Set(value); }
}

/// <summary><c>kubernetes:core/v1:ResourceQuota</c>.</summary>
public sealed class ResourceQuota(Scope scope, string name, ResourceQuotaArgs args, ResourceOptions? options = null)
    : CustomResource<ResourceQuotaArgs>(scope, name, "kubernetes:core/v1:ResourceQuota", args, options);

public sealed record ResourceQuotaArgs : Args
{
    public required Input<ObjectMetaArgs> Metadata { get => Get<Input<ObjectMetaArgs>>(); init => Set(value); }

    public Input<ResourceQuotaSpecArgs>? Spec { get => Get<Input<ResourceQuotaSpecArgs>?>(); init => Set(value); }
}

public sealed record ResourceQuotaSpecArgs : Args
{
    /// <summary>Resource name to quantity, both strings (<c>"requests.nvidia.com/gpu": "8"</c>).</summary>
    public InputMap<string>? Hard { get => Get<InputMap<string>>(); init => Set(value); }

    public InputList<string>? Scopes { get => Get<InputList<string>>(); init => Set(value); }
}

/// <summary>
/// <c>kubernetes:core/v1:Secret</c>. Put secret values in <see cref="SecretArgs.StringData"/> by
/// reference (a config key wrapped in <c>fn::secret</c>), never as literals.
/// </summary>
public sealed class Secret(Scope scope, string name, SecretArgs args, ResourceOptions? options = null)
    : CustomResource<SecretArgs>(scope, name, "kubernetes:core/v1:Secret", args, options);

public sealed record SecretArgs : Args
{
    public required Input<ObjectMetaArgs> Metadata { get => Get<Input<ObjectMetaArgs>>(); init => Set(value); }

    /// <summary>Plain-text values; the API server stores them base64-encoded in <c>data</c>.</summary>
    public InputMap<string>? StringData { get => Get<InputMap<string>>(); init => Set(value); }

    /// <summary><c>Opaque</c> unless the secret is of a well-known kind.</summary>
    public Input<string>? Type { get => Get<Input<string>?>(); init => Set(value); }

    public Input<bool>? Immutable { get => Get<Input<bool>?>(); init => Set(value); }
}

/// <summary><c>kubernetes:core/v1:ServiceAccount</c>: an identity for pods (bound to a cloud role by IRSA or RRSA annotations).</summary>
public sealed class ServiceAccount(Scope scope, string name, ServiceAccountArgs args, ResourceOptions? options = null)
    : CustomResource<ServiceAccountArgs>(scope, name, "kubernetes:core/v1:ServiceAccount", args, options);

public sealed record ServiceAccountArgs : Args
{
    public required Input<ObjectMetaArgs> Metadata { get => Get<Input<ObjectMetaArgs>>(); init => Set(value); }

    public Input<bool>? AutomountServiceAccountToken { get => Get<Input<bool>?>(); init => Set(value); }
}

/// <summary><c>kubernetes:core/v1:LimitRange</c>: defaults and bounds for containers of a namespace.</summary>
public sealed class LimitRange(Scope scope, string name, LimitRangeArgs args, ResourceOptions? options = null)
    : CustomResource<LimitRangeArgs>(scope, name, "kubernetes:core/v1:LimitRange", args, options);

public sealed record LimitRangeArgs : Args
{
    public required Input<ObjectMetaArgs> Metadata { get => Get<Input<ObjectMetaArgs>>(); init => Set(value); }

    public Input<LimitRangeSpecArgs>? Spec { get => Get<Input<LimitRangeSpecArgs>?>(); init => Set(value); }
}

public sealed record LimitRangeSpecArgs : Args
{
    public required InputList<LimitRangeItemArgs> Limits { get => Get<InputList<LimitRangeItemArgs>>()!; init => Set(value); }
}

public sealed record LimitRangeItemArgs : Args
{
    /// <summary><c>Container</c>, <c>Pod</c> or <c>PersistentVolumeClaim</c>.</summary>
    public required Input<string> Type { get => Get<Input<string>>(); init => Set(value); }

    public InputMap<string>? Max { get => Get<InputMap<string>>(); init => Set(value); }

    public InputMap<string>? Default { get => Get<InputMap<string>>(); init => Set(value); }

    public InputMap<string>? DefaultRequest { get => Get<InputMap<string>>(); init => Set(value); }
}
