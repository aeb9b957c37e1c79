using Infra.Core.Expressions;
using Infra.Core.Graph;
using Infra.Core.Resources;
using Infra.Core.Values;

namespace Infra.Providers.Aws.Ec2;

/// <summary><c>aws:ec2/vpc:Vpc</c>.</summary>
public sealed class Vpc(Scope scope, string name, VpcArgs args, ResourceOptions? options = null)
    : CustomResource<VpcArgs>(scope, name, "aws:ec2/vpc:Vpc", args, options)
{
    public Output<string> Arn => GetOutput<string>("arn");

    public Output<string> DefaultSecurityGroupId => GetOutput<string>("defaultSecurityGroupId");
}

public sealed record VpcArgs : Args, ITaggableArgs
{
    public Input<string>? CidrBlock { get => Get<Input<string>?>(); init => Set(value); }

    public Input<bool>? EnableDnsHostnames { get => Get<Input<bool>?>(); init => Set(value); }

    public Input<bool>? EnableDnsSupport { get => Get<Input<bool>?>(); init => Set(value); }

    public InputMap<string>? Tags { get => Get<InputMap<string>>(); init => Set(value); }
}

/// <summary><c>aws:ec2/subnet:Subnet</c>.</summary>
public sealed class Subnet(Scope scope, string name, SubnetArgs args, ResourceOptions? options = null)
    : CustomResource<SubnetArgs>(scope, name, "aws:ec2/subnet:Subnet", args, options)
{
    public Output<string> Arn => GetOutput<string>("arn");
}

public sealed record SubnetArgs : Args, ITaggableArgs
{
    public required Input<string> VpcId { get => Get<Input<string>>(); init => Set(value); }

    public Input<string>? CidrBlock { get => Get<Input<string>?>(); init => Set(value); }

    public Input<string>? AvailabilityZone { get => Get<Input<string>?>(); init => Set(value); }

    public Input<bool>? MapPublicIpOnLaunch { get => Get<Input<bool>?>(); init => Set(value); }

    public InputMap<string>? Tags { get => Get<InputMap<string>>(); init => Set(value); }
}

/// <summary><c>aws:ec2/internetGateway:InternetGateway</c>.</summary>
public sealed class InternetGateway(Scope scope, string name, InternetGatewayArgs args, ResourceOptions? options = null)
    : CustomResource<InternetGatewayArgs>(scope, name, "aws:ec2/internetGateway:InternetGateway", args, options);

public sealed record InternetGatewayArgs : Args, ITaggableArgs
{
    public Input<string>? VpcId { get => Get<Input<string>?>(); init => Set(value); }

    public InputMap<string>? Tags { get => Get<InputMap<string>>(); init => Set(value); }
}

/// <summary><c>aws:ec2/eip:Eip</c>. v7 takes <c>domain: "vpc"</c> (the <c>vpc</c> bool is gone).</summary>
public sealed class Eip(Scope scope, string name, EipArgs args, ResourceOptions? options = null)
    : CustomResource<EipArgs>(scope, name, "aws:ec2/eip:Eip", args, options)
{
    public Output<string> AllocationId => GetOutput<string>("allocationId");
}

public sealed record EipArgs : Args, ITaggableArgs
{
    public Input<string>? Domain { get => Get<Input<string>?>(); init => Set(value); }

    public InputMap<string>? Tags { get => Get<InputMap<string>>(); init => Set(value); }
}

/// <summary><c>aws:ec2/natGateway:NatGateway</c> (zonal mode: a public subnet and an EIP allocation).</summary>
public sealed class NatGateway(Scope scope, string name, NatGatewayArgs args, ResourceOptions? options = null)
    : CustomResource<NatGatewayArgs>(scope, name, "aws:ec2/natGateway:NatGateway", args, options);

public sealed record NatGatewayArgs : Args, ITaggableArgs
{
    public Input<string>? SubnetId { get => Get<Input<string>?>(); init => Set(value); }

    public Input<string>? AllocationId { get => Get<Input<string>?>(); init => Set(value); }

    public InputMap<string>? Tags { get => Get<InputMap<string>>(); init => Set(value); }
}

/// <summary><c>aws:ec2/routeTable:RouteTable</c>; routes are separate <see cref="Route"/> resources.</summary>
public sealed class RouteTable(Scope scope, string name, RouteTableArgs args, ResourceOptions? options = null)
    : CustomResource<RouteTableArgs>(scope, name, "aws:ec2/routeTable:RouteTable", args, options);

public sealed record RouteTableArgs : Args, ITaggableArgs
{
    public required Input<string> VpcId { get => Get<Input<string>>(); init => Set(value); }

    public InputMap<string>? Tags { get => Get<InputMap<string>>(); init => Set(value); }
}

/// <summary><c>aws:ec2/route:Route</c>.</summary>
public sealed class Route(Scope scope, string name, RouteArgs args, ResourceOptions? options = null)
    : CustomResource<RouteArgs>(scope, name, "aws:ec2/route:Route", args, options);

public sealed record RouteArgs : Args
{
    public required Input<string> RouteTableId { get => Get<Input<string>>(); init => Set(value); }

