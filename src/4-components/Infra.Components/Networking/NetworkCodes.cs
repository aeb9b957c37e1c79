namespace Infra.Components.Networking;

/// <summary>Codes of network and address-plan diagnostics (ML3xxx).</summary>
public static class NetworkCodes
{
    public const string MalformedCidr = "ML3001";
    public const string OutsidePool = "ML3002";
    public const string PrefixOutOfRange = "ML3003";
    public const string TooManyZones = "ML3004";
    public const string Overlap = "ML3005";
    public const string PoolExhausted = "ML3006";
    public const string InvalidDeployNetwork = "ML3007";
}
