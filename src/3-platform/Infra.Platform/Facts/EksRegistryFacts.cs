using System.Collections.Frozen;

namespace Infra.Platform.Facts;

/// <summary>
/// The Amazon ECR registries EKS add-on images (and AWS's EKS images such as the EFA device
/// plugin) are pulled from, per region. The account is not the same everywhere: regions that
/// opened later have accounts of their own. A region missing here has no known registry and is
/// refused, never given a guessed one.
/// </summary>
public static class EksRegistryFacts
{
    /// <summary>
    /// Amazon EKS User Guide, 'View Amazon container image registries for Amazon EKS add-ons'
    /// (awsdocs/amazon-eks-user-guide latest/ug/workloads/add-ons-images.adoc, read at commit
    /// 1cc6ebb4; the same table as doc_source/add-ons-images.md). The GovCloud and European
    /// Sovereign Cloud rows are left out: the platform uses the aws and aws-cn partitions only.
    /// </summary>
    public const string Source =
        "Amazon EKS User Guide, 'View Amazon container image registries for Amazon EKS add-ons' (awsdocs/amazon-eks-user-guide latest/ug/workloads/add-ons-images.adoc)";

    /// <summary>Region → the account that owns its EKS registry.</summary>
    public static FrozenDictionary<string, string> Accounts { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["af-south-1"] = "877085696533",
        ["ap-east-1"] = "800184023465",

        // The guide's row for ap-east-2 names host ap-east-1 with this account, an evident typo: the
        // account is taken, the host is built for the region like every other row.
        ["ap-east-2"] = "533267051163",
        ["ap-northeast-1"] = "602401143452",
        ["ap-northeast-2"] = "602401143452",
        ["ap-northeast-3"] = "602401143452",
        ["ap-south-1"] = "602401143452",
        ["ap-south-2"] = "900889452093",
        ["ap-southeast-1"] = "602401143452",
        ["ap-southeast-2"] = "602401143452",
        ["ap-southeast-3"] = "296578399912",
        ["ap-southeast-4"] = "491585149902",
        ["ap-southeast-6"] = "333609536671",
        ["ap-southeast-7"] = "121268973566",
        ["ca-central-1"] = "602401143452",
        ["ca-west-1"] = "761377655185",
        ["cn-north-1"] = "918309763551",
        ["cn-northwest-1"] = "961992271922",
        ["eu-central-1"] = "602401143452",
        ["eu-central-2"] = "900612956339",
        ["eu-north-1"] = "602401143452",
        ["eu-south-1"] = "590381155156",
        ["eu-south-2"] = "455263428931",
        ["eu-west-1"] = "602401143452",
        ["eu-west-2"] = "602401143452",
        ["eu-west-3"] = "602401143452",
        ["il-central-1"] = "066635153087",
        ["me-central-1"] = "759879836304",
        ["me-south-1"] = "558608220178",
        ["mx-central-1"] = "730335286997",
        ["sa-east-1"] = "602401143452",
        ["us-east-1"] = "602401143452",
        ["us-east-2"] = "602401143452",
        ["us-west-1"] = "602401143452",
        ["us-west-2"] = "602401143452",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The region's registry host, e.g. <c>602401143452.dkr.ecr.us-west-2.amazonaws.com</c>; null for a region not in the table.</summary>
    public static string? RegistryFor(string region, AwsPartitionFacts partition)
    {
        ArgumentNullException.ThrowIfNull(partition);
        return Accounts.TryGetValue(region, out var account) ? $"{account}.dkr.ecr.{region}.{partition.DnsSuffix.Value}" : null;
    }
}
