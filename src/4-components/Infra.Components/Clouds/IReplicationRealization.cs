using Infra.Components.Storage;

namespace Infra.Components.Clouds;

/// <summary>
/// How a cloud copies every object of a bucket to its replica: the role the storage service
/// assumes, its permissions and the replication rule. The neutral part (where the replica goes,
/// and that it may go there) is <see cref="StorageBucket"/>'s.
/// </summary>
public interface IReplicationRealization
{
    /// <param name="source">The bucket whose objects are copied.</param>
    /// <param name="replica">The bucket they are copied to, in another region.</param>
    /// <param name="environment">The source's stack environment.</param>
    /// <param name="versioning">The versioning resources of both buckets: replication needs them in place first.</param>
    void Replicate(StorageBucket source, StorageBucket replica, StackEnvironment environment, IReadOnlyList<Resource> versioning);
}
