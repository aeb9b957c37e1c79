using System.Collections.Frozen;
using Infra.Compliance.Graph;

namespace Infra.Stacks.Review;

/// <summary>
/// What a structural diff can know without a cloud: which resource types hold state that a
/// replacement or deletion would lose, and which inputs cannot change in place. The inputs are
/// those the upstream Terraform providers mark ForceNew (pulumi-aws and pulumi-alicloud are bridged
/// from them); the list is best-effort and `pulumi preview` remains the authority.
/// </summary>
public static class ReplacementRules
{
    private static readonly FrozenDictionary<string, string[]> ForceNew = new Dictionary<string, string[]>
    {
        ["aws:s3/bucket:Bucket"] = ["bucket", "bucketPrefix", "objectLockEnabled"],
        ["alicloud:oss/bucket:Bucket"] = ["bucket"],
        ["aws:kms/key:Key"] = ["customerMasterKeySpec", "keyUsage", "multiRegion"],
        ["aws:eks/cluster:Cluster"] = ["name"],
        ["aws:eks/nodeGroup:NodeGroup"] = ["amiType", "capacityType", "diskSize", "instanceTypes", "nodeGroupName", "nodeRoleArn", "subnetIds"],
        ["aws:ec2/vpc:Vpc"] = ["cidrBlock"],
        ["aws:ec2/subnet:Subnet"] = ["availabilityZone", "cidrBlock", "vpcId"],
        ["aws:iam/role:Role"] = ["name"],
        ["alicloud:vpc/switch:Switch"] = ["cidrBlock", "vpcId", "zoneId"],
        ["alicloud:cs/managedKubernetes:ManagedKubernetes"] = ["podCidr", "serviceCidr"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Whether losing a resource of <paramref name="type"/> loses data or a running platform (buckets, keys, clusters).</summary>
    public static bool IsStateful(string type) => ResourceTypes.Stateful.Contains(type);

    /// <summary>The input (first segment of a property path) whose change replaces the resource, if any.</summary>
    public static string? ForcesReplacement(string type, string propertyPath)
    {
        var input = propertyPath.Split('.', '[')[0];
        return ForceNew.TryGetValue(type, out var inputs) && inputs.Contains(input) ? input : null;
    }
}
