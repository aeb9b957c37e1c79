using Infra.Core.Expressions;
using Infra.Core.Graph;
using Infra.Core.Resources;
using Infra.Core.Values;

namespace Infra.Providers.Alicloud.Kms;

/// <summary><c>alicloud:kms/key:Key</c>: a KMS customer master key.</summary>
public sealed class Key(Scope scope, string name, KeyArgs args, ResourceOptions? options = null)
    : CustomResource<KeyArgs>(scope, name, "alicloud:kms/key:Key", args, options)
{
    public Output<string> Arn => GetOutput<string>("arn");
}

/// <summary>
/// Inputs of <c>alicloud:kms/key:Key</c>. Switch-like inputs are strings (<c>"Enabled"</c>/<c>"Disabled"</c>);
/// <c>deletionWindowInDays</c> is deprecated in favour of <see cref="PendingWindowInDays"/>.
/// </summary>
public sealed record KeyArgs : Args, ITaggableArgs
{
    public Input<string>? Description { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary>The KMS instance (<c>kst-…</c>) to create the key in; omitted, a default key. ForceNew.</summary>
    public Input<string>? DkmsInstanceId { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary><c>Enabled</c> or <c>Disabled</c>; needs <see cref="RotationInterval"/> when enabled.</summary>
    public Input<string>? AutomaticRotation { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary>
    /// Written as KMS reads it back, in seconds (<c>31536000s</c>): the provider compares the read
    /// value unchanged. Default keys take only 365 days; software instance keys 7–365 days.
    /// </summary>
    public Input<string>? RotationInterval { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary><c>Enabled</c> or <c>Disabled</c> (a string, not a bool).</summary>
    public Input<string>? DeletionProtection { get => Get<Input<string>?>(); init => Set(value); }

    public Input<string>? DeletionProtectionDescription { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary>7 to 366 days in PendingDeletion before the key is gone.</summary>
    public Input<int>? PendingWindowInDays { get => Get<Input<int>?>(); init => Set(value); }

    public Input<string>? KeySpec { get => Get<Input<string>?>(); init => Set(value); }

    public Input<string>? KeyUsage { get => Get<Input<string>?>(); init => Set(value); }

    public InputMap<string>? Tags { get => Get<InputMap<string>>(); init => Set(value); }
}

/// <summary><c>alicloud:kms/alias:Alias</c>.</summary>
public sealed class Alias(Scope scope, string name, AliasArgs args, ResourceOptions? options = null)
    : CustomResource<AliasArgs>(scope, name, "alicloud:kms/alias:Alias", args, options);

public sealed record AliasArgs : Args
{
    /// <summary>Starts with <c>alias/</c>.</summary>
    public required Input<string> AliasName { get => Get<Input<string>>(); init => Set(value); }

    public required Input<string> KeyId { get => Get<Input<string>>(); init => Set(value); }
}
