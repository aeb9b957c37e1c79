using Infra.Platform.Ci;

namespace Infra.Components.Clouds;

/// <summary>
/// How a cloud lets GitHub Actions in without a long-lived key: an OIDC identity provider that trusts
/// GitHub's issuer, and a role per <see cref="CiRole"/> whose trust is bound to the job's subject.
/// <see cref="Delivery.CiIdentity"/> decides which roles, subjects and policies; the realization writes
/// them in the cloud's terms. <c>infra ci</c> reads <see cref="Credentials"/> to tell a job which role
/// to assume with which audience.
/// </summary>
public interface ICiIdentityRealization
{
    /// <summary>GitHub's identity provider, trusting the audience the cloud's credentials action asks for.</summary>
    Output<string> Provider(Scope scope, StackEnvironment environment, string description, InputMap<string> tags);

    /// <summary>A role only a token with <paramref name="plan"/>'s subject may assume, with its permissions.</summary>
    Output<string> Role(Scope scope, StackEnvironment environment, Output<string> provider, CiRolePlan plan, InputMap<string> tags);

    /// <summary>What a job of a stack in this cloud passes to the cloud's credentials action.</summary>
    CiCredentials Credentials(StackEnvironment environment, string account);
}

/// <summary>
/// One role as <see cref="Delivery.CiIdentity"/> decided it: its name, description and trusted subject,
/// whether it only reads, and what it may do with the state beyond that (empty where the state is elsewhere).
/// </summary>
public sealed record CiRolePlan(CiRole Role, string Name, string Description, string Subject, bool ReadOnly, ImmutableArray<PolicyStatement> StateAccess);

/// <summary>
/// One credentials step of a job: which action (<c>aws</c>: aws-actions/configure-aws-credentials;
/// <c>alicloud</c>: aliyun/configure-aliyun-credentials-action), the audience to ask GitHub for, the
/// region, the provider (RAM only) and each role's ARN.
/// </summary>
public sealed record CiCredentials(
    string Kind,
    string Region,
    string Audience,
    string? ProviderArn,
    ImmutableSortedDictionary<CiRole, string> Roles);
