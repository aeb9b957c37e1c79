using Infra.Core.Values;

namespace Infra.Providers.Kubernetes;

/// <summary>Kubernetes <c>metadata</c> (meta/v1 ObjectMeta). Set <see cref="Name"/>: without it the
/// provider generates a random-suffixed name.</summary>
public sealed record ObjectMetaArgs : Args
{
    public Input<string>? Name { get => Get<Input<string>?>(); init => Set(value); }

    public Input<string>? Namespace { get => Get<Input<string>?>(); init => Set(value); }

    public InputMap<string>? Labels { get => Get<InputMap<string>>(); init => Set(value); }

    public InputMap<string>? Annotations { get => Get<InputMap<string>>(); init => Set(value); }
}
