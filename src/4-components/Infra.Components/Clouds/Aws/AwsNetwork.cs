using System.Text.RegularExpressions;
using Infra.Components.Networking;
using Infra.Providers.Aws;
using Infra.Providers.Aws.CloudWatch;
using Infra.Providers.Aws.Ec2;
using Infra.Providers.Aws.Ec2TransitGateway;
using Infra.Providers.Aws.Iam;

namespace Infra.Components.Clouds.Aws;

/// <summary>The network on AWS and AWS China (the same resources; ARNs and service names follow the partition).</summary>
internal sealed partial class AwsNetwork : INetworkRealization
{
    /// <summary>Transit gateway IDs (EC2 API reference, TransitGateway: <c>tgw-</c> and hex digits).</summary>
    [GeneratedRegex("^tgw-[0-9a-f]{8,17}$", RegexOptions.CultureInvariant)]
    private static partial Regex TransitGatewayId();

    public void Check(DeployNetwork deploy, string subject, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(deploy);
        ArgumentNullException.ThrowIfNull(diagnostics);
        DeployHubIds.Require(diagnostics, subject, "transitGatewayId", deploy.TransitGatewayId, TransitGatewayId(),
            "the ID of the runners' transit gateway in the stack's region, tgw- and 8-17 hex digits (an AWS stack joins the runners' network through a transit gateway)");

        if (deploy.CenId is not null || deploy.TransitRouterId is not null)
        {
            diagnostics.Error(NetworkCodes.InvalidDeployNetwork, subject, "cenId and transitRouterId are Alibaba Cloud's; an AWS stack names a transitGatewayId only");
        }
    }

    /// <summary>Subnet tags the AWS Load Balancer Controller uses to find where to put load balancers.</summary>
    private const string PublicLoadBalancerTag = "kubernetes.io/role/elb";
    private const string InternalLoadBalancerTag = "kubernetes.io/role/internal-elb";
    private const string Anywhere = "0.0.0.0/0";

