using System.Globalization;

namespace Infra.Compliance.Rules.Network;

/// <summary>
/// MLC-NET-001: no security group admits traffic from anywhere (0.0.0.0/0 or ::/0) except TCP to
/// the load balancer ports 80 and 443. Judges inline ingress of AWS security groups (and the
/// default group), AWS rule resources of both generations, and Alibaba Cloud ingress rules.
/// </summary>
public sealed class OpenIngressRule() : TypedResourceRule(ComplianceCatalog.OpenIngress)
{
    /// <summary>Where a public load balancer listens: HTTP (redirects) and HTTPS.</summary>
    public static IReadOnlyList<int> LoadBalancerPorts { get; } = [80, 443];

    private static readonly string[] Anywhere = ["0.0.0.0/0", "::/0"];

    public override IReadOnlySet<string> Types { get; } = ResourceTypes.Set(
        ResourceTypes.AwsSecurityGroup,
        ResourceTypes.AwsDefaultSecurityGroup,
        ResourceTypes.AwsSecurityGroupRule,
        ResourceTypes.AwsIngressRule,
        ResourceTypes.AlicloudSecurityGroupRule);

    protected override IEnumerable<string> Problems(Resource resource, ComplianceContext context)
    {
        var properties = resource.Properties;
        IEnumerable<(string Where, IReadOnlyList<string> Sources, string? Protocol, int? From, int? To)> rules = resource.Type switch
        {
            ResourceTypes.AwsSecurityGroup or ResourceTypes.AwsDefaultSecurityGroup => PropertyValues.Items(properties["ingress"])
                .Select((rule, i) => (Where: $"ingress[{i}]", Sources: Sources(rule, "cidrBlocks", "ipv6CidrBlocks"),
                    Protocol: PropertyValues.Text(PropertyValues.At(rule, "protocol")), From: Port(rule, "fromPort"), To: Port(rule, "toPort"))),
            ResourceTypes.AwsSecurityGroupRule when PropertyValues.Text(properties["type"]) == "ingress" =>
                [("rule", Sources(properties, "cidrBlocks", "ipv6CidrBlocks"), PropertyValues.Text(properties["protocol"]), Port(properties, "fromPort"), Port(properties, "toPort"))],
            ResourceTypes.AwsIngressRule =>
                [("rule", Sources(properties, "cidrIpv4", "cidrIpv6"), PropertyValues.Text(properties["ipProtocol"]), Port(properties, "fromPort"), Port(properties, "toPort"))],
            ResourceTypes.AlicloudSecurityGroupRule when PropertyValues.Text(properties["type"]) == "ingress"
                                                         && PropertyValues.Text(properties["policy"]) is null or "accept" =>
                [AlicloudRule(properties)],
            _ => [],
        };
        foreach (var (where, sources, protocol, from, to) in rules)
        {
            var open = sources.Intersect(Anywhere).ToList();
            if (open.Count > 0 && !ToLoadBalancer(protocol, from, to))
            {
                var ports = protocol is "-1" or "all" ? "every port" : from == to ? $"port {from}" : $"ports {from}-{to}";
                yield return $"{where} admits {protocol ?? "(computed protocol)"} {ports} from {string.Join(" and ", open)}; only TCP {string.Join(" and ", LoadBalancerPorts)} may be open to anywhere";
            }
        }
    }

    private static bool ToLoadBalancer(string? protocol, int? from, int? to) =>
        protocol is "tcp" or "6" && from is { } start && start == to && LoadBalancerPorts.Contains(start);

    private static (string, IReadOnlyList<string>, string?, int?, int?) AlicloudRule(MapValue properties)
    {
        // portRange is "from/to"; "-1/-1" (the default) means every port.
        var range = (PropertyValues.Text(properties["portRange"]) ?? "-1/-1").Split('/');
        int? Parse(string text) => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var port) && port >= 0 ? port : null;
        var protocol = PropertyValues.Text(properties["ipProtocol"]);
        return ("rule", Sources(properties, "cidrIp", "ipv6CidrIp"), range is ["-1", "-1"] && protocol == "tcp" ? "all" : protocol,
            range.Length == 2 ? Parse(range[0]) : null, range.Length == 2 ? Parse(range[1]) : null);
    }

    private static IReadOnlyList<string> Sources(Value? rule, params string[] fields) =>
        [.. fields.SelectMany(field => PropertyValues.Texts(PropertyValues.At(rule, field)))];

    private static int? Port(Value? rule, string field) => PropertyValues.Number(PropertyValues.At(rule, field)) is { } port ? (int)port : null;
}
