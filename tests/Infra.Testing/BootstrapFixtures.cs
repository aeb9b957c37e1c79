namespace Infra.Testing;

/// <summary>What a person passes to `infra bootstrap` for a new region in tests.</summary>
public static class BootstrapFixtures
{
    /// <summary>
    /// The runners' network and a hub of the region (--deploy-network), for a cloud's config spelling.
    /// The IDs have the documented form; they are not real.
    /// </summary>
    public static string DeployNetwork(string cloud) => cloud == "alicloud"
        ? """{"cidr":"10.254.0.0/24","cenId":"cen-0example","transitRouterId":"tr-0example"}"""
        : """{"cidr":"10.255.0.0/24","transitGatewayId":"tgw-0123456789abcdef0"}""";
}
