using System.Collections.Immutable;

namespace Infra.Components.Networking;

/// <summary>The address ranges of one zone: a large private subnet (nodes and pods) and a small public one.</summary>
public sealed record ZonePlan(string Zone, string PrivateCidr, string PublicCidr);

/// <summary>
/// A stack's address plan: the VPC range, one <see cref="ZonePlan"/> per zone, and the ranges the
/// Kubernetes cluster needs outside the VPC.
/// </summary>
public sealed record NetworkPlan(string VpcCidr, ImmutableArray<ZonePlan> Zones, string ServiceCidr)
{
    public bool Equals(NetworkPlan? other) =>
        other is not null && VpcCidr == other.VpcCidr && ServiceCidr == other.ServiceCidr && Zones.SequenceEqual(other.Zones);

    public override int GetHashCode() => HashCode.Combine(VpcCidr, ServiceCidr, Zones.Length);
}
