using System.Text.Json;
using Infra.Stacks.Config;
using Infra.Testing;

namespace Infra.Cli.Tests;

/// <summary>
/// <c>infra ci</c> and <c>infra ci-matrix</c>: what a workflow job needs to reach a stack, with the
/// audiences and role subjects the clouds document, and a clear refusal for a stack that does not say.
/// </summary>
public class CiCommandTests
{
    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    [Fact]
    public void A_production_alibaba_stack_deploys_through_the_production_environment_with_aws_china_state_and_ram_roles()
    {
        var run = CliRunner.Run(new Dictionary<string, string>(), "ci", "--stack", "prod-cn", "--job", "deploy");

        Assert.True(run.ExitCode == 0, run.Error);
        var target = Json(run.Out);
        Assert.Equal(1, target.GetProperty("version").GetInt32());
        Assert.Equal("production", target.GetProperty("environment").GetString());
        Assert.Equal("acme-deploy-cn-beijing", target.GetProperty("runner").GetString());
        // The state is in AWS China: its role, with the audience AWS China's STS accepts (configure-aws-credentials README, #457).
        Assert.Equal("arn:aws-cn:iam::444455556666:role/acme-github-deploy-production", target.GetProperty("awsRole").GetString());
        Assert.Equal("sts.amazonaws.com.cn", target.GetProperty("awsAudience").GetString());
        Assert.Equal("cn-northwest-1", target.GetProperty("awsRegion").GetString());
        // The stack's own cloud: RAM's OIDC role and provider (GitHub's Alibaba Cloud guide), the action's default audience.
        Assert.Equal("acs:ram::1234567890123456:role/acme-github-deploy-production", target.GetProperty("alicloudRole").GetString());
        Assert.Equal("acs:ram::1234567890123456:oidc-provider/github-actions", target.GetProperty("alicloudProvider").GetString());
        Assert.Equal("sts.aliyuncs.com", target.GetProperty("alicloudAudience").GetString());
        Assert.StartsWith("s3://", target.GetProperty("backend").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_pull_request_previews_a_global_stack_with_the_read_only_role_and_no_environment()
    {
        var run = CliRunner.Run(new Dictionary<string, string>(), "ci", "--stack", "dev-global");

        Assert.True(run.ExitCode == 0, run.Error);
        var target = Json(run.Out);
        Assert.Equal("", target.GetProperty("environment").GetString());
        Assert.Equal("arn:aws:iam::111122223333:role/acme-github-preview", target.GetProperty("awsRole").GetString());
        Assert.Equal("sts.amazonaws.com", target.GetProperty("awsAudience").GetString());
        Assert.Equal("", target.GetProperty("alicloudRole").GetString());
    }

    [Fact]
    public void A_non_production_stack_deploys_with_the_deploy_role_outside_the_production_environment()
    {
        var target = Json(CliRunner.Run(new Dictionary<string, string>(), "ci", "--stack", "dev-cn", "--job", "deploy").Out);

        Assert.Equal("", target.GetProperty("environment").GetString());
        Assert.Equal("acs:ram::1234567890123456:role/acme-github-deploy", target.GetProperty("alicloudRole").GetString());
    }

    [Fact]
    public void Filling_a_production_stacks_mirror_takes_the_deploy_role_and_waits_for_no_approval()
    {
        var target = Json(CliRunner.Run(new Dictionary<string, string>(), "ci", "--stack", "prod-cn-aws", "--job", "mirror").Out);

        Assert.Equal("", target.GetProperty("environment").GetString());
        Assert.Equal("arn:aws-cn:iam::444455556666:role/acme-github-deploy", target.GetProperty("awsRole").GetString());
    }

    [Fact]
    public void A_stack_that_does_not_say_how_ci_reaches_it_is_refused_naming_the_key()
    {
        var project = Project(("dev-global", text => Without(text, "ml-platform:ci")));

        var run = CliRunner.Run(new Dictionary<string, string>(), "ci", "--stack", "dev-global", "--project-dir", project);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains("ml-platform:ci: not set, so CI cannot preview or deploy dev-global; set it to {runner:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_aws_account_that_is_not_twelve_digits_is_refused()
    {
        var project = Project(("dev-global", text => text.Replace("account: \"111122223333\"", "account: \"1234567890123456\"", StringComparison.Ordinal)));

        var run = CliRunner.Run(new Dictionary<string, string>(), "ci", "--stack", "dev-global", "--project-dir", project);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("ml-platform:ci.account: '1234567890123456' is not an AWS account ID; allowed: 12 digits", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_matrix_has_every_stack_with_its_runner_and_a_stack_without_one_carries_its_error()
    {
        var project = Project(("dev-global", text => Without(text, "ml-platform:ci")), ("prod-global", text => text));

        var run = CliRunner.Run(new Dictionary<string, string>(), "ci-matrix", "--job", "deploy", "--project-dir", project);

        Assert.True(run.ExitCode == 0, run.Error);
        var include = Json(run.Out).GetProperty("include").EnumerateArray().ToDictionary(entry => entry.GetProperty("stack").GetString()!);
        Assert.Equal(["dev-global", "prod-global"], include.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("ubuntu-latest", include["dev-global"].GetProperty("runner").GetString());
        Assert.Contains("ml-platform:ci not set", include["dev-global"].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("acme-deploy-us-east-1", include["prod-global"].GetProperty("runner").GetString());
        Assert.Equal("", include["prod-global"].GetProperty("error").GetString());
        Assert.Equal("production", include["prod-global"].GetProperty("environment").GetString());
    }

    [Fact]
    public void The_matrix_selects_by_tier_and_by_name_and_refuses_an_unknown_stack()
    {
        var prod = Json(CliRunner.Run(new Dictionary<string, string>(), "ci-matrix", "--tier", "prod").Out).GetProperty("include").EnumerateArray()
            .Select(entry => entry.GetProperty("stack").GetString()).ToList();
        var named = Json(CliRunner.Run(new Dictionary<string, string>(), "ci-matrix", "--stacks", "dev-cn, ,prod-cn").Out).GetProperty("include").EnumerateArray()
            .Select(entry => entry.GetProperty("stack").GetString()).ToList();
        var unknown = CliRunner.Run(new Dictionary<string, string>(), "ci-matrix", "--stacks", "dev-cn,nope");

        Assert.Equal(["prod-cn", "prod-cn-aws", "prod-global"], prod);
        Assert.Equal(["dev-cn", "prod-cn"], named);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("--stacks: 'nope' not a stack of ml-platform; allowed: dev-cn, dev-global", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_reference_stack_can_be_previewed_and_deployed_by_ci()
    {
        foreach (var job in new[] { "preview", "deploy" })
        {
            var include = Json(CliRunner.Run(new Dictionary<string, string>(), "ci-matrix", "--job", job).Out).GetProperty("include").EnumerateArray().ToList();
            Assert.Equal(5, include.Count);
            Assert.All(include, entry => Assert.Equal("", entry.GetProperty("error").GetString()));
        }
    }

    /// <summary>The stack file without the config key's block (its line and the indented lines under it).</summary>
    private static string Without(string text, string key)
    {
        var lines = text.Split('\n').ToList();
        var start = lines.FindIndex(line => line.TrimStart().StartsWith(key + ":", StringComparison.Ordinal));
        var end = start + 1;
        while (end < lines.Count && lines[end].StartsWith("    ", StringComparison.Ordinal))
        {
            end++;
        }

        lines.RemoveRange(start, end - start);
        return string.Join('\n', lines);
    }

    private static string Project(params (string Stack, Func<string, string> Edit)[] stacks)
    {
        var directory = Directory.CreateTempSubdirectory("infra-ci-").FullName;
        File.Copy(Path.Combine(RepositoryPaths.Root, "Pulumi.yaml"), Path.Combine(directory, "Pulumi.yaml"));
        foreach (var (stack, edit) in stacks)
        {
            File.WriteAllText(Path.Combine(directory, StackFile.FileName(stack)), edit(File.ReadAllText(Path.Combine(RepositoryPaths.Root, StackFile.FileName(stack)))));
        }

        return directory;
    }
}
