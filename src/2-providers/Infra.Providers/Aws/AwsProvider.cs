using Infra.Core.Values;

namespace Infra.Providers.Aws;

/// <summary>Inputs of the aws provider (@pulumi/aws ProviderArgs). The YAML host does not read
/// AWS_REGION for an explicit provider, so the region is always set.</summary>
public sealed record AwsProviderArgs : ProviderArgs
{
    public override string Package => "aws";

    public required Input<string> Region { get => Get<Input<string>>(); init => Set(value); }

    public InputList<string>? AllowedAccountIds { get => Get<InputList<string>>(); init => Set(value); }

    /// <summary>A list in v7 (there is no singular assumeRole any more).</summary>
    public InputList<AwsProviderAssumeRoleArgs>? AssumeRoles { get => Get<InputList<AwsProviderAssumeRoleArgs>>(); init => Set(value); }

    public Input<AwsProviderDefaultTagsArgs>? DefaultTags { get => Get<Input<AwsProviderDefaultTagsArgs>?>(); init => Set(value); }

    public Input<string>? Profile { get => Get<Input<string>?>(); init => Set(value); }

    public Input<bool>? SkipCredentialsValidation { get => Get<Input<bool>?>(); init => Set(value); }

    public Input<bool>? SkipRequestingAccountId { get => Get<Input<bool>?>(); init => Set(value); }
}
