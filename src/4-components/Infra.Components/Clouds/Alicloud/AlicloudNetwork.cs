using System.Text.RegularExpressions;
using Infra.Components.Networking;
using Infra.Components.Storage;
using Infra.Providers.Alicloud.Cen;
using Infra.Providers.Alicloud.Ecs;
using Infra.Providers.Alicloud.Log;
using Infra.Providers.Alicloud.Vpc;
using AliNetwork = Infra.Providers.Alicloud.Vpc.Network;
using AliNetworkArgs = Infra.Providers.Alicloud.Vpc.NetworkArgs;
using Network = Infra.Components.Networking.Network;
using NetworkArgs = Infra.Components.Networking.NetworkArgs;

namespace Infra.Components.Clouds.Alicloud;

/// <summary>
/// The network on Alibaba Cloud: a VPC with a private and a public vSwitch per zone, one enhanced
/// NAT gateway (the VPC's system route table can send its default route to only one) with an EIP
/// per egress zone and SNAT entries for the private vSwitches, and flow logs into Simple Log
/// Service. Object storage is reached over OSS's internal endpoint, which needs no resource.
/// </summary>
internal sealed partial class AlicloudNetwork : INetworkRealization
{
    /// <summary>CEN instance and transit router IDs (CEN API reference: <c>cen-…</c>, <c>tr-…</c>, lowercase letters and digits).</summary>
    [GeneratedRegex("^cen-[a-z0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex CenId();

    [GeneratedRegex("^tr-[a-z0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex TransitRouterId();

    public void Check(DeployNetwork deploy, string subject, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(deploy);
        ArgumentNullException.ThrowIfNull(diagnostics);
        DeployHubIds.Require(diagnostics, subject, "cenId", deploy.CenId, CenId(),
            "the runners' CEN instance, cen- and lowercase letters or digits (an Alibaba Cloud stack joins the runners' network through CEN)");
        DeployHubIds.Require(diagnostics, subject, "transitRouterId", deploy.TransitRouterId, TransitRouterId(),
            "the CEN transit router in the stack's region, tr- and lowercase letters or digits");

        if (deploy.TransitGatewayId is not null)
        {
            diagnostics.Error(NetworkCodes.InvalidDeployNetwork, subject + ".transitGatewayId", "is AWS's; an Alibaba Cloud stack names a cenId and a transitRouterId");
        }
    }

    public BuiltNetwork Build(Network network, StackEnvironment environment, NetworkArgs args)
    {
        var tags = InputMap.From(environment.Tags.For(network.Path));
        var prefix = $"{environment.OrgPrefix}-{environment.StackName}-{network.Path}";
        var vpc = new AliNetwork(network, "vpc", new AliNetworkArgs
        {
            VpcName = PhysicalNames.Fit($"{prefix}-vpc", NameLimitFacts.AlicloudVpcName),
            CidrBlock = args.Plan.VpcCidr,
            Description = $"ml-platform {environment.StackName}",
            Tags = tags,
        });

        // A public and a private vSwitch per zone, named alike: <role>-<zone>.
        Switch VSwitch(string role, string zone, string cidr) => new(network, $"{role}-{zone}", new SwitchArgs
        {
            VpcId = vpc.Id,
            CidrBlock = cidr,
            ZoneId = zone,
            VswitchName = PhysicalNames.Fit($"{prefix}-{role}-{zone}", NameLimitFacts.AlicloudVswitchName),
            Tags = tags,
        });

        var publicSwitches = new List<Switch>();
        var privateSwitches = new List<Switch>();
        foreach (var zone in args.Plan.Zones)
        {
            publicSwitches.Add(VSwitch("public", zone.Zone, zone.PublicCidr));
            privateSwitches.Add(VSwitch("private", zone.Zone, zone.PrivateCidr));
        }

        var nat = new NatGateway(network, "nat", new NatGatewayArgs
        {
            VpcId = vpc.Id,
            VswitchId = publicSwitches[0].Id,
            NatGatewayName = PhysicalNames.Fit($"{prefix}-nat", NameLimitFacts.AlicloudNatGatewayName),
            NatType = "Enhanced",
            PaymentType = "PayAsYouGo",
            InternetChargeType = "PayByLcu",
            NetworkType = "internet",
            DeletionProtection = environment.IsProd,
            Tags = tags,
        });

        var egressZones = args.Nat == NatStrategy.Shared ? 1 : args.Plan.Zones.Length;
        var addresses = new List<(EipAddress Address, EipAssociation Binding)>();
        for (var i = 0; i < egressZones; i++)
        {
            var zone = args.Plan.Zones[i].Zone;
            var address = new EipAddress(network, $"nat-{zone}-eip", new EipAddressArgs
            {
                AddressName = PhysicalNames.Fit($"{prefix}-nat-{zone}", NameLimitFacts.AlicloudEipName),
                Bandwidth = "200",
                InternetChargeType = "PayByTraffic",
                PaymentType = "PayAsYouGo",
                Tags = tags,
            });
            var binding = new EipAssociation(network, $"nat-{zone}-eip-binding", new EipAssociationArgs
            {
                AllocationId = address.Id,
                InstanceId = nat.Id,
                InstanceType = "Nat",
            });
            addresses.Add((address, binding));
        }

        for (var i = 0; i < privateSwitches.Count; i++)
        {
            var zone = args.Plan.Zones[i].Zone;
            var (address, binding) = addresses[Math.Min(i, addresses.Count - 1)];
            _ = new SnatEntry(network, $"private-{zone}-snat", new SnatEntryArgs
            {
                SnatTableId = nat.SnatTableIds,
                SnatIp = address.IpAddress,
                SourceVswitchId = privateSwitches[i].Id,
                SnatEntryName = PhysicalNames.Fit($"{prefix}-private-{zone}", NameLimitFacts.AlicloudSnatEntryName),
            }, new ResourceOptions { DependsOn = [binding] });
        }

        if (args.FlowLogs)
        {
            FlowLogs(network, args, vpc, prefix, SlsProjectName(environment, $"{prefix}-flowlogs", $"{network.Path}-flowlogs"), tags);
        }

        return new BuiltNetwork(vpc.Id, [.. privateSwitches.Select(vswitch => vswitch.Id)], [.. publicSwitches.Select(vswitch => vswitch.Id)])
        {
            PathIn = args.DeployNetwork is { } deploy ? PathIn(network, deploy, vpc, privateSwitches, args, tags) : [],
        };
    }

    /// <summary>
    /// The VPC attached to the runners' CEN transit router through its private vSwitches (one per
    /// zone), and the runners' range routed to that attachment in the VPC's system route table.
    /// </summary>
    private static ImmutableArray<Resource> PathIn(Network network, DeployNetwork deploy, AliNetwork vpc, List<Switch> privateSwitches, NetworkArgs args, InputMap<string> tags)
    {
        var attachment = new TransitRouterVpcAttachment(network, "deploy-tr-attachment", new TransitRouterVpcAttachmentArgs
        {
            CenId = deploy.CenId!,
            TransitRouterId = deploy.TransitRouterId!,
            VpcId = vpc.Id,
            ZoneMappings = InputList.From(privateSwitches.Select((vswitch, index) => (Input<TransitRouterVpcAttachmentZoneMappingArgs>)new TransitRouterVpcAttachmentZoneMappingArgs
            {
                ZoneId = args.Plan.Zones[index].Zone,
                VswitchId = vswitch.Id,
            })),
            Tags = tags,
        });
        var route = new RouteEntry(network, "deploy-route", new RouteEntryArgs
        {
            RouteTableId = vpc.RouteTableId,
            DestinationCidrblock = deploy.Cidr,
            NexthopType = DeployPathFacts.TransitRouterNextHop,
            NexthopId = attachment.TransitRouterAttachmentId,
            Description = "the deploying runners' network, through the CEN transit router",
        });
        return [attachment, route];
    }

    /// <summary>
    /// An SLS project name: globally unique like a bucket name, so it ends with the same stable hash
    /// (<see cref="BucketNames.StableSuffix"/>), and cut to the 63 characters SLS allows
    /// (<see cref="AlicloudFacts.SlsProjectNameMaxLength"/>).
    /// </summary>
    internal static string SlsProjectName(StackEnvironment environment, string baseName, string purpose)
    {
        var suffix = BucketNames.StableSuffix(environment, purpose);
        var head = baseName.ToLowerInvariant();
        head = head[..Math.Min(head.Length, AlicloudFacts.SlsProjectNameMaxLength.Value - suffix.Length - 1)].TrimEnd('-');
        return $"{head}-{suffix}";
    }

    private static void FlowLogs(Network network, NetworkArgs args, AliNetwork vpc, string prefix, string projectName, InputMap<string> tags)
    {
        var project = new Project(network, "flow-logs-project", new ProjectArgs
        {
            ProjectName = projectName,
            Description = "VPC flow logs",
            Tags = tags,
        });
        var store = new Store(network, "flow-logs-store", new StoreArgs
        {
            ProjectName = project.ProjectName,
            LogstoreName = "vpc-flow-logs",
            RetentionPeriod = args.FlowLogRetentionDays,
            ShardCount = 2,
        });
        _ = new FlowLog(network, "flow-log", new FlowLogArgs
        {
            ResourceId = vpc.Id,
            ResourceType = "VPC",
            TrafficType = "All",
            ProjectName = project.ProjectName,
            LogStoreName = store.LogstoreName,
            FlowLogName = PhysicalNames.Fit($"{prefix}-flow-log", NameLimitFacts.AlicloudFlowLogName),
            AggregationInterval = "10",
            Tags = tags,
        });
    }
}
