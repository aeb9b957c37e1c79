namespace Infra.Components.Networking;

/// <summary>The address ranges of one zone: a large private subnet (nodes and pods) and a small public one.</summary>
public sealed record ZonePlan(string Zone, string PrivateCidr, string PublicCidr);

/// <summary>
/// A stack's address plan: the VPC range, one <see cref="ZonePlan"/> per zone, and the ranges the
/// Kubernetes cluster needs outside the VPC (service addresses, and pod addresses where the
/// cluster's network plugin does not give pods VPC addresses, as ACK's Flannel).
/// </summary>
public sealed record NetworkPlan(string VpcCidr, ImmutableArray<ZonePlan> Zones, string ServiceCidr)
{
    public string PodCidr { get; init; } = CidrPlanner.PodCidr;

    public bool Equals(NetworkPlan? other) =>
        other is not null && VpcCidr == other.VpcCidr && ServiceCidr == other.ServiceCidr && PodCidr == other.PodCidr && Zones.SequenceEqual(other.Zones);

    public override int GetHashCode() => HashCode.Combine(VpcCidr, ServiceCidr, Zones.Length);
}
