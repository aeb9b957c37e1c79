namespace Infra.Providers.Alicloud.Cs;

/// <summary>Functions of the cs module.</summary>
public static class CsFunctions
{
    /// <summary>
    /// A cluster's credential: <c>kubeConfig</c> (always for the internet endpoint) and
    /// <c>certificateAuthority.{clusterCert,clientCert,clientKey}</c>; mark them secret where used.
    /// </summary>
    public const string GetClusterCredential = "alicloud:cs/getClusterCredential:getClusterCredential";
}

/// <summary>Enum-like values of the cs module, from the alicloud 3.108.0 SDK docs (the SDK types them as strings).</summary>
public static class CsValues
{
    public const string ClusterSpecPro = "ack.pro.small";
    public const string NoSpot = "NoSpot";
    public const string SpotAsPriceGo = "SpotAsPriceGo";
    public const string CostOptimized = "COST_OPTIMIZED";
    public const string Priority = "PRIORITY";
    public const string PostPaid = "PostPaid";
    public const string NoSchedule = "NoSchedule";

    /// <summary>The SDK's own example spelling (its docs camelCase it to <c>cloudEssd</c>).</summary>
    public const string CloudEssd = "cloud_essd";

    /// <summary>Alibaba Cloud Linux 3, on which ACK installs the GPU driver for GPU instance types.</summary>
    public const string AliyunLinux3 = "AliyunLinux3";

    /// <summary>Every control-plane log component.</summary>
    public static IReadOnlyList<string> AllLogComponents { get; } = ["apiserver", "kcm", "scheduler", "ccm", "controlplane-events"];
}
