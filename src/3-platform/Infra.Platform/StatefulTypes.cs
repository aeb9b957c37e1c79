namespace Infra.Platform;

/// <summary>
/// The resource types whose loss loses data or takes the platform down with it, by type token,
/// each with what a deletion would lose. In prod the components' graph pass protects them and keeps
/// them in the cloud when they leave the program, the rule pack requires that, and <c>infra diff</c>
/// flags their deletion or replacement: all three read these rows, so a new stateful type is one
/// row here, not an option at each place one is created.
/// </summary>
public static class StatefulTypes
{
    public static IReadOnlyDictionary<string, string> Tokens { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["aws:s3/bucket:Bucket"] = "the bucket's objects (datasets, model artifacts, logs)",
        ["alicloud:oss/bucket:Bucket"] = "the bucket's objects (datasets, model artifacts, logs)",
        ["aws:kms/key:Key"] = "every object and secret encrypted with the key",
        ["alicloud:kms/key:Key"] = "every object and secret encrypted with the key",
        ["aws:eks/cluster:Cluster"] = "the cluster, its workloads and their volumes",
        ["alicloud:cs/managedKubernetes:ManagedKubernetes"] = "the cluster, its workloads and their volumes",
    };

    public static bool IsStateful(string token) => Tokens.ContainsKey(token);
}
