namespace Infra.Components.Monitoring;

/// <summary>Codes of monitoring and SLO diagnostics (ML6xxx).</summary>
public static class MonitoringCodes
{
    public const string InvalidSloName = "ML6001";
    public const string ObjectiveOutOfRange = "ML6002";
    public const string EmptySli = "ML6003";
    public const string NotPromQl = "ML6004";
    public const string WindowTooShort = "ML6005";
    public const string DuplicateSlo = "ML6006";
    public const string RetentionShorterThanWindow = "ML6007";
    public const string InvalidReceiver = "ML6008";
    public const string InvalidGpuPool = "ML6009";
    public const string InvalidSizing = "ML6010";

    /// <summary>A receiver type the stack's jurisdiction cannot reach (Slack in China).</summary>
    public const string ReceiverNotAllowedInJurisdiction = "ML6011";
}
