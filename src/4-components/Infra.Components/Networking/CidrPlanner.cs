using System.Globalization;
using System.Net;
using Infra.Platform;

namespace Infra.Components.Networking;

/// <summary>
/// Plans address space so that no two stacks ever overlap and every subnet has room for GPU pods.
/// Each jurisdiction allocates VPCs from its own pool (so China and global ranges never meet, even
/// if networks are later joined); a VPC is cut into eight equal blocks: six zones' private
/// subnets, one block of public subnets, one spare. Kubernetes service addresses (and ACK's
/// Flannel pod addresses) come from 172.16.0.0/12, which no VPC pool touches.
/// </summary>
public static class CidrPlanner
{
    /// <summary>The largest VPC both clouds allow in one block is /16; smaller than /20 leaves too few pod addresses.</summary>
    public const int LargestVpcPrefix = 16;

    public const int SmallestVpcPrefix = 20;

    /// <summary>Six private blocks out of eight.</summary>
    public const int MaxZones = 6;

    /// <summary>Cluster service IPs: outside every VPC pool, so they never collide with nodes or pods.</summary>
    public const string ServiceCidr = "172.20.0.0/16";

    /// <summary>
    /// Pod IPs for network plugins that do not use VPC addresses (ACK with Flannel): outside every
    /// VPC pool and the service range; 2048 per-node /24 blocks.
    /// </summary>
    public const string PodCidr = "172.24.0.0/13";

    public static IPNetwork2 Pool(Jurisdiction jurisdiction) => jurisdiction switch
    {
        Jurisdiction.Global => IPNetwork2.Parse("10.0.0.0/10"),
        Jurisdiction.China => IPNetwork2.Parse("10.64.0.0/10"),
        _ => throw new ArgumentOutOfRangeException(nameof(jurisdiction), jurisdiction, null),
    };

    /// <summary>
    /// Parses and checks a stack's VPC range: well formed (no host bits), /16–/20, inside its
    /// jurisdiction's pool. Problems go to <paramref name="diagnostics"/> under <paramref name="key"/>.
    /// </summary>
    public static IPNetwork2? ParseVpc(string text, Jurisdiction jurisdiction, string key, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (!TryParseExact(text, out var network))
        {
            diagnostics.Error(NetworkCodes.MalformedCidr, key,
                $"'{text}' is not an IPv4 CIDR block with its host bits zero; allowed: e.g. 10.1.0.0/16");
            return null;
        }

        var ok = true;
        if (network.Cidr is < LargestVpcPrefix or > SmallestVpcPrefix)
        {
            diagnostics.Error(NetworkCodes.PrefixOutOfRange, key,
                $"'{text}' is a /{network.Cidr}; allowed: /{LargestVpcPrefix} to /{SmallestVpcPrefix} (private subnets need room for GPU pods)");
            ok = false;
        }

        var pool = Pool(jurisdiction);
        if (!pool.Contains(network))
        {
            diagnostics.Error(NetworkCodes.OutsidePool, key,
                $"'{text}' is outside the {EnvironmentNames.Of(jurisdiction)} pool; allowed: a range inside {pool}");
            ok = false;
        }

        return ok ? network : null;
    }

    /// <summary>The first free /<paramref name="prefix"/> of the jurisdiction's pool that overlaps none of <paramref name="taken"/>.</summary>
    /// <exception cref="InfraException">The pool has no free range of that size.</exception>
    public static IPNetwork2 AllocateVpc(Jurisdiction jurisdiction, IEnumerable<IPNetwork2> taken, int prefix = LargestVpcPrefix)
    {
        var used = taken.ToList();
        var pool = Pool(jurisdiction);
        foreach (var candidate in pool.Subnet((byte)prefix))
        {
            if (!used.Exists(other => other.Overlap(candidate)))
            {
                return candidate;
            }
        }

        throw new InfraException(Diagnostic.Error(NetworkCodes.PoolExhausted, "vpcCidr",
            $"no free /{prefix} is left in the {EnvironmentNames.Of(jurisdiction)} pool {pool}"));
    }

    /// <summary>Cuts a VPC into per-zone private and public subnets, in zone order.</summary>
    /// <exception cref="ArgumentException">More zones than <see cref="MaxZones"/>.</exception>
    public static NetworkPlan Plan(IPNetwork2 vpc, IReadOnlyList<string> zones)
    {
        ArgumentNullException.ThrowIfNull(vpc);
        ArgumentNullException.ThrowIfNull(zones);
        if (zones.Count is 0 or > MaxZones)
        {
            throw new ArgumentException($"a network spans 1 to {MaxZones} zones, not {zones.Count}", nameof(zones));
        }

        var blocks = vpc.Subnet((byte)(vpc.Cidr + 3)).ToList();
        var publicSubnets = blocks[MaxZones].Subnet((byte)(vpc.Cidr + 8)).ToList();
        return new NetworkPlan(
            vpc.ToString(),
            [.. zones.Select((zone, i) => new ZonePlan(zone, blocks[i].ToString(), publicSubnets[i].ToString()))],
            ServiceCidr);
    }

    /// <summary>Every pair of stacks whose VPC ranges overlap.</summary>
    public static IEnumerable<(string First, string Second)> Overlaps(IReadOnlyList<(string Stack, IPNetwork2 Vpc)> stacks)
    {
        for (var i = 0; i < stacks.Count; i++)
        {
            for (var j = i + 1; j < stacks.Count; j++)
            {
                if (stacks[i].Vpc.Overlap(stacks[j].Vpc))
                {
                    yield return (stacks[i].Stack, stacks[j].Stack);
                }
            }
        }
    }

    /// <summary>Strict parsing: IPv4, explicit prefix, and no bits set below it (10.1.2.0/16 is refused, not rounded).</summary>
    public static bool TryParseExact(string text, out IPNetwork2 network)
    {
        network = null!;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0
            || !IPAddress.TryParse(text[..slash], out var address)
            || address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetwork
            || text[..slash].Count(c => c == '.') != 3
            || !byte.TryParse(text[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var prefix)
            || prefix > 32
            || !IPNetwork2.TryParse(text, out var parsed)
            || !parsed.Network.Equals(address)
            || parsed.Cidr != prefix)
        {
            return false;
        }

        network = parsed;
        return true;
    }
}
