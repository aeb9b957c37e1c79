using Infra.Core.Expressions;
using Infra.Core.Graph;
using Infra.Core.Resources;
using Infra.Core.Values;

namespace Infra.Providers.Alicloud.Ecs;

/// <summary><c>alicloud:ecs/eipAddress:EipAddress</c>: the current EIP resource (<c>ecs/eip:Eip</c> is deprecated).</summary>
public sealed class EipAddress(Scope scope, string name, EipAddressArgs args, ResourceOptions? options = null)
    : CustomResource<EipAddressArgs>(scope, name, "alicloud:ecs/eipAddress:EipAddress", args, options)
{
    public Output<string> IpAddress => GetOutput<string>("ipAddress");
}

public sealed record EipAddressArgs : Args, ITaggableArgs
{
    public Input<string>? AddressName { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary>Mbit/s, as a string.</summary>
    public Input<string>? Bandwidth { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary><c>PayByTraffic</c> or <c>PayByBandwidth</c>.</summary>
    public Input<string>? InternetChargeType { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary><c>PayAsYouGo</c> or <c>Subscription</c>.</summary>
    public Input<string>? PaymentType { get => Get<Input<string>?>(); init => Set(value); }

    public Input<bool>? DeletionProtection { get => Get<Input<bool>?>(); init => Set(value); }

    public InputMap<string>? Tags { get => Get<InputMap<string>>(); init => Set(value); }
}

/// <summary><c>alicloud:ecs/eipAssociation:EipAssociation</c>.</summary>
public sealed class EipAssociation(Scope scope, string name, EipAssociationArgs args, ResourceOptions? options = null)
    : CustomResource<EipAssociationArgs>(scope, name, "alicloud:ecs/eipAssociation:EipAssociation", args, options);

public sealed record EipAssociationArgs : Args
{
    public required Input<string> AllocationId { get => Get<Input<string>>(); init => Set(value); }

    public required Input<string> InstanceId { get => Get<Input<string>>(); init => Set(value); }

    /// <summary><c>Nat</c> for a NAT gateway (the default is <c>EcsInstance</c>).</summary>
    public Input<string>? InstanceType { get => Get<Input<string>?>(); init => Set(value); }
}

/// <summary>Functions of the ecs module (alicloud 3.108.0).</summary>
public static class EcsFunctions
{
    /// <summary>
    /// The instance types a region or zone sells (<c>ids</c>, <c>instanceTypes</c>). With
    /// <c>availabilityZone</c> and <c>instanceType</c>, <c>ids</c> is empty when the zone does not
    /// sell the type (the provider drops SoldOut types from DescribeAvailableResource's answer).
    /// </summary>
    public const string GetInstanceTypes = "alicloud:ecs/getInstanceTypes:getInstanceTypes";
}

/// <summary>Arguments of <see cref="EcsFunctions.GetInstanceTypes"/> (the ones the stacks use).</summary>
public sealed record GetInstanceTypesArgs : Args
{
    public Input<string>? AvailabilityZone { get => Get<Input<string>?>(); init => Set(value); }

    public Input<string>? InstanceType { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary><c>PrePaid</c> or <c>PostPaid</c> (the default).</summary>
    public Input<string>? InstanceChargeType { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary><c>NoSpot</c> (the default), <c>SpotWithPriceLimit</c> or <c>SpotAsPriceGo</c>.</summary>
    public Input<string>? SpotStrategy { get => Get<Input<string>?>(); init => Set(value); }
}
