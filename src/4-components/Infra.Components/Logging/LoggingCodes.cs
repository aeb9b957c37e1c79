namespace Infra.Components.Logging;

/// <summary>Codes of logging diagnostics (ML61xx, beside monitoring's ML60xx).</summary>
public static class LoggingCodes
{
    /// <summary>A retention the cloud's log service does not accept.</summary>
    public const string RetentionNotAccepted = "ML6101";
}
