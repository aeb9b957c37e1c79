namespace Infra.Compliance.Engine;

/// <summary>Codes of the compliance engine's own diagnostics (ML7xxx); rules have IDs of their own (MLC-…).</summary>
public static class ComplianceCodes
{
    public const string UnknownRule = "ML7001";
    public const string UnknownResource = "ML7002";
    public const string MissingReason = "ML7003";
    public const string UnusedSuppression = "ML7004";
    public const string DuplicateSuppression = "ML7005";
}
