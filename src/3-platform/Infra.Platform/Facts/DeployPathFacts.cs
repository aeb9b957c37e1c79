namespace Infra.Platform.Facts;

/// <summary>
/// What the deploying runners' path to a private cluster API is made of, read by the realizations
/// that build it and by the rule that requires it (MLD-NET-001), so both say the same.
/// </summary>
public static class DeployPathFacts
{
    /// <summary>
    /// The Kubernetes API server's port behind the EKS and ACK endpoints (the port of the
    /// <c>https://</c> endpoint every kubeconfig names; EKS User Guide, cluster security group
    /// requirements: inbound 443 to the control plane).
    /// </summary>
    public const int ApiServerPort = 443;

    /// <summary>The next-hop type of a VPC route to a CEN transit router attachment (@pulumi/alicloud 3.108.0 vpc/routeEntry.d.ts: "Attachment: A transit router").</summary>
    public const string TransitRouterNextHop = "Attachment";
}
