namespace Infra.Components.Compute;

/// <summary>Codes of cluster, GPU node pool and GPU catalog diagnostics (ML4xxx).</summary>
public static class ComputeCodes
{
    public const string UnknownGpuModel = "ML4001";
    public const string GpuNotInRegion = "ML4002";
    public const string MinAboveMax = "ML4003";
    public const string DesiredOutOfRange = "ML4004";
    public const string InstanceTypeWithoutGpu = "ML4005";
    public const string EfaNotSupported = "ML4006";
    public const string SpotTrainingWithoutFallback = "ML4007";
    public const string GpusPerNodeNotOffered = "ML4008";
    public const string InstanceTypeMismatch = "ML4009";
    public const string DuplicateName = "ML4010";
    public const string UnknownTeam = "ML4011";
    public const string InvalidName = "ML4012";
    public const string InvalidCidr = "ML4013";
    public const string OpenToInternet = "ML4014";

    /// <summary>A region with no EKS image registry account in the facts (Facts/EksRegistryFacts.cs).</summary>
    public const string NoEksImageRegistry = "ML4020";
}
