using Infra.Platform;
using Infra.Platform.Environment;
using Infra.Platform.Facts;
using Infra.Platform.Naming;
using Infra.Components.Security;
using Infra.Core.Expressions;
using Infra.Core.Graph;
using Infra.Core.Values;
using Iam = Infra.Providers.Aws.Iam;
using Ram = Infra.Providers.Alicloud.Ram;

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
        var alibaba = environment.Cloud == Cloud.Alicloud;
        var list = alibaba ? "oss:ListObjects" : "s3:ListBucket";
        var read = alibaba ? "oss:GetObject" : "s3:GetObject";
        var write = alibaba ? "oss:PutObject" : "s3:PutObject";
        var delete = alibaba ? "oss:DeleteObject" : "s3:DeleteObject";
        PolicyStatement Objects(StorageBucket bucket, params string[] actions) =>
            new() { Actions = [.. actions], Resources = [bucket.ResourceArns[1]] };
        PolicyStatement Keys(string[] actions, params StorageBucket[] buckets) =>
            new() { Actions = [.. actions], Resources = [.. buckets.Select(bucket => (Input<string>)bucket.Key!.KeyArn)] };
        PolicyDocument Document(params PolicyStatement[] statements) =>
            alibaba ? PolicyDocument.Ram(statements) : PolicyDocument.Aws(statements);

        var training = Document(
            new PolicyStatement { Actions = [list], Resources = [datasets.ResourceArns[0], checkpoints.ResourceArns[0], artifacts.ResourceArns[0]] },
            Objects(datasets, read),
            Objects(checkpoints, read, write, delete),
            Objects(artifacts, read, write),
            Keys(["kms:Decrypt"], datasets),
            Keys(["kms:Decrypt", "kms:GenerateDataKey"], checkpoints, artifacts));
        var serving = Document(
            new PolicyStatement { Actions = [list], Resources = [artifacts.ResourceArns[0]] },
            Objects(artifacts, read),
            Keys(["kms:Decrypt"], artifacts));
        return (Create(scope, environment, "training", training), Create(scope, environment, "serving", serving));
    }

    private static DataAccessPolicy Create(Scope scope, StackEnvironment environment, string workload, PolicyDocument document)
    {
        var name = PhysicalNames.Fit($"{environment.OrgPrefix}-{environment.StackName}-ml-{workload}-data", Math.Min(NameLimitFacts.IamPolicyName.MaxLength, NameLimitFacts.RamPolicyName.MaxLength));
        var description = $"ml-platform {environment.StackName}: what {workload} workloads may do with the stack's ML data";
        var tags = InputMap.From(environment.Tags.For(scope.Path));
        if (environment.Cloud == Cloud.Alicloud)
        {
            var policy = new Ram.Policy(scope, $"{workload}-access", new Ram.PolicyArgs
            {
                PolicyName = name,
                PolicyDocument = document.ToJson(),
                Description = description,
                Tags = tags,
            });
            return new DataAccessPolicy(workload, policy.PolicyName);
        }

        var iamPolicy = new Iam.Policy(scope, $"{workload}-access", new Iam.PolicyArgs
        {
            Name = name,
            Policy = document.ToJson(),
            Description = description,
            Tags = tags,
        });
        return new DataAccessPolicy(workload, iamPolicy.Arn);
    }
}
