using Infra.Core.Diagnostics;
using Infra.Platform.Facts;
using Infra.Stacks.Foundation;
using Infra.Testing;

namespace Infra.Stacks.Tests;

/// <summary>
/// The foundation of a jurisdiction: the state bucket and secrets key its stacks name, and GitHub
/// Actions' federated roles, with the audiences and subjects the clouds and GitHub document.
/// </summary>
public class FoundationTests
{
    private static readonly IReadOnlyList<ExistingStack> Stacks = [.. ReferenceStacks.All.Select(name => new ExistingStack(name, ReferenceStacks.Config(name)))];

    private static FoundationSpec Plan(string jurisdiction) =>
        new FoundationPlanner(RegionCatalog.Default).Plan(new FoundationRequest(jurisdiction, "acme/ml-platform"), Synthesizer.DefaultProject, Stacks);

    private static ProgramTemplate Program(string jurisdiction) => ProgramTemplate.Parse(FoundationProgram.Synthesize(Plan(jurisdiction), RegionCatalog.Default).Text);

    [Theory]
    [InlineData("china")]
    [InlineData("global")]
    public void The_committed_foundation_is_what_infra_foundation_writes(string jurisdiction)
    {
        var spec = Plan(jurisdiction);
        var committed = Path.Combine(RepositoryPaths.Root, FoundationProgram.PathOf(spec));
        var text = FoundationProgram.Synthesize(spec, RegionCatalog.Default).Text;
        if (RepositoryPaths.UpdateGolden)
        {
            File.WriteAllText(committed, text);
        }

        Assert.Equal(File.ReadAllText(committed), text);
    }

    [Theory]
    [InlineData("china")]
    [InlineData("global")]
    public void Every_reference_stack_keeps_its_state_and_secrets_where_its_foundation_puts_them(string jurisdiction)
    {
        var spec = Plan(jurisdiction);
        var state = FoundationComposer.StateOf(spec);
        var members = Stacks.Where(stack => RegionCatalog.Default.JurisdictionOf(stack.Config["ml-platform:region"]!.Text!) == spec.Jurisdiction).ToList();

        Assert.NotEmpty(members);
        Assert.All(members, stack =>
        {
            Assert.Equal(state.Backend, stack.Config["ml-platform:stateBackend"]?.Text);
            Assert.Equal(state.SecretsProvider, stack.Config.SecretsProvider);
        });
    }

    [Fact]
    public void China_state_and_key_are_in_aws_china_and_the_program_is_its_own_yaml_project()
    {
        var spec = Plan("china");
        var program = Program("china");

        Assert.Equal("cn-northwest-1", spec.StateRegion.Code);
        Assert.Equal("yaml", ProgramTemplate.Scalar(program.Root, "runtime"));
        Assert.StartsWith("s3://acme-prod-cn-northwest-1-pulumi-state-", FoundationComposer.StateOf(spec).Backend, StringComparison.Ordinal);
        Assert.Equal("awskms://alias/acme-foundation-china-pulumi-secrets?region=cn-northwest-1", FoundationComposer.StateOf(spec).SecretsProvider);
    }

    [Fact]
    public void The_state_bucket_is_versioned_encrypted_private_protected_and_expires_old_versions()
    {
        var program = Program("china");

        program.HasResource("aws:s3/bucket:Bucket", "bucket: " + FoundationComposer.StateOf(Plan("china")).Backend![5..].Split('?')[0], "protect: true\nretainOnDelete: true");
        program.HasResource("aws:s3/bucketVersioning:BucketVersioning", "versioningConfiguration:\n  status: Enabled");
        program.HasResource("aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
            "rules:\n  - applyServerSideEncryptionByDefault:\n      sseAlgorithm: aws:kms");
        program.HasResource("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
            "blockPublicAcls: true\nblockPublicPolicy: true\nignorePublicAcls: true\nrestrictPublicBuckets: true");
        Assert.Contains("noncurrentVersionExpiration", program.Text, StringComparison.Ordinal);
        program.HasResource("aws:kms/key:Key", "enableKeyRotation: true", "protect: true\nretainOnDelete: true");
    }

    [Fact]
    public void Aws_china_trusts_github_with_the_audience_its_sts_accepts()
    {
        // configure-aws-credentials README, "OIDC audience": China uses audience sts.amazonaws.com.cn (issue #457).
        var program = Program("china");

        program.HasResource("aws:iam/openIdConnectProvider:OpenIdConnectProvider",
            "url: https://token.actions.githubusercontent.com\nclientIdLists:\n  - sts.amazonaws.com.cn");
        Assert.Equal("sts.amazonaws.com.cn", GithubOidcFacts.AwsAudienceFor(AwsPartitionFacts.China).Value);
        Assert.Equal("sts.amazonaws.com", GithubOidcFacts.AwsAudienceFor(AwsPartitionFacts.Commercial).Value);
    }

    [Fact]
    public void Global_trusts_github_with_the_default_audience()
    {
        Program("global").HasResource("aws:iam/openIdConnectProvider:OpenIdConnectProvider", "clientIdLists:\n  - sts.amazonaws.com");
    }

