namespace Infra.Core.Diagnostics;

/// <summary>Codes of the diagnostics the core raises (ML2xxx: the resource graph).</summary>
public static class CoreCodes
{
    public const string InvalidName = "ML2001";
    public const string DuplicateName = "ML2002";
    public const string MissingProvider = "ML2003";
    public const string DanglingReference = "ML2004";
    public const string UnknownConfigKey = "ML2005";
    public const string ProviderMismatch = "ML2006";
    public const string UnpinnedProvider = "ML2007";
    public const string ReservedKey = "ML2008";
}
