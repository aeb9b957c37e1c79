using Infra.Components.Storage;
using Ram = Infra.Providers.Alicloud.Ram;

namespace Infra.Components.Clouds.Alicloud;

/// <summary>RRSA: RAM roles for service accounts (needs the <c>ack-pod-identity-webhook</c> add-on); RAM policies.</summary>
internal sealed class Rrsa : IWorkloadIdentityRealization
{
    /// <summary>The service-account annotation ACK's pod identity webhook reads (ACK RRSA docs).</summary>
    public const string RoleNameAnnotation = "pod-identity.alibabacloud.com/role-name";

    /// <summary>The namespace label that turns the webhook's injection on.</summary>
    public const string InjectionLabel = "pod-identity.alibabacloud.com/injection";

    /// <summary>The audience RRSA tokens carry (AliyunContainerService/ack-ram-tool, pkg/types/ram.go).</summary>
    public const string Audience = "sts.aliyuncs.com";

    public ImmutableSortedDictionary<string, string> NamespaceLabels { get; } =
        ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create(InjectionLabel, "on")]);

    public PolicyDocument Document(params PolicyStatement[] statements) => PolicyDocument.Ram(statements);

    public DataAccessPolicy Policy(Scope scope, AccessPolicyPlan plan)
    {
        var policy = new Ram.Policy(scope, $"{plan.Workload}-access", new Ram.PolicyArgs
        {
            PolicyName = plan.PolicyName,
            PolicyDocument = plan.Document.ToJson(),
            Description = plan.Description,
            Tags = plan.Tags,
        });
        return new DataAccessPolicy(plan.Workload, policy.PolicyName);
    }

    public WorkloadRole Role(Scope scope, ServiceAccountRole request, OidcIssuer issuer, InputMap<string> tags)
    {
        var roleName = PhysicalNames.Fit(request.RoleName, NameLimitFacts.RamRoleName);
        var role = new Ram.Role(scope, request.Name, new Ram.RoleArgs
        {
            RoleName = roleName,
            Description = $"RRSA: pods running as {request.Namespace}/{request.ServiceAccount}",
            AssumeRolePolicyDocument = PolicyDocument.Ram(new PolicyStatement
            {
                Actions = ["sts:AssumeRole"],
                Principal = new PolicyPrincipal("Federated", [issuer.ProviderArn]) { AlwaysList = true },
                Conditions =
                [
                    new PolicyCondition("StringEquals", "oidc:aud", issuer.Audience),
                    new PolicyCondition("StringEquals", "oidc:iss", issuer.Issuer),
                    new PolicyCondition("StringEquals", "oidc:sub", request.Subject),
                ],
            }).ToJson(),
            Tags = tags,
        });
        return new WorkloadRole(role.Arn, role.RoleName, ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal,
            [KeyValuePair.Create(RoleNameAnnotation, (Input<string>)roleName)]));
    }

    public void Attach(Scope scope, string name, WorkloadRole role, DataAccessPolicy policy)
    {
        _ = new Ram.RolePolicyAttachment(scope, name, new Ram.RolePolicyAttachmentArgs
        {
            RoleName = role.RoleName,
            PolicyName = policy.Reference,
            PolicyType = Ram.RamPolicyTypes.Custom,
        });
    }
}