    [Theory]
    [InlineData("preview", "repo:acme/ml-platform:pull_request", "arn:aws-cn:iam::aws:policy/ReadOnlyAccess")]
    [InlineData("deploy", "repo:acme/ml-platform:ref:refs/heads/main", "arn:aws-cn:iam::aws:policy/AdministratorAccess")]
    [InlineData("deploy-production", "repo:acme/ml-platform:environment:production", "arn:aws-cn:iam::aws:policy/AdministratorAccess")]
    public void Each_aws_role_trusts_one_job_subject_and_previews_are_read_only(string role, string subject, string policy)
    {
        // GitHub Docs, "OpenID Connect reference", example subject claims.
        var program = Program("china");

        program.HasResource("aws:iam/role:Role", $$"""
            name: acme-github-{{role}}
            assumeRolePolicy:
              fn::toJSON:
                Statement:
                  - Action: sts:AssumeRoleWithWebIdentity
                    Condition:
                      StringEquals:
                        token.actions.githubusercontent.com:aud: sts.amazonaws.com.cn
                        token.actions.githubusercontent.com:sub: {{subject}}
                    Principal:
                      Federated: ${github-aws-cn-oidc.arn}
            """);
        program.HasResource("aws:iam/rolePolicyAttachment:RolePolicyAttachment", $"role: ${{github-aws-cn-{role}.name}}\npolicyArn: {policy}");
    }

    [Fact]
    public void The_preview_role_may_read_the_state_take_its_lock_and_decrypt_but_write_nothing_else()
    {
        Program("china").HasResource("aws:iam/rolePolicy:RolePolicy", """
            role: ${github-aws-cn-preview.name}
            policy:
              fn::toJSON:
                Statement:
                  - Sid: ReadState
                    Action: [s3:GetObject, s3:ListBucket]
                  - Sid: TakeLock
                    Action: [s3:PutObject, s3:DeleteObject]
                    Resource: "${state-bucket.arn}/.pulumi/locks/*"
                  - Sid: DecryptStateAndSecrets
                    Action: [kms:Decrypt, kms:GenerateDataKey]
                    Resource: ["${state-kms-key.arn}", "${secrets-key.arn}"]
            """);
    }

    [Fact]
    public void Alibaba_cloud_stacks_of_china_get_ram_oidc_roles_with_the_actions_audience()
    {
        // aliyun/configure-aliyun-credentials-action action.yml: audience default sts.aliyuncs.com.
        var program = Program("china");

        program.HasResource("alicloud:ims/oidcProvider:OidcProvider",
            "oidcProviderName: github-actions\nissuerUrl: https://token.actions.githubusercontent.com\nclientIds:\n  - sts.aliyuncs.com");
        program.HasResource("alicloud:ram/role:Role", """
            roleName: acme-github-deploy-production
            assumeRolePolicyDocument:
              fn::toJSON:
                Statement:
                  - Action: sts:AssumeRole
                    Condition:
                      StringEquals:
                        oidc:aud: sts.aliyuncs.com
                        oidc:sub: repo:acme/ml-platform:environment:production
            """);
        program.HasResource("alicloud:ram/rolePolicyAttachment:RolePolicyAttachment",
            "roleName: ${github-alicloud-preview.roleName}\npolicyName: ReadOnlyAccess\npolicyType: System");
        Assert.Empty(Program("global").ResourcesOfType("alicloud:ims/oidcProvider:OidcProvider"));
    }

    [Fact]
    public void Github_oidc_facts_name_their_sources_and_the_unchecked_fingerprints_say_so()
    {
        Assert.All(GithubOidcFacts.Entries(), entry => Assert.False(string.IsNullOrWhiteSpace(entry.Source)));
        Assert.Equal("https://token.actions.githubusercontent.com", GithubOidcFacts.IssuerUrl.Value);
        Assert.False(GithubOidcFacts.CaFingerprints.Verified);
    }

    [Theory]
    [InlineData("moon", "acme/ml-platform", null, "--jurisdiction", "'moon' is not a jurisdiction; allowed: global, china")]
    [InlineData("china", "not a repo", null, "--github-repo", "'not a repo' is not a GitHub repository")]
    [InlineData("china", "acme/ml-platform", "us-east-1", "--state-region", "'us-east-1' is not an AWS region of the china jurisdiction")]
    [InlineData("china", "acme/ml-platform", "cn-beijing", "--state-region", "allowed: cn-north-1, cn-northwest-1")]
    public void Bad_options_are_refused_naming_the_option_the_value_and_what_is_allowed(string jurisdiction, string repository, string? stateRegion, string option, string message)
    {
        var error = Assert.Throws<InfraException>(() => new FoundationPlanner(RegionCatalog.Default).Plan(
            new FoundationRequest(jurisdiction, repository, stateRegion), Synthesizer.DefaultProject, Stacks));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(option, diagnostic.Subject);
        Assert.Contains(message, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_jurisdiction_without_stacks_needs_its_state_region_and_ownership_given()
    {
        var error = Assert.Throws<InfraException>(() => new FoundationPlanner(RegionCatalog.Default).Plan(
            new FoundationRequest("china", "acme/ml-platform"), Synthesizer.DefaultProject, []));

        Assert.Equal(["--cost-center", "--org-prefix", "--owner", "--state-region"], error.Diagnostics.Select(diagnostic => diagnostic.Subject).Order(StringComparer.Ordinal));
    }
}
