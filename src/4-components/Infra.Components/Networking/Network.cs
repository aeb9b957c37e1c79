namespace Infra.Components.Networking;

/// <summary>
/// The network of a stack: a VPC over the stack's zones with private subnets for nodes and pods,
/// public subnets for load balancers and NAT, egress through NAT, private access to object
/// storage, and flow logs. One API; each cloud realizes it (<see cref="INetworkRealization"/>).
/// </summary>
public sealed class Network : Component
{
    public Network(Scope parent, string name, StackEnvironment environment, NetworkArgs args)
        : base(parent, name)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(args);
        Plan = args.Plan;
        var built = environment.Realization().Network.Build(this, environment, args);
        VpcId = built.VpcId;
        PrivateSubnetIds = built.PrivateSubnetIds;
        PublicSubnetIds = built.PublicSubnetIds;
        DeployNetwork = args.DeployNetwork;
        PathIn = built.PathIn;
    }

    public NetworkPlan Plan { get; }

    public Output<string> VpcId { get; }

    /// <summary>One per zone, in zone order: where nodes and pods live.</summary>
    public IReadOnlyList<Output<string>> PrivateSubnetIds { get; }

    /// <summary>One per zone, in zone order: load balancers and NAT.</summary>
    public IReadOnlyList<Output<string>> PublicSubnetIds { get; }

    /// <summary>The deploying runner's network, when the stack joins it.</summary>
    public DeployNetwork? DeployNetwork { get; }

    /// <summary>What routes the deploying runner into the VPC (attachment and routes); empty without a <see cref="DeployNetwork"/>.</summary>
    public ImmutableArray<Resource> PathIn { get; }
}

/// <summary>What a realization hands back to the component.</summary>
internal sealed record BuiltNetwork(Output<string> VpcId, IReadOnlyList<Output<string>> PrivateSubnetIds, IReadOnlyList<Output<string>> PublicSubnetIds)
{
    public ImmutableArray<Resource> PathIn { get; init; } = [];
}
