using Infra.Core.Expressions;
using Infra.Core.Graph;
using Infra.Core.Resources;
using Infra.Core.Values;

namespace Infra.Providers.Aws.Iam;

/// <summary><c>aws:iam/role:Role</c>. Attach policies with <see cref="RolePolicyAttachment"/> or
/// <see cref="RolePolicy"/>: the inline <c>inlinePolicies</c>/<c>managedPolicyArns</c> inputs are
/// documented as deprecated.</summary>
public sealed class Role(Scope scope, string name, RoleArgs args, ResourceOptions? options = null)
    : CustomResource<RoleArgs>(scope, name, "aws:iam/role:Role", args, options)
{
    public Output<string> Arn => GetOutput<string>("arn");

    /// <summary>The role's name (what attachments take).</summary>
    public Output<string> RoleName => GetOutput<string>("name");
}

public sealed record RoleArgs : Args, ITaggableArgs
{
    /// <summary>The trust policy, a JSON string: use <c>PolicyDocument.ToJson()</c>.</summary>
    public required Input<string> AssumeRolePolicy { get => Get<Input<string>>(); init => Set(value); }

    public Input<string>? Name { get => Get<Input<string>?>(); init => Set(value); }

    public Input<string>? NamePrefix { get => Get<Input<string>?>(); init => Set(value); }

    public Input<string>? Description { get => Get<Input<string>?>(); init => Set(value); }

    public Input<string>? Path { get => Get<Input<string>?>(); init => Set(value); }

    public Input<int>? MaxSessionDuration { get => Get<Input<int>?>(); init => Set(value); }

    public Input<string>? PermissionsBoundary { get => Get<Input<string>?>(); init => Set(value); }

    public InputMap<string>? Tags { get => Get<InputMap<string>>(); init => Set(value); }
}

/// <summary><c>aws:iam/rolePolicy:RolePolicy</c>: an inline policy owned by one role.</summary>
public sealed class RolePolicy(Scope scope, string name, RolePolicyArgs args, ResourceOptions? options = null)
    : CustomResource<RolePolicyArgs>(scope, name, "aws:iam/rolePolicy:RolePolicy", args, options);

public sealed record RolePolicyArgs : Args
{
    /// <summary>The role's name.</summary>
    public required Input<string> Role { get => Get<Input<string>>(); init => Set(value); }

    /// <summary>A JSON policy document: use <c>PolicyDocument.ToJson()</c>.</summary>
    public required Input<string> Policy { get => Get<Input<string>>(); init => Set(value); }

    public Input<string>? Name { get => Get<Input<string>?>(); init => Set(value); }
}

/// <summary><c>aws:iam/rolePolicyAttachment:RolePolicyAttachment</c>: attaches a managed policy to a role.</summary>
public sealed class RolePolicyAttachment(Scope scope, string name, RolePolicyAttachmentArgs args, ResourceOptions? options = null)
    : CustomResource<RolePolicyAttachmentArgs>(scope, name, "aws:iam/rolePolicyAttachment:RolePolicyAttachment", args, options);

public sealed record RolePolicyAttachmentArgs : Args
{
    /// <summary>The role's name.</summary>
    public required Input<string> Role { get => Get<Input<string>>(); init => Set(value); }

    /// <summary>An AWS-managed or customer policy ARN (partition-correct: <c>arn:aws-cn:</c> in China).</summary>
    public required Input<string> PolicyArn { get => Get<Input<string>>(); init => Set(value); }
}

/// <summary><c>aws:iam/policy:Policy</c>: a customer-managed policy.</summary>
public sealed class Policy(Scope scope, string name, PolicyArgs args, ResourceOptions? options = null)
    : CustomResource<PolicyArgs>(scope, name, "aws:iam/policy:Policy", args, options)
{
    public Output<string> Arn => GetOutput<string>("arn");
}

public sealed record PolicyArgs : Args, ITaggableArgs
{
    /// <summary>A JSON policy document: use <c>PolicyDocument.ToJson()</c>.</summary>
    public required Input<string> Policy { get => Get<Input<string>>(); init => Set(value); }

    public Input<string>? Name { get => Get<Input<string>?>(); init => Set(value); }

    public Input<string>? NamePrefix { get => Get<Input<string>?>(); init => Set(value); }

    public Input<string>? Description { get => Get<Input<string>?>(); init => Set(value); }

    public Input<string>? Path { get => Get<Input<string>?>(); init => Set(value); }

    public InputMap<string>? Tags { get => Get<InputMap<string>>(); init => Set(value); }
}

/// <summary><c>aws:iam/openIdConnectProvider:OpenIdConnectProvider</c>: trusts a cluster's OIDC issuer (IRSA).</summary>
public sealed class OpenIdConnectProvider(Scope scope, string name, OpenIdConnectProviderArgs args, ResourceOptions? options = null)
    : CustomResource<OpenIdConnectProviderArgs>(scope, name, "aws:iam/openIdConnectProvider:OpenIdConnectProvider", args, options)
{
    public Output<string> Arn => GetOutput<string>("arn");

    /// <summary>The issuer URL without <c>https://</c>, as trust-policy condition keys use it.</summary>
    public Output<string> Url => GetOutput<string>("url");
}

public sealed record OpenIdConnectProviderArgs : Args, ITaggableArgs
{
    public required Input<string> Url { get => Get<Input<string>>(); init => Set(value); }

    public required InputList<string> ClientIdLists { get => Get<InputList<string>>()!; init => Set(value); }

    public InputList<string>? ThumbprintLists { get => Get<InputList<string>>(); init => Set(value); }

    public InputMap<string>? Tags { get => Get<InputMap<string>>(); init => Set(value); }
}
