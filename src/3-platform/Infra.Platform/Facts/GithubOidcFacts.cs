namespace Infra.Platform.Facts;

/// <summary>
/// How a GitHub Actions job proves who it is to a cloud, and what each cloud's security token service
/// expects of the token. The deploy credentials of every stack come from these (no long-lived key):
/// the foundation program creates the identity providers and roles, <c>infra ci</c> tells the
/// workflows which role to assume with which audience.
/// </summary>
public static class GithubOidcFacts
{
    /// <summary>The issuer of GitHub Actions' ID tokens (GitHub Docs, "OpenID Connect reference": the <c>iss</c> claim).</summary>
    public static Fact<string> IssuerUrl { get; } = new("https://token.actions.githubusercontent.com",
        "GitHub Docs, 'OpenID Connect reference', token claims: iss = https://token.actions.githubusercontent.com");

    /// <summary>
    /// The issuer without its scheme: the prefix of IAM's condition keys (<c>token.actions.githubusercontent.com:sub</c>).
    /// Parsed once: rule MLD-IAM-002 reads it for every audience condition of every role.
    /// </summary>
    public static string IssuerHost { get; } = new Uri(IssuerUrl.Value).Host;

    /// <summary>The audience a job asks GitHub for, and the IAM OIDC provider's client ID, in an AWS partition.</summary>
    public static Fact<string> AwsAudienceFor(AwsPartitionFacts partition)
    {
        ArgumentNullException.ThrowIfNull(partition);
        return partition.Name == AwsPartitionFacts.China.Name ? AwsChinaAudience : AwsAudience;
    }

    /// <summary>
    /// The token's audience for AWS STS: <c>sts.amazonaws.com</c>, the default of
    /// aws-actions/configure-aws-credentials (README, "OIDC audience").
    /// </summary>
    public static Fact<string> AwsAudience { get; } = new("sts.amazonaws.com",
        "aws-actions/configure-aws-credentials README, 'OIDC audience' (default audience sts.amazonaws.com)");

    /// <summary>
    /// AWS China's STS refuses the default audience ("Incorrect token audience"): the README's China
    /// example passes <c>audience: sts.amazonaws.com.cn</c>, and the OIDC provider in the aws-cn
    /// account lists it as its client ID. Not the same as IRSA's audience
    /// (<see cref="AwsPartitionFacts.IrsaAudience"/>), which the EKS webhook fixes at sts.amazonaws.com.
    /// </summary>
    public static Fact<string> AwsChinaAudience { get; } = new("sts.amazonaws.com.cn",
        "aws-actions/configure-aws-credentials README 'OIDC audience' (China example: audience sts.amazonaws.com.cn); issues #457 (Incorrect token audience in cn-north-1) and #1386");

    /// <summary>
    /// The audience aliyun/configure-aliyun-credentials-action asks GitHub for (its action.yml input
    /// <c>audience</c>, default <c>sts.aliyuncs.com</c>), also the client ID GitHub's guide recommends for the RAM OIDC provider.
    /// </summary>
    public static Fact<string> AlicloudAudience { get; } = new("sts.aliyuncs.com",
        "aliyun/configure-aliyun-credentials-action action.yml (input audience, default sts.aliyuncs.com); GitHub Docs, 'Configuring OpenID Connect in Alibaba Cloud' (client ID sts.aliyuncs.com)");

    /// <summary>
    /// SHA-1 fingerprints of the CA certificates behind the issuer. RAM's OIDC provider requires at
    /// least one (ROS ALIYUN::RAM::OIDCProvider: Fingerprints required); IAM ignores them for GitHub,
    /// whose certificate it checks against its own trusted CAs. These are the values GitHub published
    /// in 2023; they change when GitHub changes CA. Not verified here (this machine reaches no network):
    /// check with <c>openssl s_client -connect token.actions.githubusercontent.com:443 -showcerts</c>.
    /// </summary>
    public static Fact<IReadOnlyList<string>> CaFingerprints { get; } = new(
        ["6938fd4d98bab03faadb97b34396831e3780aea1", "1c58a3a8518e8759bf075b76b750d4f2df264fcd"],
        "GitHub changelog 2023-06-27, 'GitHub Actions – Update on OIDC integration with AWS' (the two intermediate thumbprints); ROS ALIYUN::RAM::OIDCProvider (Fingerprints required)",
        Verified: false);

    /// <summary>
    /// The <c>sub</c> claim of a job (GitHub Docs, "OpenID Connect reference", example subject claims):
    /// a job in an environment is <c>repo:OWNER/REPO:environment:NAME</c>; otherwise a pull_request
    /// event is <c>repo:OWNER/REPO:pull_request</c>, and a push <c>repo:OWNER/REPO:ref:refs/heads/BRANCH</c>.
    /// </summary>
    public const string SubjectSource = "GitHub Docs, 'OpenID Connect reference', example subject claims (environment, pull_request, branch)";

    public static string PullRequestSubject(string repository) => $"repo:{repository}:pull_request";

    public static string BranchSubject(string repository, string branch) => $"repo:{repository}:ref:refs/heads/{branch}";

    public static string EnvironmentSubject(string repository, string environment) => $"repo:{repository}:environment:{environment}";

    /// <summary>The GitHub environment whose required reviewers guard every production update (main.yml's up-prod job).</summary>
    public const string ProductionEnvironment = "production";

    /// <summary>The branch whose pushes deploy the non-production stacks.</summary>
    public const string DeployBranch = "main";

    /// <summary>The facts as a table, for the test that every fact names its source.</summary>
    public static IReadOnlyList<FactEntry> Entries() =>
    [
        new(nameof(IssuerUrl), IssuerUrl.Value, IssuerUrl.Source, IssuerUrl.Verified),
        new(nameof(AwsAudience), AwsAudience.Value, AwsAudience.Source, AwsAudience.Verified),
        new(nameof(AwsChinaAudience), AwsChinaAudience.Value, AwsChinaAudience.Source, AwsChinaAudience.Verified),
        new(nameof(AlicloudAudience), AlicloudAudience.Value, AlicloudAudience.Source, AlicloudAudience.Verified),
        new(nameof(CaFingerprints), string.Join(",", CaFingerprints.Value), CaFingerprints.Source, CaFingerprints.Verified),
    ];
}
