namespace Infra.Components.Networking;

/// <summary>
/// The network the deploying runner sits in (the platform team's hub of CI runners), and how the
/// stack's VPC joins it, so that the first <c>pulumi up</c> of a stack whose cluster API is private
/// reaches that API the moment it exists: the stack attaches its VPC to the hub's transit gateway
/// (AWS) or CEN transit router (Alibaba Cloud), routes the runner range through it, and admits that
/// range on the API server's port. The hub, its runners and its routes back to the stacks' pools
/// are the hub's own; docs/bootstrap.md says what it must provide.
/// </summary>
/// <param name="Cidr">The runners' address range; it must not overlap the stack's VPC.</param>
public sealed record DeployNetwork(string Cidr)
{
    /// <summary>AWS: the hub's transit gateway in the stack's region (<c>tgw-…</c>).</summary>
    public string? TransitGatewayId { get; init; }

    /// <summary>Alibaba Cloud: the hub's CEN instance (<c>cen-…</c>).</summary>
    public string? CenId { get; init; }

    /// <summary>Alibaba Cloud: the CEN transit router in the stack's region (<c>tr-…</c>).</summary>
    public string? TransitRouterId { get; init; }
}
