using Infra.Platform.Ci;
using Iam = Infra.Providers.Aws.Iam;

namespace Infra.Components.Clouds.Aws;

/// <summary>
/// GitHub Actions into AWS and AWS China: an IAM OIDC provider for GitHub's issuer with the audience
/// the partition's STS accepts, and roles assumable only with a token of one subject
/// (aws-actions/configure-aws-credentials README, "OIDC configuration").
/// </summary>
internal sealed class GithubOidcIam : ICiIdentityRealization
{
    public Output<string> Provider(Scope scope, StackEnvironment environment, string description, InputMap<string> tags) =>
        new Iam.OpenIdConnectProvider(scope, "oidc", new Iam.OpenIdConnectProviderArgs
        {
            Url = GithubOidcFacts.IssuerUrl.Value,
            ClientIdLists = [Audience(environment)],
            ThumbprintLists = [.. GithubOidcFacts.CaFingerprints.Value.Select(print => (Input<string>)print)],
            Tags = tags,
        }).Arn;

    public Output<string> Role(Scope scope, StackEnvironment environment, Output<string> provider, CiRolePlan plan, InputMap<string> tags)
    {
        var partition = Partition(environment);
        var role = new Iam.Role(scope, CiRoles.Suffix(plan.Role), new Iam.RoleArgs
        {
            Name = PhysicalNames.Fit(plan.Name, NameLimitFacts.IamRoleName),
            Description = plan.Description,
            AssumeRolePolicy = PolicyDocument.Aws(new PolicyStatement
            {
                Actions = ["sts:AssumeRoleWithWebIdentity"],
                Principal = PolicyPrincipal.Federated(provider),
                Conditions =
                [
                    new PolicyCondition("StringEquals", $"{GithubOidcFacts.IssuerHost}:aud", Audience(environment)),
                    new PolicyCondition("StringEquals", $"{GithubOidcFacts.IssuerHost}:sub", plan.Subject),
                ],
            }).ToJson(),
            Tags = tags,
        });
        _ = new Iam.RolePolicyAttachment(scope, $"{CiRoles.Suffix(plan.Role)}-policy", new Iam.RolePolicyAttachmentArgs
        {
            Role = role.RoleName,
            // AWS managed policies of every partition (AWS Managed Policy Reference Guide: ReadOnlyAccess,
            // AdministratorAccess): a deploy role creates IAM roles, keys and clusters, which only the latter covers.
            PolicyArn = partition.ManagedPolicyArn(plan.ReadOnly ? "ReadOnlyAccess" : "AdministratorAccess"),
        });
        if (!plan.StateAccess.IsEmpty)
        {
            _ = new Iam.RolePolicy(scope, $"{CiRoles.Suffix(plan.Role)}-state", new Iam.RolePolicyArgs
            {
                Role = role.RoleName,
                Name = "pulumi-state",
                Policy = new PolicyDocument(PolicyDocument.AwsVersion, plan.StateAccess).ToJson(),
            });
        }

        return role.Arn;
    }

    public CiCredentials Credentials(StackEnvironment environment, string account)
    {
        var partition = Partition(environment);
        return new CiCredentials("aws", environment.Region.Code, Audience(environment), null,
            ImmutableSortedDictionary.CreateRange(CiRoles.All.Select(role =>
                KeyValuePair.Create(role, $"arn:{partition.Name}:iam::{account}:role/{CiRoles.Name(environment.OrgPrefix, role)}"))));
    }

    private static AwsPartitionFacts Partition(StackEnvironment environment) => AwsPartitionFacts.For(environment.Region.Partition);

    private static string Audience(StackEnvironment environment) => GithubOidcFacts.AwsAudienceFor(Partition(environment)).Value;
}
