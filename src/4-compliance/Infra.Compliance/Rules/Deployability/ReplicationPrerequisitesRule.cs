using Infra.Compliance.Rules.Storage;
using Infra.Core.Expressions;
using Infra.Platform.Facts;

namespace Infra.Compliance.Rules.Deployability;

/// <summary>
/// MLD-REP-001: a bucket replication satisfies what its cloud checks only when it replicates an
/// object (<see cref="ReplicationFacts"/>): both buckets versioned; on S3, a source with Object Lock
/// replicates only to a destination with Object Lock, through a role that may read retention and
/// legal holds; the role may decrypt with the source's key and encrypt with the replica's.
/// </summary>
public sealed class ReplicationPrerequisitesRule() : TypedResourceRule(DeployabilityCatalog.ReplicationPrerequisites)
{
    public override IReadOnlySet<string> Types { get; } = ResourceTypes.Set(ResourceTypes.S3Replication, ResourceTypes.OssReplication);

    protected override IEnumerable<string> Problems(Resource resource, ComplianceContext context) =>
        resource.Type == ResourceTypes.S3Replication ? S3Problems(resource, context) : OssProblems(resource, context);

    private static IEnumerable<string> S3Problems(Resource replication, ComplianceContext context)
    {
        var facts = ReplicationFacts.S3;
        if (ComplianceContext.Referenced(replication.Properties["bucket"]) is not { Type: ResourceTypes.S3Bucket } source)
        {
            yield return "its source bucket is not a bucket of the stack, so its prerequisites cannot be proven";
            yield break;
        }

        var role = ComplianceContext.Referenced(replication.Properties["role"]);
        var statements = role is null ? null : RolePolicies.AllowStatements(context, role);
        if (statements is null)
        {
            yield return "its role is not a role of the stack, so its permissions cannot be proven";
        }

        if (!Buckets.IsVersioned(context, source))
        {
            yield return $"source {source.LogicalName} is not versioned (versioningConfiguration.status Enabled)";
        }

        var locked = S3ObjectLocked(context, source);
        if (locked && statements is not null)
        {
            foreach (var action in facts.ObjectLockActions.Where(action => !RolePolicies.Allows(statements, action, item => RefersTo(item, source))))
            {
                yield return $"source {source.LogicalName} has Object Lock but role {role!.LogicalName} is not allowed {action} on it";
            }
        }

        var sourceKey = S3SourceKey(context, source);
        foreach (var (rule, index) in PropertyValues.Items(replication.Properties["rules"]).Select((rule, index) => (rule, index)))
        {
            var at = $"rules[{index}]";
            if (ComplianceContext.Referenced(PropertyValues.At(rule, "destination.bucket")) is not { Type: ResourceTypes.S3Bucket } destination)
            {
                yield return $"{at}.destination.bucket is not a bucket of the stack, so its prerequisites cannot be proven";
                continue;
            }

            if (!Buckets.IsVersioned(context, destination))
            {
                yield return $"destination {destination.LogicalName} is not versioned (versioningConfiguration.status Enabled)";
            }

            if (locked && !S3ObjectLocked(context, destination))
            {
                yield return $"source {source.LogicalName} has Object Lock but destination {destination.LogicalName} does not (objectLockEnabled: true): S3 fails every object with DstBucketObjectLockConfigMissing";
            }

            if (statements is null)
            {
                continue;
            }

            var replicatesKmsObjects = PropertyValues.Text(PropertyValues.At(rule, "sourceSelectionCriteria.sseKmsEncryptedObjects.status")) == "Enabled";
            if (replicatesKmsObjects && sourceKey is not null)
            {
                foreach (var problem in KeyGrants(statements, role!, sourceKey, facts.SourceKeyActions, "source"))
                {
                    yield return problem;
                }
            }

            if (ComplianceContext.Referenced(PropertyValues.At(rule, "destination.encryptionConfiguration.replicaKmsKeyId")) is { } replicaKey)
            {
                foreach (var problem in KeyGrants(statements, role!, replicaKey, facts.ReplicaKeyActions, "replica"))
                {
                    yield return problem;
                }
            }
        }
    }

