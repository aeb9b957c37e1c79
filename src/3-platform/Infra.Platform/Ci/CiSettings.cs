namespace Infra.Platform.Ci;

/// <summary>
/// How CI reaches one stack (config <c>ml-platform:ci</c>): the label of the self-hosted runner that
/// can reach its private cluster API, and the cloud account whose federated roles the jobs assume.
/// A stack without them cannot be previewed or deployed by CI: its job fails saying what to set,
/// instead of running on a hosted runner that cannot reach the cluster.
/// </summary>
/// <param name="Runner">The runner label (<c>runs-on</c>) of the stack's preview and deploy jobs.</param>
/// <param name="Account">The account the stack deploys into: an AWS account ID, or an Alibaba Cloud account UID.</param>
/// <param name="StateAccount">
/// The AWS account of the jurisdiction's state bucket and key, when it is not <paramref name="Account"/>
/// (an Alibaba Cloud stack whose state is in AWS China; docs/state.md).
/// </param>
public sealed record CiSettings(string Runner, string Account, string? StateAccount = null);

/// <summary>The roles the foundation program creates for GitHub Actions in each account, least privilege first.</summary>
public enum CiRole
{
    /// <summary>Pull requests: read-only on the cloud, plus what <c>pulumi preview</c> needs of the state (read, lock, decrypt).</summary>
    Preview,

    /// <summary>Pushes to main: <c>pulumi up</c> of the non-production stacks.</summary>
    Deploy,

    /// <summary>Jobs in the <c>production</c> environment only (its required reviewers approve every run).</summary>
    DeployProduction,
}

/// <summary>The names of the CI roles: one convention, read by the foundation program that creates them and by <c>infra ci</c>.</summary>
public static class CiRoles
{
    public static IReadOnlyList<CiRole> All { get; } = [CiRole.Preview, CiRole.Deploy, CiRole.DeployProduction];

    /// <summary>The name of GitHub's identity provider where the cloud names it (RAM; IAM names it by its URL).</summary>
    public const string ProviderName = "github-actions";

    /// <summary>The role a stack's job assumes: production stacks deploy only through the production role.</summary>
    public static CiRole ForDeploy(Tier tier) => tier == Tier.Prod ? CiRole.DeployProduction : CiRole.Deploy;

    /// <summary>The <c>sub</c> claim a role trusts (<see cref="Facts.GithubOidcFacts.SubjectSource"/>).</summary>
    public static string Subject(CiRole role, string repository) => role switch
    {
        CiRole.Preview => Facts.GithubOidcFacts.PullRequestSubject(repository),
        CiRole.Deploy => Facts.GithubOidcFacts.BranchSubject(repository, Facts.GithubOidcFacts.DeployBranch),
        CiRole.DeployProduction => Facts.GithubOidcFacts.EnvironmentSubject(repository, Facts.GithubOidcFacts.ProductionEnvironment),
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    /// <summary>The role's word in resource names: <c>preview</c>, <c>deploy</c>, <c>deploy-production</c>.</summary>
    public static string Suffix(CiRole role) => role switch
    {
        CiRole.Preview => "preview",
        CiRole.Deploy => "deploy",
        CiRole.DeployProduction => "deploy-production",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static string Name(string orgPrefix, CiRole role) => $"{orgPrefix}-github-{Suffix(role)}";

    /// <summary>What the role is for, in words (its description).</summary>
    public static string Purpose(CiRole role) => role switch
    {
        CiRole.Preview => "pull-request previews (read-only)",
        CiRole.Deploy => "pulumi up of non-production stacks from main",
        CiRole.DeployProduction => "pulumi up of production stacks, from the production environment only",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };
}
