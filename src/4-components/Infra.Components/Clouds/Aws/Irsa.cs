using Infra.Components.Storage;
using Iam = Infra.Providers.Aws.Iam;

namespace Infra.Components.Clouds.Aws;

/// <summary>IRSA: IAM roles for service accounts, trusted through the cluster's IAM OIDC provider; IAM policies.</summary>
internal sealed class Irsa : IWorkloadIdentityRealization
{
    /// <summary>The annotation the EKS pod identity webhook reads.</summary>
    public const string RoleArnAnnotation = "eks.amazonaws.com/role-arn";

    public ImmutableSortedDictionary<string, string> NamespaceLabels => ImmutableSortedDictionary<string, string>.Empty;

    public PolicyDocument Document(params PolicyStatement[] statements) => PolicyDocument.Aws(statements);

    public DataAccessPolicy Policy(Scope scope, AccessPolicyPlan plan)
    {
        var policy = new Iam.Policy(scope, $"{plan.Workload}-access", new Iam.PolicyArgs
        {
            Name = plan.PolicyName,
            Policy = plan.Document.ToJson(),
            Description = plan.Description,
            Tags = plan.Tags,
        });
        return new DataAccessPolicy(plan.Workload, policy.Arn);
    }

    public WorkloadRole Role(Scope scope, ServiceAccountRole request, OidcIssuer issuer, InputMap<string> tags)
    {
        var role = new Iam.Role(scope, request.Name, new Iam.RoleArgs
        {
            Name = PhysicalNames.Fit(request.RoleName, NameLimitFacts.IamRoleName),
            Description = $"IRSA: pods running as {request.Namespace}/{request.ServiceAccount}",
            AssumeRolePolicy = TrustPolicy(issuer, request.Subject),
            Tags = tags,
        });
        return new WorkloadRole(role.Arn, role.RoleName, ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal,
            [KeyValuePair.Create(RoleArnAnnotation, (Input<string>)role.Arn)]));
    }

    public void Attach(Scope scope, string name, WorkloadRole role, DataAccessPolicy policy)
    {
        _ = new Iam.RolePolicyAttachment(scope, name, new Iam.RolePolicyAttachmentArgs
        {
            Role = role.RoleName,
            PolicyArn = policy.Reference,
        });
    }

    /// <summary>
    /// The trust policy as JSON text: its condition keys start with the cluster's issuer
    /// (<c>oidc.eks…/id/…:sub</c>), which is an output, and YAML map keys cannot be expressions.
    /// </summary>
    private static Output<string> TrustPolicy(OidcIssuer issuer, string subject) => Output.Format(
        $"{{\"Version\":\"{PolicyDocument.AwsVersion}\",\"Statement\":[{{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRoleWithWebIdentity\"," +
        $"\"Principal\":{{\"Federated\":\"{issuer.ProviderArn}\"}}," +
        $"\"Condition\":{{\"StringEquals\":{{\"{issuer.Issuer}:sub\":\"{subject}\",\"{issuer.Issuer}:aud\":\"{issuer.Audience}\"}}}}}}]}}");
}