    private static IEnumerable<string> OssProblems(Resource replication, ComplianceContext context)
    {
        var facts = ReplicationFacts.Oss;
        var source = ComplianceContext.Referenced(replication.Properties["bucket"]);
        var destination = ComplianceContext.Referenced(PropertyValues.At(replication.Properties, "destination.bucket"));
        if (source is not { Type: ResourceTypes.OssBucket } || destination is not { Type: ResourceTypes.OssBucket })
        {
            yield return "its source or destination is not a bucket of the stack, so its prerequisites cannot be proven";
            yield break;
        }

        foreach (var bucket in new[] { source, destination }.Where(bucket => !Buckets.IsVersioned(context, bucket)))
        {
            yield return $"{(bucket == source ? "source" : "destination")} {bucket.LogicalName} is not versioned (status Enabled)";
        }

        var role = ComplianceContext.Referenced(replication.Properties["syncRole"]);
        if (role is null)
        {
            yield return "its syncRole is not a role of the stack, so its permissions cannot be proven";
            yield break;
        }

        var statements = RolePolicies.AllowStatements(context, role);
        var replicatesKmsObjects = PropertyValues.Text(PropertyValues.At(replication.Properties, "sourceSelectionCriteria.sseKmsEncryptedObjects.status")) == "Enabled";
        if (replicatesKmsObjects && OssSourceKey(context, source) is { } sourceKey)
        {
            foreach (var problem in KeyGrants(statements, role, sourceKey, facts.SourceKeyActions, "source"))
            {
                yield return problem;
            }
        }

        if (ComplianceContext.Referenced(PropertyValues.At(replication.Properties, "encryptionConfiguration.replicaKmsKeyId")) is { } replicaKey)
        {
            foreach (var problem in KeyGrants(statements, role, replicaKey, facts.ReplicaKeyActions, "replica"))
            {
                yield return problem;
            }
        }
    }

    private static IEnumerable<string> KeyGrants(IReadOnlyList<MapValue> statements, Resource role, Resource key, IEnumerable<string> actions, string which) =>
        actions.Where(action => !RolePolicies.Allows(statements, action, item => RefersTo(item, key)))
            .Select(action => $"role {role.LogicalName} is not allowed {action} with the {which} key {key.LogicalName}");

    /// <summary>The value mentions the resource: <c>${key.arn}</c>, or <c>${bucket.arn}/*</c>.</summary>
    private static bool RefersTo(Value value, Resource target) =>
        value.Expressions().Any(expression => expression switch
        {
            OutputRef output => ReferenceEquals(output.Resource, target),
            ResourceRef reference => ReferenceEquals(reference.Resource, target),
            _ => false,
        });

    private static bool S3ObjectLocked(ComplianceContext context, Resource bucket) =>
        PropertyValues.Flag(bucket.Properties["objectLockEnabled"]) == true
        || Buckets.Attached(context, bucket, ResourceTypes.S3ObjectLock)
            .Any(configuration => PropertyValues.Text(configuration.Properties["objectLockEnabled"]) == "Enabled");

    private static Resource? S3SourceKey(ComplianceContext context, Resource bucket) =>
        Buckets.Attached(context, bucket, ResourceTypes.S3Encryption)
            .SelectMany(settings => PropertyValues.Items(settings.Properties["rules"]))
            .Select(rule => ComplianceContext.Referenced(PropertyValues.At(rule, "applyServerSideEncryptionByDefault.kmsMasterKeyId")))
            .FirstOrDefault(key => key is not null);

    private static Resource? OssSourceKey(ComplianceContext context, Resource bucket) =>
        Buckets.Attached(context, bucket, ResourceTypes.OssEncryption)
            .Select(settings => ComplianceContext.Referenced(settings.Properties["kmsMasterKeyId"]))
            .Append(ComplianceContext.Referenced(PropertyValues.At(bucket.Properties, "serverSideEncryptionRule.kmsMasterKeyId")))
            .FirstOrDefault(key => key is not null);
}
