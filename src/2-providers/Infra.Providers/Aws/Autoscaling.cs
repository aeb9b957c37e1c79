using Infra.Core.Graph;
using Infra.Core.Resources;
using Infra.Core.Values;

namespace Infra.Providers.Aws.Autoscaling;

/// <summary>
/// <c>aws:autoscaling/tag:Tag</c>: one tag on an Auto Scaling group that another service created
/// (an EKS managed node group's), e.g. the cluster autoscaler's node-template tags.
/// </summary>
public sealed class Tag(Scope scope, string name, TagArgs args, ResourceOptions? options = null)
    : CustomResource<TagArgs>(scope, name, "aws:autoscaling/tag:Tag", args, options);

public sealed record TagArgs : Args
{
    public required Input<string> AutoscalingGroupName { get => Get<Input<string>>(); init => Set(value); }

    public required Input<TagTagArgs> Tag { get => Get<Input<TagTagArgs>>(); init => Set(value); }
}

public sealed record TagTagArgs : Args
{
    public required Input<string> Key { get => Get<Input<string>>(); init => Set(value); }

    public required Input<string> Value { get => Get<Input<string>>(); init => Set(value); }

    /// <summary>Whether instances the group launches get the tag too.</summary>
    public required Input<bool> PropagateAtLaunch { get => Get<Input<bool>>(); init => Set(value); }
}
