using Infra.Platform.Ci;

namespace Infra.Components.Delivery;

/// <summary>
/// The way GitHub Actions gets into one cloud account without a long-lived key: GitHub's OIDC
/// provider and one role per <see cref="CiRole"/>, each trusting one job subject (pull requests,
/// pushes to main, the production environment); previews only read. Created once per account by
/// the foundation program.
/// </summary>
public sealed class CiIdentity : Component
{
    /// <summary>The identity for <paramref name="repository"/>'s workflows (<c>owner/name</c>); <paramref name="previewStateAccess"/> is what a preview may do with the state beyond reading the cloud (read it, take its lock, decrypt).</summary>
    public CiIdentity(Scope parent, string name, StackEnvironment environment, string repository, ImmutableArray<PolicyStatement> previewStateAccess, ComponentOptions? options = null)
        : base(parent, name, options)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var realization = environment.Realization().CiIdentity;
        var tags = InputMap.From(environment.Tags.For(Path));
        ProviderArn = realization.Provider(this, environment, $"GitHub Actions of {repository}", tags);
        RoleArns = ImmutableSortedDictionary.CreateRange(CiRoles.All.Select(role => KeyValuePair.Create(role, realization.Role(this, environment, ProviderArn, new CiRolePlan(
            role,
            CiRoles.Name(environment.OrgPrefix, role),
            $"GitHub Actions of {repository}: {CiRoles.Purpose(role)}",
            CiRoles.Subject(role, repository),
            ReadOnly: role == CiRole.Preview,
            role == CiRole.Preview ? previewStateAccess : []), tags))));
    }

    public Output<string> ProviderArn { get; }

    public ImmutableSortedDictionary<CiRole, Output<string>> RoleArns { get; }
}
