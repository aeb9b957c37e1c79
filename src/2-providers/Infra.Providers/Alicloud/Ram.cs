using Infra.Core.Expressions;
using Infra.Core.Graph;
using Infra.Core.Resources;
using Infra.Core.Values;

namespace Infra.Providers.Alicloud.Ram;

/// <summary><c>alicloud:ram/role:Role</c>. Uses <c>roleName</c> and <c>assumeRolePolicyDocument</c>
/// (<c>name</c>, <c>document</c> and <c>services</c> are deprecated in 3.108.0).</summary>
public sealed class Role(Scope scope, string name, RoleArgs args, ResourceOptions? options = null)
    : CustomResource<RoleArgs>(scope, name, "alicloud:ram/role:Role", args, options)
{
    public Output<string> Arn => GetOutput<string>("arn");

    public Output<string> RoleName => GetOutput<string>("roleName");
}

public sealed record RoleArgs : Args, ITaggableArgs
{
    public required Input<string> RoleName { get => Get<Input<string>>(); init => Set(value); }

    /// <summary>The trust policy, a JSON string: use <c>PolicyDocument.ToJson()</c> with version 1.</summary>
    public required Input<string> AssumeRolePolicyDocument { get => Get<Input<string>>(); init => Set(value); }

    public Input<string>? Description { get => Get<Input<string>?>(); init => Set(value); }

    public Input<int>? MaxSessionDuration { get => Get<Input<int>?>(); init => Set(value); }

    public InputMap<string>? Tags { get => Get<InputMap<string>>(); init => Set(value); }
}

/// <summary><c>alicloud:ram/policy:Policy</c>: a custom policy (<c>policyName</c>, <c>policyDocument</c>).</summary>
public sealed class Policy(Scope scope, string name, PolicyArgs args, ResourceOptions? options = null)
    : CustomResource<PolicyArgs>(scope, name, "alicloud:ram/policy:Policy", args, options)
{
    public Output<string> PolicyName => GetOutput<string>("policyName");
}

public sealed record PolicyArgs : Args, ITaggableArgs
{
    public required Input<string> PolicyName { get => Get<Input<string>>(); init => Set(value); }

    /// <summary>A JSON policy document (version "1"): use <c>PolicyDocument.ToJson()</c>.</summary>
    public required Input<string> PolicyDocument { get => Get<Input<string>>(); init => Set(value); }

    public Input<string>? Description { get => Get<Input<string>?>(); init => Set(value); }

    public Input<bool>? Force { get => Get<Input<bool>?>(); init => Set(value); }

    public InputMap<string>? Tags { get => Get<InputMap<string>>(); init => Set(value); }
}

/// <summary><c>alicloud:ram/rolePolicyAttachment:RolePolicyAttachment</c>.</summary>
public sealed class RolePolicyAttachment(Scope scope, string name, RolePolicyAttachmentArgs args, ResourceOptions? options = null)
    : CustomResource<RolePolicyAttachmentArgs>(scope, name, "alicloud:ram/rolePolicyAttachment:RolePolicyAttachment", args, options);

public sealed record RolePolicyAttachmentArgs : Args
{
    public required Input<string> RoleName { get => Get<Input<string>>(); init => Set(value); }

    public required Input<string> PolicyName { get => Get<Input<string>>(); init => Set(value); }

    /// <summary><see cref="RamPolicyTypes.System"/> or <see cref="RamPolicyTypes.Custom"/>.</summary>
    public required Input<string> PolicyType { get => Get<Input<string>>(); init => Set(value); }
}

/// <summary>Values of <c>policyType</c> (alicloud 3.108.0 ram/rolePolicyAttachment docs).</summary>
public static class RamPolicyTypes
{
    public const string System = "System";
    public const string Custom = "Custom";
}
