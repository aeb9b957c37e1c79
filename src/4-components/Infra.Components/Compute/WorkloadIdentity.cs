using Infra.Components.Storage;

namespace Infra.Components.Compute;

/// <summary>
/// A cloud role bound to one Kubernetes service account: pods that run as the account get the
/// role's permissions, and nothing else does. <see cref="ServiceAccountAnnotations"/> go on the
/// service account; <see cref="WorkloadIdentity.NamespaceLabels"/> on its namespace.
/// </summary>
public sealed record WorkloadIdentityBinding(Output<string> RoleArn, ImmutableSortedDictionary<string, Input<string>> ServiceAccountAnnotations)
{
    public bool Equals(WorkloadIdentityBinding? other) => other is not null && RoleArn.Equals(other.RoleArn);

    public override int GetHashCode() => RoleArn.GetHashCode();
}

/// <summary>
/// Workload identity of a cluster: roles trusted for one service account each through the
/// cluster's OIDC issuer. The cloud's realization makes them: IRSA on EKS (an IAM OIDC provider for
/// the cluster's issuer), RRSA on ACK (the RAM OIDC provider ACK creates).
/// </summary>
public sealed class WorkloadIdentity(StackEnvironment environment, OidcIssuer issuer)
{
    private readonly IWorkloadIdentityRealization _realization = environment.Realization().WorkloadIdentity;

    /// <summary>Labels a namespace needs so its pods get credentials injected (none on EKS).</summary>
    public ImmutableSortedDictionary<string, string> NamespaceLabels => _realization.NamespaceLabels;

    /// <summary>
    /// Creates a role named <paramref name="roleName"/> that only <c>system:serviceaccount:{ns}:{sa}</c>
    /// may assume, with <paramref name="policies"/> attached.
    /// </summary>
    public WorkloadIdentityBinding Bind(
        Scope scope, string name, string roleName, string serviceAccountNamespace, string serviceAccount, IEnumerable<DataAccessPolicy> policies)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var role = _realization.Role(scope, new ServiceAccountRole(name, roleName, serviceAccountNamespace, serviceAccount), issuer,
            InputMap.From(environment.Tags.For(scope.Path)));
        foreach (var (policy, i) in (policies ?? []).Select((policy, i) => (policy, i)))
        {
            _realization.Attach(scope, $"{name}-{policy.Workload}-{i}", role, policy);
        }

        return new WorkloadIdentityBinding(role.Arn, role.ServiceAccountAnnotations);
    }
}
