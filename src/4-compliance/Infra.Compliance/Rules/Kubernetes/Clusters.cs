namespace Infra.Compliance.Rules.Kubernetes;

/// <summary>The managed clusters the cluster rules judge: an EKS cluster and an ACK cluster, each by its own check.</summary>
internal static class Clusters
{
    /// <summary>A cluster rule's table: <paramref name="eks"/> judges an <see cref="ResourceTypes.EksCluster"/>, <paramref name="ack"/> an <see cref="ResourceTypes.AckCluster"/>.</summary>
    public static IReadOnlyDictionary<string, TokenCheck> Checks(
        Func<Resource, ComplianceContext, IEnumerable<string>> eks,
        Func<Resource, ComplianceContext, IEnumerable<string>> ack) =>
        new Dictionary<string, TokenCheck>(StringComparer.Ordinal)
        {
            [ResourceTypes.EksCluster] = new(eks),
            [ResourceTypes.AckCluster] = new(ack),
        };
}
