using System.Net;
using System.Text.Json;
using Infra.Components.Clouds;
using Infra.Components.Networking;
using Infra.Platform.Environment;
using Infra.Stacks.Config;

namespace Infra.Stacks.Specs;

/// <summary>Reads the network part of a stack's spec: its address plan and NAT strategy, with tier defaults.</summary>
public static class NetworkSpecReader
{
    /// <param name="reader">The stack's config.</param>
    /// <param name="environment">Where the stack runs.</param>
    /// <param name="otherStacks">The address ranges of the project's other stacks: the stack's own must overlap none.</param>
    public static NetworkArgs? Read(ConfigReader reader, StackEnvironment environment, IReadOnlyList<(string Stack, IPNetwork2 Range)>? otherStacks = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(environment);
        if (environment.Zones.Length > CidrPlanner.MaxZones)
        {
            reader.Diagnostics.Error(NetworkCodes.TooManyZones, reader.FullKey(ConfigKeys.Zones),
                $"{environment.Zones.Length} zones given; allowed: 1 to {CidrPlanner.MaxZones} (the address plan has room for {CidrPlanner.MaxZones})");
            return null;
        }

        var text = reader.RequiredText(ConfigKeys.VpcCidr, $"a CIDR block inside {CidrPlanner.Pool(environment.Jurisdiction)}, e.g. from `infra bootstrap`");
        var vpc = text is null ? null : CidrPlanner.ParseVpc(text, environment.Jurisdiction, reader.FullKey(ConfigKeys.VpcCidr), reader.Diagnostics);
        if (vpc is null)
        {
            return null;
        }

        var overlapping = (otherStacks ?? []).Where(other => other.Range.Overlap(vpc)).ToList();
        if (overlapping.Count > 0)
        {
            // Stacks may be peered or share on-premises routes later; one address space per stack keeps that possible.
            var free = CidrPlanner.AllocateVpc(environment.Jurisdiction, [.. (otherStacks ?? []).Select(other => other.Range)], (int)vpc.Cidr);
            reader.Diagnostics.Error(NetworkCodes.Overlap, reader.FullKey(ConfigKeys.VpcCidr),
                $"'{text}' overlaps {string.Join(", ", overlapping.Select(other => $"stack {other.Stack}'s {other.Range}"))}; allowed: a range no other stack of the project uses, e.g. {free}");
            return null;
        }

        var nat = reader.OptionalText(ConfigKeys.NatStrategy) switch
        {
            "shared" => NatStrategy.Shared,
            "per-zone" => NatStrategy.PerZone,
            _ => TierDefaults.Nat(environment.Tier),
        };
        return new NetworkArgs
        {
            Plan = CidrPlanner.Plan(vpc, environment.Zones),
            Nat = nat,
            FlowLogs = true,
            FlowLogRetentionDays = TierDefaults.FlowLogRetentionDays(environment.Tier),
            PrivateEndpoints = true,
            DeployNetwork = ReadDeployNetwork(reader, environment, vpc),
        };
    }

    /// <summary>
    /// <c>deployNetwork</c> (its shape checked by the config schema): the runners' range, which must
    /// not overlap the VPC (a route to it would shadow the VPC's own), and the cloud's way to its hub.
    /// </summary>
    private static DeployNetwork? ReadDeployNetwork(ConfigReader reader, StackEnvironment environment, IPNetwork2 vpc)
    {
        if (reader.OptionalText(ConfigKeys.DeployNetwork) is not { } text)
        {
            return null;
        }

        var key = reader.FullKey(ConfigKeys.DeployNetwork);
        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;
        string? Field(string name) => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        var cidr = Field("cidr") ?? "";
        if (!IPNetwork2.TryParse(cidr, out var range) || range.ToString() != cidr)
        {
            reader.Diagnostics.Error(NetworkCodes.InvalidDeployNetwork, key + ".cidr", $"'{cidr}' is not allowed; allowed: the runners' address range as a network address and prefix, e.g. 10.255.0.0/24");
            return null;
        }

        if (range.Overlap(vpc))
        {
            reader.Diagnostics.Error(NetworkCodes.InvalidDeployNetwork, key + ".cidr", $"'{cidr}' overlaps the stack's VPC {vpc}; allowed: a range outside it (the runners' own network)");
            return null;
        }

        var deploy = new DeployNetwork(cidr)
        {
            TransitGatewayId = Field("transitGatewayId"),
            CenId = Field("cenId"),
            TransitRouterId = Field("transitRouterId"),
        };
        environment.Realization().Network.Check(deploy, key, reader.Diagnostics);
        return deploy;
    }
}
