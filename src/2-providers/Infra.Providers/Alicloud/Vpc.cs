using Infra.Core.Expressions;
using Infra.Core.Graph;
using Infra.Core.Resources;
using Infra.Core.Values;

namespace Infra.Providers.Alicloud.Vpc;

/// <summary><c>alicloud:vpc/network:Network</c>: a VPC (<c>vpcName</c>; <c>name</c> is deprecated).</summary>
public sealed class Network(Scope scope, string name, NetworkArgs args, ResourceOptions? options = null)
    : CustomResource<NetworkArgs>(scope, name, "alicloud:vpc/network:Network", args, options);

public sealed record NetworkArgs : Args, ITaggableArgs
{
    public Input<string>? VpcName { get => Get<Input<string>?>(); init => Set(value); }

    public Input<string>? CidrBlock { get => Get<Input<string>?>(); init => Set(value); }

    public Input<string>? Description { get => Get<Input<string>?>(); init => Set(value); }

    public InputMap<string>? Tags { get => Get<InputMap<string>>(); init => Set(value); }
}

/// <summary><c>alicloud:vpc/switch:Switch</c>: a vSwitch in one zone (<c>zoneId</c>; <c>availabilityZone</c> is deprecated).</summary>
public sealed class Switch(Scope scope, string name, SwitchArgs args, ResourceOptions? options = null)
    : CustomResource<SwitchArgs>(scope, name, "alicloud:vpc/switch:Switch", args, options);

public sealed record SwitchArgs : Args, ITaggableArgs
{
    public Input<string>? VpcId { get => Get<Input<string>?>(); init => Set(value); }

    public Input<string>? CidrBlock { get => Get<Input<string>?>(); init => Set(value); }

    public Input<string>? ZoneId { get => Get<Input<string>?>(); init => Set(value); }

    public Input<string>? VswitchName { get => Get<Input<string>?>(); init => Set(value); }

    public InputMap<string>? Tags { get => Get<InputMap<string>>(); init => Set(value); }
}

/// <summary><c>alicloud:vpc/natGateway:NatGateway</c>.</summary>
public sealed class NatGateway(Scope scope, string name, NatGatewayArgs args, ResourceOptions? options = null)
    : CustomResource<NatGatewayArgs>(scope, name, "alicloud:vpc/natGateway:NatGateway", args, options)
{
    /// <summary>The SNAT table (a string with one ID).</summary>
    public Output<string> SnatTableIds => GetOutput<string>("snatTableIds");
}

public sealed record NatGatewayArgs : Args, ITaggableArgs
{
    public required Input<string> VpcId { get => Get<Input<string>>(); init => Set(value); }

    public Input<string>? VswitchId { get => Get<Input<string>?>(); init => Set(value); }

    public Input<string>? NatGatewayName { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary><c>Enhanced</c> (the only type since provider 1.137.0).</summary>
    public Input<string>? NatType { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary><c>PayAsYouGo</c> or <c>Subscription</c>.</summary>
    public Input<string>? PaymentType { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary><c>PayByLcu</c> for enhanced NAT gateways.</summary>
    public Input<string>? InternetChargeType { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary><c>internet</c> or <c>intranet</c>.</summary>
    public Input<string>? NetworkType { get => Get<Input<string>?>(); init => Set(value); }

    public Input<bool>? DeletionProtection { get => Get<Input<bool>?>(); init => Set(value); }

    public InputMap<string>? Tags { get => Get<InputMap<string>>(); init => Set(value); }
}

/// <summary><c>alicloud:vpc/snatEntry:SnatEntry</c>: outbound NAT for one vSwitch.</summary>
public sealed class SnatEntry(Scope scope, string name, SnatEntryArgs args, ResourceOptions? options = null)
    : CustomResource<SnatEntryArgs>(scope, name, "alicloud:vpc/snatEntry:SnatEntry", args, options);

public sealed record SnatEntryArgs : Args
{
    public required Input<string> SnatTableId { get => Get<Input<string>>(); init => Set(value); }

    public required Input<string> SnatIp { get => Get<Input<string>>(); init => Set(value); }

    public Input<string>? SourceVswitchId { get => Get<Input<string>?>(); init => Set(value); }

    public Input<string>? SnatEntryName { get => Get<Input<string>?>(); init => Set(value); }
}

/// <summary><c>alicloud:vpc/flowLog:FlowLog</c>: captures VPC traffic into an SLS logstore.</summary>
public sealed class FlowLog(Scope scope, string name, FlowLogArgs args, ResourceOptions? options = null)
    : CustomResource<FlowLogArgs>(scope, name, "alicloud:vpc/flowLog:FlowLog", args, options);

public sealed record FlowLogArgs : Args, ITaggableArgs
{
    public required Input<string> ResourceId { get => Get<Input<string>>(); init => Set(value); }

    /// <summary><c>NetworkInterface</c>, <c>VSwitch</c> or <c>VPC</c>.</summary>
    public required Input<string> ResourceType { get => Get<Input<string>>(); init => Set(value); }

    /// <summary><c>All</c>, <c>Allow</c> or <c>Drop</c>.</summary>
    public required Input<string> TrafficType { get => Get<Input<string>>(); init => Set(value); }

    public required Input<string> ProjectName { get => Get<Input<string>>(); init => Set(value); }

    public required Input<string> LogStoreName { get => Get<Input<string>>(); init => Set(value); }

    public Input<string>? FlowLogName { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary>Seconds as a string: <c>1</c>, <c>5</c> or <c>10</c>.</summary>
    public Input<string>? AggregationInterval { get => Get<Input<string>?>(); init => Set(value); }

    public InputMap<string>? Tags { get => Get<InputMap<string>>(); init => Set(value); }
}
