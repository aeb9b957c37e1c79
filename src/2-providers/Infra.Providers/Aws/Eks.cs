namespace Infra.Providers.Aws.Eks;

/// <summary>Functions of the eks module.</summary>
public static class EksFunctions
{
    /// <summary>The add-on version EKS publishes for a Kubernetes version (its default, or the newest with <c>mostRecent</c>).</summary>
    public const string GetAddonVersion = "aws:eks/getAddonVersion:getAddonVersion";
}

/// <summary>
/// Enum-like values of the eks module. The SDK types them as strings; the values are from the
/// SDK docs (taint effects, capacity types, authentication modes, support types) and, for AMI
/// types, which the SDK does not list, the EKS API's strings as AWS CDK's <c>NodegroupAmiType</c>
/// spells them (aws-cdk-lib aws-eks managed-nodegroup.ts: <c>AL2023_x86_64_NVIDIA</c>, lower-case x86_64).
/// </summary>
public static class EksValues
{
    public const string AuthenticationModeApi = "API";
    public const string OnDemand = "ON_DEMAND";
    public const string Spot = "SPOT";
    public const string NoSchedule = "NO_SCHEDULE";
    public const string SupportStandard = "STANDARD";
    public const string SupportExtended = "EXTENDED";

    /// <summary>Amazon Linux 2023 for CPU nodes.</summary>
    public const string AmiAl2023Standard = "AL2023_x86_64_STANDARD";

    /// <summary>Amazon Linux 2023 with the NVIDIA driver and container toolkit (GPU nodes).</summary>
    public const string AmiAl2023Nvidia = "AL2023_x86_64_NVIDIA";

    /// <summary>Every control-plane log type.</summary>
    public static IReadOnlyList<string> AllLogTypes { get; } = ["api", "audit", "authenticator", "controllerManager", "scheduler"];
}
