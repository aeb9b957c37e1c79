using Infra.Platform.Ci;
using Ims = Infra.Providers.Alicloud.Ims;
using Ram = Infra.Providers.Alicloud.Ram;

namespace Infra.Components.Clouds.Alicloud;

/// <summary>
/// GitHub Actions into Alibaba Cloud through RAM's OIDC federation (STS AssumeRoleWithOIDC; GitHub
/// Docs, "Configuring OpenID Connect in Alibaba Cloud"). The job exchanges its token with
/// aliyun/configure-aliyun-credentials-action, which exports the variables the alicloud provider reads
/// (ALICLOUD_ACCESS_KEY, ALICLOUD_SECRET_KEY, ALICLOUD_SECURITY_TOKEN; its index.js).
/// </summary>
internal sealed class GithubOidcRam : ICiIdentityRealization
{
    public Output<string> Provider(Scope scope, StackEnvironment environment, string description, InputMap<string> tags) =>
        new Ims.OidcProvider(scope, "oidc", new Ims.OidcProviderArgs
        {
            OidcProviderName = CiRoles.ProviderName,
            IssuerUrl = GithubOidcFacts.IssuerUrl.Value,
            Fingerprints = [.. GithubOidcFacts.CaFingerprints.Value.Select(print => (Input<string>)print)],
            ClientIds = [GithubOidcFacts.AlicloudAudience.Value],
            Description = description,
        }).Arn;

    /// <remarks>
    /// No <c>oidc:iss</c> condition: the provider ARN already pins the issuer, and GitHub's guide writes
    /// the issuer without the scheme its tokens carry; the two conditions below are unambiguous.
    /// RAM system policies need no state access: the state of every China stack is in AWS China.
    /// </remarks>
    public Output<string> Role(Scope scope, StackEnvironment environment, Output<string> provider, CiRolePlan plan, InputMap<string> tags)
    {
        var role = new Ram.Role(scope, CiRoles.Suffix(plan.Role), new Ram.RoleArgs
        {
            RoleName = PhysicalNames.Fit(plan.Name, NameLimitFacts.RamRoleName),
            Description = plan.Description,
            AssumeRolePolicyDocument = PolicyDocument.Ram(new PolicyStatement
            {
                Actions = ["sts:AssumeRole"],
                Principal = new PolicyPrincipal("Federated", [provider]) { AlwaysList = true },
                Conditions =
                [
                    new PolicyCondition("StringEquals", "oidc:aud", GithubOidcFacts.AlicloudAudience.Value),
                    new PolicyCondition("StringEquals", "oidc:sub", plan.Subject),
                ],
            }).ToJson(),
            Tags = tags,
        });
        _ = new Ram.RolePolicyAttachment(scope, $"{CiRoles.Suffix(plan.Role)}-policy", new Ram.RolePolicyAttachmentArgs
        {
            RoleName = role.RoleName,
            // RAM system policies (RAM docs, "System policies": ReadOnlyAccess, AdministratorAccess).
            PolicyName = plan.ReadOnly ? "ReadOnlyAccess" : "AdministratorAccess",
            PolicyType = Ram.RamPolicyTypes.System,
        });
        return role.Arn;
    }

    /// <summary>RAM ARNs: <c>acs:ram::&lt;uid&gt;:role/&lt;name&gt;</c> and <c>acs:ram::&lt;uid&gt;:oidc-provider/&lt;name&gt;</c> (GitHub's guide, the action's README).</summary>
    public CiCredentials Credentials(StackEnvironment environment, string account)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return new CiCredentials("alicloud", environment.Region.Code, GithubOidcFacts.AlicloudAudience.Value,
            $"acs:ram::{account}:oidc-provider/{CiRoles.ProviderName}",
            ImmutableSortedDictionary.CreateRange(CiRoles.All.Select(role =>
                KeyValuePair.Create(role, $"acs:ram::{account}:role/{CiRoles.Name(environment.OrgPrefix, role)}"))));
    }
}
