namespace Infra.Stacks.Config;

/// <summary>Codes of config and spec diagnostics (ML1xxx).</summary>
public static class ConfigCodes
{
    public const string Missing = "ML1001";
    public const string InvalidValue = "ML1002";
    public const string Malformed = "ML1003";
    public const string NotInRegion = "ML1004";
    public const string InvalidStackName = "ML1005";
    public const string UnknownKey = "ML1006";
    public const string IgnoredKey = "ML1007";
}