    public Input<string>? DestinationCidrBlock { get => Get<Input<string>?>(); init => Set(value); }

    public Input<string>? GatewayId { get => Get<Input<string>?>(); init => Set(value); }

    public Input<string>? NatGatewayId { get => Get<Input<string>?>(); init => Set(value); }
}

/// <summary><c>aws:ec2/routeTableAssociation:RouteTableAssociation</c>.</summary>
public sealed class RouteTableAssociation(Scope scope, string name, RouteTableAssociationArgs args, ResourceOptions? options = null)
    : CustomResource<RouteTableAssociationArgs>(scope, name, "aws:ec2/routeTableAssociation:RouteTableAssociation", args, options);

public sealed record RouteTableAssociationArgs : Args
{
    public required Input<string> RouteTableId { get => Get<Input<string>>(); init => Set(value); }

    public Input<string>? SubnetId { get => Get<Input<string>?>(); init => Set(value); }
}

/// <summary><c>aws:ec2/vpcEndpoint:VpcEndpoint</c>.</summary>
public sealed class VpcEndpoint(Scope scope, string name, VpcEndpointArgs args, ResourceOptions? options = null)
    : CustomResource<VpcEndpointArgs>(scope, name, "aws:ec2/vpcEndpoint:VpcEndpoint", args, options);

public sealed record VpcEndpointArgs : Args, ITaggableArgs
{
    public required Input<string> VpcId { get => Get<Input<string>>(); init => Set(value); }

