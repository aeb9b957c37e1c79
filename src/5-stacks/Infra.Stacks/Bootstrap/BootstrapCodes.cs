namespace Infra.Stacks.Bootstrap;

/// <summary>Codes of <c>infra bootstrap</c> diagnostics (ML8xxx).</summary>
public static class BootstrapCodes
{
    public const string StackExists = "ML8001";
    public const string UnknownSourceStack = "ML8002";
    public const string InvalidOption = "ML8003";
    public const string MissingOption = "ML8004";
    public const string UnreadableStack = "ML8005";
    public const string WouldNotSynthesize = "ML8006";
}
