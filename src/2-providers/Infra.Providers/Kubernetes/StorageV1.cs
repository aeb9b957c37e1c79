using Infra.Core.Graph;
using Infra.Core.Resources;
using Infra.Core.Values;

namespace Infra.Providers.Kubernetes.Storage.V1;

/// <summary><c>kubernetes:storage.k8s.io/v1:StorageClass</c>: how persistent volumes are provisioned.</summary>
public sealed class StorageClass(Scope scope, string name, StorageClassArgs args, ResourceOptions? options = null)
    : CustomResource<StorageClassArgs>(scope, name, "kubernetes:storage.k8s.io/v1:StorageClass", args, options);

public sealed record StorageClassArgs : Args
{
    public required Input<ObjectMetaArgs> Metadata { get => Get<Input<ObjectMetaArgs>>(); init => Set(value); }

    /// <summary>The CSI driver that creates the volumes (required by the SDK).</summary>
    public required Input<string> Provisioner { get => Get<Input<string>>(); init => Set(value); }

    /// <summary>Driver-specific settings, all strings.</summary>
    public InputMap<string>? Parameters { get => Get<InputMap<string>>(); init => Set(value); }

    /// <summary><c>Delete</c> (default) or <c>Retain</c>.</summary>
    public Input<string>? ReclaimPolicy { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary><c>Immediate</c> (default) or <c>WaitForFirstConsumer</c>.</summary>
    public Input<string>? VolumeBindingMode { get => Get<Input<string>?>(); init => Set(value); }

    public Input<bool>? AllowVolumeExpansion { get => Get<Input<bool>?>(); init => Set(value); }
}
