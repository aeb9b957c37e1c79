using Infra.Core.Expressions;
using Infra.Core.Graph;
using Infra.Core.Resources;
using Infra.Core.Values;

namespace Infra.Providers.Aws.Kms;

/// <summary><c>aws:kms/key:Key</c>: a customer-managed KMS key.</summary>
public sealed class Key(Scope scope, string name, KeyArgs args, ResourceOptions? options = null)
    : CustomResource<KeyArgs>(scope, name, "aws:kms/key:Key", args, options)
{
    public Output<string> Arn => GetOutput<string>("arn");

    public Output<string> KeyId => GetOutput<string>("keyId");
}

public sealed record KeyArgs : Args, ITaggableArgs
{
    public Input<string>? Description { get => Get<Input<string>?>(); init => Set(value); }

    public Input<int>? DeletionWindowInDays { get => Get<Input<int>?>(); init => Set(value); }

    public Input<bool>? EnableKeyRotation { get => Get<Input<bool>?>(); init => Set(value); }

    public Input<int>? RotationPeriodInDays { get => Get<Input<int>?>(); init => Set(value); }

    public Input<string>? KeyUsage { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary>A JSON policy document; build it with <c>Fn.ToJson</c>.</summary>
    public Input<string>? Policy { get => Get<Input<string>?>(); init => Set(value); }

    public Input<bool>? MultiRegion { get => Get<Input<bool>?>(); init => Set(value); }

    public InputMap<string>? Tags { get => Get<InputMap<string>>(); init => Set(value); }
}

/// <summary><c>aws:kms/alias:Alias</c>: a friendly name (<c>alias/…</c>) for a key.</summary>
public sealed class Alias(Scope scope, string name, AliasArgs args, ResourceOptions? options = null)
    : CustomResource<AliasArgs>(scope, name, "aws:kms/alias:Alias", args, options)
{
    public Output<string> Arn => GetOutput<string>("arn");
}

public sealed record AliasArgs : Args
{
    public Input<string>? Name { get => Get<Input<string>?>(); init => Set(value); }

    public required Input<string> TargetKeyId { get => Get<Input<string>>(); init => Set(value); }
}