    public BuiltNetwork Build(Network network, StackEnvironment environment, NetworkArgs args)
    {
        InputMap<string> Tags(string name, params (string Key, string Value)[] extra) => InputMap.From(environment.Tags.For(network.Path,
            extra.Select(tag => KeyValuePair.Create(tag.Key, tag.Value)).Append(KeyValuePair.Create("Name", LogicalNames.Join(network.Path, name)))));

        var vpc = new Vpc(network, "vpc", new VpcArgs
        {
            CidrBlock = args.Plan.VpcCidr,
            EnableDnsHostnames = true,
            EnableDnsSupport = true,
            Tags = Tags("vpc"),
        });

        // Adopting the default security group removes its rules: nothing attached to it by mistake can talk.
        _ = new DefaultSecurityGroup(network, "default-sg", new DefaultSecurityGroupArgs
        {
            VpcId = vpc.Id,
            Ingress = [],
            Egress = [],
            Tags = Tags("default-sg"),
        });

        var gateway = new InternetGateway(network, "igw", new InternetGatewayArgs { VpcId = vpc.Id, Tags = Tags("igw") });
        var publicRoutes = new RouteTable(network, "public-rt", new RouteTableArgs { VpcId = vpc.Id, Tags = Tags("public-rt") });
        _ = new Route(network, "public-default-route", new RouteArgs
        {
            RouteTableId = publicRoutes.Id,
            DestinationCidrBlock = Anywhere,
            GatewayId = gateway.Id,
        });

        var publicSubnets = new List<Subnet>();
        var privateSubnets = new List<Subnet>();
        foreach (var zone in args.Plan.Zones)
        {
            var publicSubnet = new Subnet(network, $"public-{zone.Zone}", new SubnetArgs
            {
                VpcId = vpc.Id,
                CidrBlock = zone.PublicCidr,
                AvailabilityZone = zone.Zone,
                MapPublicIpOnLaunch = false,
                Tags = Tags($"public-{zone.Zone}", (PublicLoadBalancerTag, "1")),
            });
            _ = new RouteTableAssociation(network, $"public-{zone.Zone}-rta", new RouteTableAssociationArgs
            {
                RouteTableId = publicRoutes.Id,
                SubnetId = publicSubnet.Id,
            });
            publicSubnets.Add(publicSubnet);
            privateSubnets.Add(new Subnet(network, $"private-{zone.Zone}", new SubnetArgs
            {
                VpcId = vpc.Id,
                CidrBlock = zone.PrivateCidr,
                AvailabilityZone = zone.Zone,
                Tags = Tags($"private-{zone.Zone}", (InternalLoadBalancerTag, "1")),
            }));
        }

        var natGateways = NatGateways(network, args, publicSubnets, Tags);
        var privateRouteTables = new List<RouteTable>();
        for (var i = 0; i < args.Plan.Zones.Length; i++)
        {
            var zone = args.Plan.Zones[i].Zone;
            var routes = new RouteTable(network, $"private-{zone}-rt", new RouteTableArgs { VpcId = vpc.Id, Tags = Tags($"private-{zone}-rt") });
            _ = new Route(network, $"private-{zone}-default-route", new RouteArgs
            {
                RouteTableId = routes.Id,
                DestinationCidrBlock = Anywhere,
                NatGatewayId = natGateways[Math.Min(i, natGateways.Count - 1)].Id,
            });
            _ = new RouteTableAssociation(network, $"private-{zone}-rta", new RouteTableAssociationArgs
            {
                RouteTableId = routes.Id,
                SubnetId = privateSubnets[i].Id,
            });
            privateRouteTables.Add(routes);
        }

        if (args.PrivateEndpoints)
        {
            // The service name differs by partition (com.amazonaws.… vs cn.com.amazonaws.…); let AWS say it.
            var s3Service = network.Stack.AddVariable(LogicalNames.Join(network.Path, "s3-endpoint-service"),
                Fn.Invoke<string>(AwsFunctions.GetVpcEndpointService,
                    new GetVpcEndpointServiceArgs { Service = "s3", ServiceType = "Gateway" },
                    network.FindProvider("aws") ?? throw new InvalidOperationException("the network needs an aws provider in scope"),
                    "serviceName"));
            _ = new VpcEndpoint(network, "s3-endpoint", new VpcEndpointArgs
            {
                VpcId = vpc.Id,
                ServiceName = s3Service.As<string>(),
                VpcEndpointType = "Gateway",
                RouteTableIds = InputList.From(privateRouteTables.Select(table => (Input<string>)table.Id)),
                Tags = Tags("s3-endpoint"),
            });
        }

        if (args.FlowLogs)
        {
            FlowLogs(network, environment, args, vpc, Tags);
        }

        return new BuiltNetwork(vpc.Id, [.. privateSubnets.Select(subnet => subnet.Id)], [.. publicSubnets.Select(subnet => subnet.Id)])
        {
            PathIn = args.DeployNetwork is { } deploy ? PathIn(network, deploy, vpc, privateSubnets, privateRouteTables, Tags) : [],
        };
    }

    /// <summary>
    /// The VPC attached to the runners' transit gateway through its private subnets (one per zone), and
    /// the runners' range routed there from every private route table, where the EKS control plane's
    /// network interfaces are. The route waits for the attachment: EC2 refuses a route to a transit
    /// gateway the VPC is not attached to.
    /// </summary>
    private static ImmutableArray<Resource> PathIn(
        Network network, DeployNetwork deploy, Vpc vpc, List<Subnet> privateSubnets, List<RouteTable> privateRouteTables,
        Func<string, (string, string)[], InputMap<string>> tags)
    {
        var attachment = new VpcAttachment(network, "deploy-tgw-attachment", new VpcAttachmentArgs
        {
            TransitGatewayId = deploy.TransitGatewayId!,
            VpcId = vpc.Id,
            SubnetIds = InputList.From(privateSubnets.Select(subnet => (Input<string>)subnet.Id)),
            Tags = tags("deploy-tgw-attachment", []),
        });
        var routes = privateRouteTables.Select((table, index) => (Resource)new Route(network, $"private-{network.Plan.Zones[index].Zone}-deploy-route", new RouteArgs
        {
            RouteTableId = table.Id,
            DestinationCidrBlock = deploy.Cidr,
            TransitGatewayId = deploy.TransitGatewayId!,
        }, new ResourceOptions { DependsOn = [attachment] }));
        return [attachment, .. routes];
    }