    public Input<string>? ServiceName { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary><c>Gateway</c> (the default), <c>Interface</c> or <c>GatewayLoadBalancer</c>.</summary>
    public Input<string>? VpcEndpointType { get => Get<Input<string>?>(); init => Set(value); }

    public InputList<string>? RouteTableIds { get => Get<InputList<string>>(); init => Set(value); }

    public InputMap<string>? Tags { get => Get<InputMap<string>>(); init => Set(value); }
}

/// <summary><c>aws:ec2/flowLog:FlowLog</c>.</summary>
public sealed class FlowLog(Scope scope, string name, FlowLogArgs args, ResourceOptions? options = null)
    : CustomResource<FlowLogArgs>(scope, name, "aws:ec2/flowLog:FlowLog", args, options);

public sealed record FlowLogArgs : Args, ITaggableArgs
{
    public Input<string>? VpcId { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary><c>ACCEPT</c>, <c>REJECT</c> or <c>ALL</c>.</summary>
    public Input<string>? TrafficType { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary><c>cloud-watch-logs</c> (the default), <c>s3</c> or <c>kinesis-data-firehose</c>.</summary>
    public Input<string>? LogDestinationType { get => Get<Input<string>?>(); init => Set(value); }

    public Input<string>? LogDestination { get => Get<Input<string>?>(); init => Set(value); }

    public Input<string>? IamRoleArn { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary>Seconds: 60 or 600.</summary>
    public Input<int>? MaxAggregationInterval { get => Get<Input<int>?>(); init => Set(value); }

    public InputMap<string>? Tags { get => Get<InputMap<string>>(); init => Set(value); }
}

/// <summary>
/// <c>aws:ec2/defaultSecurityGroup:DefaultSecurityGroup</c>: adopts the VPC's default security group
/// and removes every rule it had, so nothing attached to it by accident can talk.
/// </summary>
public sealed class DefaultSecurityGroup(Scope scope, string name, DefaultSecurityGroupArgs args, ResourceOptions? options = null)
    : CustomResource<DefaultSecurityGroupArgs>(scope, name, "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup", args, options);

public sealed record DefaultSecurityGroupArgs : Args, ITaggableArgs
{
    public Input<string>? VpcId { get => Get<Input<string>?>(); init => Set(value); }

    public InputList<MapValue>? Ingress { get => Get<InputList<MapValue>>(); init => Set(value); }

    public InputList<MapValue>? Egress { get => Get<InputList<MapValue>>(); init => Set(value); }

    public InputMap<string>? Tags { get => Get<InputMap<string>>(); init => Set(value); }
}

/// <summary>
/// <c>aws:ec2/launchTemplate:LaunchTemplate</c>: how an Auto Scaling group's instances start (disks,
/// metadata options, network interfaces, tags on instances and volumes).
/// </summary>
public sealed class LaunchTemplate(Scope scope, string name, LaunchTemplateArgs args, ResourceOptions? options = null)
    : CustomResource<LaunchTemplateArgs>(scope, name, "aws:ec2/launchTemplate:LaunchTemplate", args, options)
{
    /// <summary>The newest version number (a number; node groups take it as a string).</summary>
    public Output<int> LatestVersion => GetOutput<int>("latestVersion");
}

public sealed record LaunchTemplateArgs : Args, ITaggableArgs
{
    public Input<string>? NamePrefix { get => Get<Input<string>?>(); init => Set(value); }

    public Input<string>? Description { get => Get<Input<string>?>(); init => Set(value); }

    public InputList<LaunchTemplateBlockDeviceMappingArgs>? BlockDeviceMappings { get => Get<InputList<LaunchTemplateBlockDeviceMappingArgs>>(); init => Set(value); }

    public Input<LaunchTemplateMetadataOptionsArgs>? MetadataOptions { get => Get<Input<LaunchTemplateMetadataOptionsArgs>?>(); init => Set(value); }

    public InputList<LaunchTemplateNetworkInterfaceArgs>? NetworkInterfaces { get => Get<InputList<LaunchTemplateNetworkInterfaceArgs>>(); init => Set(value); }

    public Input<LaunchTemplatePlacementArgs>? Placement { get => Get<Input<LaunchTemplatePlacementArgs>?>(); init => Set(value); }

    public InputList<LaunchTemplateTagSpecificationArgs>? TagSpecifications { get => Get<InputList<LaunchTemplateTagSpecificationArgs>>(); init => Set(value); }

    public Input<bool>? UpdateDefaultVersion { get => Get<Input<bool>?>(); init => Set(value); }

    public InputMap<string>? Tags { get => Get<InputMap<string>>(); init => Set(value); }
}

public sealed record LaunchTemplateBlockDeviceMappingArgs : Args
{
    public Input<string>? DeviceName { get => Get<Input<string>?>(); init => Set(value); }

    public Input<LaunchTemplateBlockDeviceMappingEbsArgs>? Ebs { get => Get<Input<LaunchTemplateBlockDeviceMappingEbsArgs>?>(); init => Set(value); }
}

/// <summary>EBS settings; <c>encrypted</c> and <c>deleteOnTermination</c> are strings (<c>"true"</c>) in the SDK.</summary>
public sealed record LaunchTemplateBlockDeviceMappingEbsArgs : Args
{
    public Input<string>? Encrypted { get => Get<Input<string>?>(); init => Set(value); }

    public Input<string>? DeleteOnTermination { get => Get<Input<string>?>(); init => Set(value); }

    public Input<string>? KmsKeyId { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary>GiB.</summary>
    public Input<int>? VolumeSize { get => Get<Input<int>?>(); init => Set(value); }

    /// <summary><c>gp3</c>, <c>gp2</c>, <c>io2</c>, …</summary>
    public Input<string>? VolumeType { get => Get<Input<string>?>(); init => Set(value); }

    public Input<int>? Iops { get => Get<Input<int>?>(); init => Set(value); }

    /// <summary>MiB/s (gp3).</summary>
    public Input<int>? Throughput { get => Get<Input<int>?>(); init => Set(value); }
}

public sealed record LaunchTemplateMetadataOptionsArgs : Args
{
    /// <summary><c>enabled</c> or <c>disabled</c>.</summary>
    public Input<string>? HttpEndpoint { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary><c>required</c> means IMDSv2 only.</summary>
    public Input<string>? HttpTokens { get => Get<Input<string>?>(); init => Set(value); }

    /// <summary>1 keeps containers (one hop further) away from the node's credentials.</summary>
    public Input<int>? HttpPutResponseHopLimit { get => Get<Input<int>?>(); init => Set(value); }
}

public sealed record LaunchTemplateNetworkInterfaceArgs : Args
{
    public Input<int>? DeviceIndex { get => Get<Input<int>?>(); init => Set(value); }

    public Input<int>? NetworkCardIndex { get => Get<Input<int>?>(); init => Set(value); }

    /// <summary><c>efa</c> for an Elastic Fabric Adapter (<c>efa-only</c> is not allowed on card 0).</summary>
    public Input<string>? InterfaceType { get => Get<Input<string>?>(); init => Set(value); }

    public Input<string>? DeleteOnTermination { get => Get<Input<string>?>(); init => Set(value); }

    public InputList<string>? SecurityGroups { get => Get<InputList<string>>(); init => Set(value); }
}

public sealed record LaunchTemplatePlacementArgs : Args
{
    public Input<string>? GroupName { get => Get<Input<string>?>(); init => Set(value); }
}

public sealed record LaunchTemplateTagSpecificationArgs : Args
{
    /// <summary><c>instance</c>, <c>volume</c>, <c>network-interface</c>, …</summary>
    public Input<string>? ResourceType { get => Get<Input<string>?>(); init => Set(value); }

    public InputMap<string>? Tags { get => Get<InputMap<string>>(); init => Set(value); }
}

/// <summary><c>aws:ec2/placementGroup:PlacementGroup</c>: strategy <c>cluster</c> packs instances close for EFA traffic.</summary>
public sealed class PlacementGroup(Scope scope, string name, PlacementGroupArgs args, ResourceOptions? options = null)
    : CustomResource<PlacementGroupArgs>(scope, name, "aws:ec2/placementGroup:PlacementGroup", args, options)
{
    public Output<string> GroupName => GetOutput<string>("name");
}

public sealed record PlacementGroupArgs : Args, ITaggableArgs
{
    /// <summary><c>cluster</c>, <c>partition</c> or <c>spread</c>.</summary>
    public required Input<string> Strategy { get => Get<Input<string>>(); init => Set(value); }

    public Input<string>? Name { get => Get<Input<string>?>(); init => Set(value); }

    public InputMap<string>? Tags { get => Get<InputMap<string>>(); init => Set(value); }
}
