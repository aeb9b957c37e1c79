using Infra.Components.Compute;
using Infra.Components.Storage;

namespace Infra.Components.Clouds;

/// <summary>
/// How a cloud realizes <see cref="WorkloadIdentity"/> and the policies bound to it: roles trusted
/// for one Kubernetes service account through the cluster's OIDC issuer (IRSA, RRSA), and
/// least-privilege policies in the cloud's policy language.
/// </summary>
public interface IWorkloadIdentityRealization
{
    /// <summary>Labels a namespace needs so its pods get credentials injected (none on EKS).</summary>
    ImmutableSortedDictionary<string, string> NamespaceLabels { get; }

    /// <summary>A policy document in the cloud's policy language (IAM, RAM).</summary>
    PolicyDocument Document(params PolicyStatement[] statements);

    /// <summary>Creates the policy, ready to attach to a role of <see cref="Role"/>.</summary>
    DataAccessPolicy Policy(Scope scope, AccessPolicyPlan plan);

    /// <summary>Creates a role that only the service account may assume, through <paramref name="issuer"/>.</summary>
    WorkloadRole Role(Scope scope, ServiceAccountRole request, OidcIssuer issuer, InputMap<string> tags);

    void Attach(Scope scope, string name, WorkloadRole role, DataAccessPolicy policy);
}

/// <summary>A policy the component decided: whom it is for, its name, and what it allows.</summary>
public sealed record AccessPolicyPlan(string Workload, string PolicyName, string Description, PolicyDocument Document, InputMap<string> Tags);

/// <summary>A role for one service account: <paramref name="Name"/> in the graph, <paramref name="RoleName"/> in the cloud.</summary>
public sealed record ServiceAccountRole(string Name, string RoleName, string Namespace, string ServiceAccount)
{
    /// <summary>The token subject of the service account's pods.</summary>
    public string Subject => $"system:serviceaccount:{Namespace}:{ServiceAccount}";
}

/// <summary>
/// The cluster's OIDC identity provider as its cloud's trust policies name it: the provider's ARN,
/// the issuer (EKS: its host, which IAM condition keys start with; ACK: its URL) and the audience.
/// </summary>
public sealed record OidcIssuer(Output<string> ProviderArn, Output<string> Issuer, string Audience);

/// <summary>A created role: its ARN, the name attachments take, and the annotations its service account needs.</summary>
public sealed record WorkloadRole(Output<string> Arn, Output<string> RoleName, ImmutableSortedDictionary<string, Input<string>> ServiceAccountAnnotations);