    private static List<NatGateway> NatGateways(
        Network network, NetworkArgs args, List<Subnet> publicSubnets, Func<string, (string, string)[], InputMap<string>> tags)
    {
        var count = args.Nat == NatStrategy.Shared ? 1 : publicSubnets.Count;
        var gateways = new List<NatGateway>();
        for (var i = 0; i < count; i++)
        {
            var zone = args.Plan.Zones[i].Zone;
            var address = new Eip(network, $"nat-{zone}-eip", new EipArgs { Domain = "vpc", Tags = tags($"nat-{zone}-eip", []) });
            gateways.Add(new NatGateway(network, $"nat-{zone}", new NatGatewayArgs
            {
                SubnetId = publicSubnets[i].Id,
                AllocationId = address.AllocationId,
                Tags = tags($"nat-{zone}", []),
            }));
        }

        return gateways;
    }

    /// <summary>VPC Flow Logs, and only for this account's flow logs in the stack's region (confused deputy).</summary>
    private static PolicyDocument FlowLogsTrust(Network network, StackEnvironment environment)
    {
        var account = Clouds.Aws.AwsAccount.Id(network);
        return PolicyDocument.Aws(new PolicyStatement
        {
            Actions = ["sts:AssumeRole"],
            Principal = PolicyPrincipal.Service(StorageServiceFacts.FlowLogsPrincipal),
            Conditions =
            [
                new PolicyCondition("StringEquals", "aws:SourceAccount", account),
                new PolicyCondition("ArnLike", "aws:SourceArn",
                    Output.Format($"arn:{environment.Region.Partition}:ec2:{environment.Region.Code}:{account}:{StorageServiceFacts.FlowLogSourceArnResource.Value}")),
            ],
        });
    }

    private static void FlowLogs(
        Network network, StackEnvironment environment, NetworkArgs args, Vpc vpc, Func<string, (string, string)[], InputMap<string>> tags)
    {
        var logs = new LogGroup(network, "flow-logs", new LogGroupArgs
        {
            Name = $"/ml-platform/{environment.StackName}/{network.Path}/vpc-flow-logs",
            RetentionInDays = args.FlowLogRetentionDays,
            Tags = tags("flow-logs", []),
        });
        var role = new Role(network, "flow-logs-role", new RoleArgs
        {
            Description = $"Lets VPC Flow Logs write to {network.Path}'s log group",
            AssumeRolePolicy = FlowLogsTrust(network, environment).ToJson(),
            Tags = tags("flow-logs-role", []),
        });
        _ = new RolePolicy(network, "flow-logs-policy", new RolePolicyArgs
        {
            Role = role.RoleName,
            Policy = PolicyDocument.Aws(new PolicyStatement
            {
                Actions = ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogGroups", "logs:DescribeLogStreams"],
                Resources = [logs.Arn, Output.Format($"{logs.Arn}:*")],
            }).ToJson(),
        });
        _ = new FlowLog(network, "flow-log", new FlowLogArgs
        {
            VpcId = vpc.Id,
            TrafficType = "ALL",
            LogDestinationType = "cloud-watch-logs",
            LogDestination = logs.Arn,
            IamRoleArn = role.Arn,
            MaxAggregationInterval = 600,
            Tags = tags("flow-log", []),
        });
    }
}
