using System.Collections.Immutable;
using Infra.Platform.Environment;
using Infra.Platform.Facts;
using Infra.Platform.Naming;
using Infra.Components.Security;
using Infra.Components.Storage;
using Infra.Core.Expressions;
using Infra.Core.Graph;
using Infra.Core.Values;
using Iam = Infra.Providers.Aws.Iam;
using Ram = Infra.Providers.Alicloud.Ram;

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
/// Workload identity of a cluster: IRSA on EKS (an IAM OIDC provider for the cluster's issuer and
/// roles trusted for one service account each), RRSA on ACK (the RAM OIDC provider ACK creates and
/// RAM roles trusted likewise).
/// </summary>
public abstract class WorkloadIdentity
{
    private protected WorkloadIdentity(StackEnvironment environment) => Environment = environment;

    protected StackEnvironment Environment { get; }

    /// <summary>Labels a namespace needs so its pods get credentials injected (none on EKS).</summary>
    public abstract ImmutableSortedDictionary<string, string> NamespaceLabels { get; }

    /// <summary>
    /// Creates a role named <paramref name="roleName"/> that only <c>system:serviceaccount:{ns}:{sa}</c>
    /// may assume, with <paramref name="policies"/> attached.
    /// </summary>
    public abstract WorkloadIdentityBinding Bind(
        Scope scope, string name, string roleName, string serviceAccountNamespace, string serviceAccount, IEnumerable<DataAccessPolicy> policies);

    internal static string Subject(string serviceAccountNamespace, string serviceAccount) =>
        $"system:serviceaccount:{serviceAccountNamespace}:{serviceAccount}";
}

/// <summary>IRSA: IAM roles for service accounts.</summary>
internal sealed class EksWorkloadIdentity(StackEnvironment environment, Output<string> providerArn, Output<string> issuerHost, string audience)
    : WorkloadIdentity(environment)
{
    /// <summary>The annotation the EKS pod identity webhook reads.</summary>
    public const string RoleArnAnnotation = "eks.amazonaws.com/role-arn";

    public override ImmutableSortedDictionary<string, string> NamespaceLabels => ImmutableSortedDictionary<string, string>.Empty;

    public Output<string> ProviderArn => providerArn;

    public override WorkloadIdentityBinding Bind(
        Scope scope, string name, string roleName, string serviceAccountNamespace, string serviceAccount, IEnumerable<DataAccessPolicy> policies)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var role = new Iam.Role(scope, name, new Iam.RoleArgs
        {
            Name = PhysicalNames.Fit(roleName, NameLimitFacts.IamRoleName),
            Description = $"IRSA: pods running as {serviceAccountNamespace}/{serviceAccount}",
            AssumeRolePolicy = TrustPolicy(Subject(serviceAccountNamespace, serviceAccount)),
            Tags = InputMap.From(Environment.Tags.For(scope.Path)),
        });
        foreach (var (policy, i) in (policies ?? []).Select((policy, i) => (policy, i)))
        {
            _ = new Iam.RolePolicyAttachment(scope, $"{name}-{policy.Workload}-{i}", new Iam.RolePolicyAttachmentArgs
            {
                Role = role.RoleName,
                PolicyArn = policy.Reference,
            });
        }

        return new WorkloadIdentityBinding(role.Arn, ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal,
            [KeyValuePair.Create(RoleArnAnnotation, (Input<string>)role.Arn)]));
    }

    /// <summary>
    /// The trust policy as JSON text: its condition keys start with the cluster's issuer
    /// (<c>oidc.eks…/id/…:sub</c>), which is an output, and YAML map keys cannot be expressions.
    /// </summary>
    public Output<string> TrustPolicy(string subject) => Output.Format(
        $"{{\"Version\":\"{PolicyDocument.AwsVersion}\",\"Statement\":[{{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRoleWithWebIdentity\"," +
        $"\"Principal\":{{\"Federated\":\"{providerArn}\"}}," +
        $"\"Condition\":{{\"StringEquals\":{{\"{issuerHost}:sub\":\"{subject}\",\"{issuerHost}:aud\":\"{audience}\"}}}}}}]}}");
}

/// <summary>RRSA: RAM roles for service accounts (needs the <c>ack-pod-identity-webhook</c> add-on).</summary>
internal sealed class AckWorkloadIdentity(StackEnvironment environment, Output<string> providerArn, Output<string> issuerUrl)
    : WorkloadIdentity(environment)
{
    /// <summary>The service-account annotation ACK's pod identity webhook reads (ACK RRSA docs).</summary>
    public const string RoleNameAnnotation = "pod-identity.alibabacloud.com/role-name";

    /// <summary>The namespace label that turns the webhook's injection on.</summary>
    public const string InjectionLabel = "pod-identity.alibabacloud.com/injection";

    /// <summary>The audience RRSA tokens carry (AliyunContainerService/ack-ram-tool, pkg/types/ram.go).</summary>
    public const string Audience = "sts.aliyuncs.com";

    public override ImmutableSortedDictionary<string, string> NamespaceLabels { get; } =
        ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create(InjectionLabel, "on")]);

    public override WorkloadIdentityBinding Bind(
        Scope scope, string name, string roleName, string serviceAccountNamespace, string serviceAccount, IEnumerable<DataAccessPolicy> policies)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var role = new Ram.Role(scope, name, new Ram.RoleArgs
        {
            RoleName = PhysicalNames.Fit(roleName, NameLimitFacts.RamRoleName),
            Description = $"RRSA: pods running as {serviceAccountNamespace}/{serviceAccount}",
            AssumeRolePolicyDocument = PolicyDocument.Ram(new PolicyStatement
            {
                Actions = ["sts:AssumeRole"],
                Principal = new PolicyPrincipal("Federated", [providerArn]) { AlwaysList = true },
                Conditions =
                [
                    new PolicyCondition("StringEquals", "oidc:aud", Audience),
                    new PolicyCondition("StringEquals", "oidc:iss", issuerUrl),
                    new PolicyCondition("StringEquals", "oidc:sub", Subject(serviceAccountNamespace, serviceAccount)),
                ],
            }).ToJson(),
            Tags = InputMap.From(Environment.Tags.For(scope.Path)),
        });
        foreach (var (policy, i) in (policies ?? []).Select((policy, i) => (policy, i)))
        {
            _ = new Ram.RolePolicyAttachment(scope, $"{name}-{policy.Workload}-{i}", new Ram.RolePolicyAttachmentArgs
            {
                RoleName = role.RoleName,
                PolicyName = policy.Reference,
                PolicyType = Ram.RamPolicyTypes.Custom,
            });
        }

        return new WorkloadIdentityBinding(role.Arn, ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal,
            [KeyValuePair.Create(RoleNameAnnotation, (Input<string>)PhysicalNames.Fit(roleName, NameLimitFacts.RamRoleName))]));
    }
}
