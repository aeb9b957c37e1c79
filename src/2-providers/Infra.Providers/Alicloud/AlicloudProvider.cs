using Infra.Core.Values;

namespace Infra.Providers.Alicloud;

/// <summary>Inputs of the alicloud provider (@pulumi/alicloud ProviderArgs). The YAML host does not
/// read ALICLOUD_REGION for an explicit provider, so the region is always set.</summary>
public sealed record AlicloudProviderArgs : ProviderArgs
{
    public override string Package => "alicloud";

    public required Input<string> Region { get => Get<Input<string>>(); init => Set(value); }

    /// <summary>A single object (unlike aws, whose assumeRoles is a list).</summary>
    public Input<AlicloudProviderAssumeRoleArgs>? AssumeRole { get => Get<Input<AlicloudProviderAssumeRoleArgs>?>(); init => Set(value); }

    public Input<string>? Profile { get => Get<Input<string>?>(); init => Set(value); }
}
