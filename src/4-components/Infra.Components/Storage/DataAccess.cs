namespace Infra.Components.Storage;

/// <summary>
/// A least-privilege policy for one kind of workload, ready to attach to a workload-identity role
/// (IRSA or EKS Pod Identity on AWS, RRSA on ACK): <see cref="Reference"/> is the policy ARN on AWS
/// and the policy name on Alibaba Cloud, which is what each cloud's attachment takes.
/// </summary>
public sealed record DataAccessPolicy(string Workload, Output<string> Reference);

/// <summary>The access ML workloads need to the stack's buckets, and nothing more.</summary>
internal static class DataAccess
{
    public static (DataAccessPolicy Training, DataAccessPolicy Serving) Policies(
        Scope scope, StackEnvironment environment, StorageBucket datasets, StorageBucket checkpoints, StorageBucket artifacts)
    {
        var cloud = environment.Realization();
        var (list, read, write, delete) = cloud.Bucket.Actions;
        PolicyStatement Objects(StorageBucket bucket, params string[] actions) =>
            new() { Actions = [.. actions], Resources = [bucket.ResourceArns[1]] };
        PolicyStatement Keys(string[] actions, params StorageBucket[] buckets) =>
            new() { Actions = [.. actions], Resources = [.. buckets.Select(bucket => (Input<string>)bucket.Key!.KeyArn)] };

        var training = cloud.WorkloadIdentity.Document(
            new PolicyStatement { Actions = [list], Resources = [datasets.ResourceArns[0], checkpoints.ResourceArns[0], artifacts.ResourceArns[0]] },
            Objects(datasets, read),
            Objects(checkpoints, read, write, delete),
            Objects(artifacts, read, write),
            Keys(["kms:Decrypt"], datasets),
            Keys(["kms:Decrypt", "kms:GenerateDataKey"], checkpoints, artifacts));
        var serving = cloud.WorkloadIdentity.Document(
            new PolicyStatement { Actions = [list], Resources = [artifacts.ResourceArns[0]] },
            Objects(artifacts, read),
            Keys(["kms:Decrypt"], artifacts));
        return (Create(scope, environment, cloud, "training", training), Create(scope, environment, cloud, "serving", serving));
    }

    private static DataAccessPolicy Create(Scope scope, StackEnvironment environment, CloudRealization cloud, string workload, PolicyDocument document) =>
        cloud.WorkloadIdentity.Policy(scope, new AccessPolicyPlan(
            workload,
            PhysicalNames.Fit($"{environment.OrgPrefix}-{environment.StackName}-ml-{workload}-data", Math.Min(NameLimitFacts.IamPolicyName.MaxLength, NameLimitFacts.RamPolicyName.MaxLength)),
            $"ml-platform {environment.StackName}: what {workload} workloads may do with the stack's ML data",
            document,
            InputMap.From(environment.Tags.For(scope.Path))));
}
