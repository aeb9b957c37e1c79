using System.Net;
using CsCheck;
using Infra.Components.Networking;
using Infra.Core.Diagnostics;

namespace Infra.Components.Tests;

public class CidrPlannerTests
{
    private static readonly Gen<Jurisdiction> Jurisdictions = Gen.OneOf(Jurisdiction.Global, Jurisdiction.China);

    /// <summary>A VPC anywhere in a jurisdiction's pool, /16 to /20, with 1 to 6 zones.</summary>
    private static readonly Gen<(IPNetwork2 Vpc, string[] Zones)> Vpcs =
        from jurisdiction in Jurisdictions
        from prefix in Gen.Int[CidrPlanner.LargestVpcPrefix, CidrPlanner.SmallestVpcPrefix]
        from index in Gen.Int[0, (1 << (prefix - 10)) - 1]
        from zoneCount in Gen.Int[1, CidrPlanner.MaxZones]
        select (CidrPlanner.Pool(jurisdiction).Subnet((byte)prefix)[index], Enumerable.Range(0, zoneCount).Select(i => $"zone-{(char)('a' + i)}").ToArray());

    [Fact]
    public void Every_subnet_lies_inside_its_vpc_and_no_two_subnets_overlap()
    {
        Vpcs.Sample(sample =>
        {
            var plan = CidrPlanner.Plan(sample.Vpc, sample.Zones);
            var subnets = plan.Zones.SelectMany(zone => new[] { zone.PrivateCidr, zone.PublicCidr }).Select(IPNetwork2.Parse).ToList();

            Assert.All(subnets, subnet => Assert.True(sample.Vpc.Contains(subnet), $"{subnet} is outside {sample.Vpc}"));
            for (var i = 0; i < subnets.Count; i++)
            {
                for (var j = i + 1; j < subnets.Count; j++)
                {
                    Assert.False(subnets[i].Overlap(subnets[j]), $"{subnets[i]} overlaps {subnets[j]}");
                }
            }

            Assert.False(IPNetwork2.Parse(plan.ServiceCidr).Overlap(sample.Vpc), "the service range overlaps the VPC");
        });
    }

    [Fact]
    public void Private_subnets_are_an_eighth_of_the_vpc_so_pods_have_room()
    {
        var plan = CidrPlanner.Plan(IPNetwork2.Parse("10.0.0.0/16"), ["a", "b", "c"]);

        Assert.Equal(["10.0.0.0/19", "10.0.32.0/19", "10.0.64.0/19"], plan.Zones.Select(zone => zone.PrivateCidr));
        Assert.Equal(["10.0.192.0/24", "10.0.193.0/24", "10.0.194.0/24"], plan.Zones.Select(zone => zone.PublicCidr));
    }

    [Fact]
    public void The_same_input_gives_the_same_plan()
    {
        Vpcs.Sample(sample => Assert.Equal(CidrPlanner.Plan(sample.Vpc, sample.Zones), CidrPlanner.Plan(sample.Vpc, sample.Zones)));
    }

    [Fact]
    public void Allocations_never_overlap_earlier_ones_and_stay_in_their_pool()
    {
        Gen.Select(Jurisdictions, Gen.Int[1, 40], Gen.Int[16, 20]).Sample((jurisdiction, count, prefix) =>
        {
            var taken = new List<IPNetwork2>();
            for (var i = 0; i < count; i++)
            {
                var next = CidrPlanner.AllocateVpc(jurisdiction, taken, prefix);
                Assert.DoesNotContain(taken, other => other.Overlap(next));
                Assert.True(CidrPlanner.Pool(jurisdiction).Contains(next));
                taken.Add(next);
            }
        });
    }

    [Fact]
    public void China_and_global_pools_never_meet()
    {
        Assert.False(CidrPlanner.Pool(Jurisdiction.China).Overlap(CidrPlanner.Pool(Jurisdiction.Global)));
    }

    [Fact]
    public void An_exhausted_pool_is_an_error_naming_the_pool()
    {
        var everything = CidrPlanner.Pool(Jurisdiction.China).Subnet(16).ToList();

        var error = Assert.Throws<InfraException>(() => CidrPlanner.AllocateVpc(Jurisdiction.China, everything));
        Assert.Equal(NetworkCodes.PoolExhausted, Assert.Single(error.Diagnostics).Code);
        Assert.Contains("10.64.0.0/10", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10.1.0.0/16", Jurisdiction.Global, null)]
    [InlineData("10.1.2.0/16", Jurisdiction.Global, NetworkCodes.MalformedCidr)]
    [InlineData("10.1.0.0", Jurisdiction.Global, NetworkCodes.MalformedCidr)]
    [InlineData("not-a-cidr", Jurisdiction.Global, NetworkCodes.MalformedCidr)]
    [InlineData("300.1.0.0/16", Jurisdiction.Global, NetworkCodes.MalformedCidr)]
    [InlineData("fd00::/48", Jurisdiction.Global, NetworkCodes.MalformedCidr)]
    [InlineData("10.0.0.0/15", Jurisdiction.Global, NetworkCodes.PrefixOutOfRange)]
    [InlineData("10.1.0.0/24", Jurisdiction.Global, NetworkCodes.PrefixOutOfRange)]
    [InlineData("10.64.0.0/16", Jurisdiction.Global, NetworkCodes.OutsidePool)]
    [InlineData("10.1.0.0/16", Jurisdiction.China, NetworkCodes.OutsidePool)]
    [InlineData("192.168.0.0/16", Jurisdiction.China, NetworkCodes.OutsidePool)]
    public void A_vpc_range_is_checked_for_form_size_and_pool(string text, Jurisdiction jurisdiction, string? code)
    {
        var diagnostics = new DiagnosticBag();

        var parsed = CidrPlanner.ParseVpc(text, jurisdiction, "ml-platform:vpcCidr", diagnostics);

        if (code is null)
        {
            Assert.NotNull(parsed);
            Assert.Empty(diagnostics);
        }
        else
        {
            Assert.Null(parsed);
            var error = Assert.Single(diagnostics);
            DiagnosticAssert.Is(error, code, "ml-platform:vpcCidr", $"'{text}'");
        }
    }

    [Fact]
    public void More_zones_than_the_plan_has_room_for_are_refused()
    {
        Assert.Throws<ArgumentException>(() => CidrPlanner.Plan(IPNetwork2.Parse("10.0.0.0/16"), ["a", "b", "c", "d", "e", "f", "g"]));
    }

    [Fact]
    public void Overlapping_stacks_are_found_in_pairs()
    {
        var pairs = CidrPlanner.Overlaps([("a", IPNetwork2.Parse("10.0.0.0/16")), ("b", IPNetwork2.Parse("10.0.128.0/17")), ("c", IPNetwork2.Parse("10.1.0.0/16"))]);

        Assert.Equal([("a", "b")], pairs);
    }
}
