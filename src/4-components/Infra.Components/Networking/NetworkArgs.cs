namespace Infra.Components.Networking;

/// <summary>How private subnets reach the internet.</summary>
public enum NatStrategy
{
    /// <summary>One NAT gateway for the whole VPC: cheapest; a zone outage can cut egress (dev).</summary>
    Shared,

    /// <summary>One NAT gateway (AWS) or one egress IP (Alibaba Cloud) per zone: a zone failure stays in its zone.</summary>
    PerZone,
}

/// <summary>What a <see cref="Network"/> is made of, in cloud-neutral terms.</summary>
public sealed record NetworkArgs
{
    /// <summary>The address plan (from <see cref="CidrPlanner.Plan"/>).</summary>
    public required NetworkPlan Plan { get; init; }

    public NatStrategy Nat { get; init; } = NatStrategy.PerZone;

    /// <summary>Record accepted and rejected traffic of the whole VPC.</summary>
    public bool FlowLogs { get; init; } = true;

    /// <summary>Days flow logs are kept.</summary>
    public int FlowLogRetentionDays { get; init; } = 90;

    /// <summary>
    /// Private routes to object storage (an S3 gateway endpoint on AWS), so ML data never pays for
    /// NAT. Alibaba Cloud VPCs reach OSS's internal endpoint without a resource.
    /// </summary>
    public bool PrivateEndpoints { get; init; } = true;

    /// <summary>Where the deploying runner is and how the VPC joins it (null: the stack is deployed from inside or over a public API).</summary>
    public DeployNetwork? DeployNetwork { get; init; }
}
