using Infra.Compliance.Rules.Secrets;
using Infra.Core.Expressions;

namespace Infra.Compliance.Tests;

public class PlaintextSecretRuleTests
{
    [Fact]
    public void Secret_expressions_config_references_and_outputs_pass()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AwsDev);
        var source = Fixtures.Raw(stack, "generator", "random:index/randomPassword:RandomPassword", Tree.Map(("length", 32)));
        _ = Fixtures.Raw(stack, "grafana", "kubernetes:helm.sh/v3:Release", Tree.Map(
            ("chart", "grafana"),
            ("values", Tree.Map(
                ("adminPassword", Output.Config<string>("ml-platform:grafanaAdminPassword")),
                ("smtp", Tree.Map(("password", Fn.Secret<string>("not-committed-in-clear")))),
                ("oauth", Tree.Map(("clientSecret", source.GetOutput<string>("result")))),
                ("admin", Tree.Map(("existingSecret", "grafana-admin"), ("passwordKey", "admin-password"))),
                ("tokenTtlSeconds", 3600)))));

        Fixtures.Judge(stack, environment, new PlaintextSecretRule()).PassesOn("MLC-SEC-001", "grafana");
    }

    [Fact]
    public void A_literal_under_a_secret_name_fails_at_any_depth_naming_each_path()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AwsDev);
        _ = Fixtures.Raw(stack, "grafana", "kubernetes:helm.sh/v3:Release", Tree.Map(
            ("chart", "grafana"),
            ("values", Tree.Map(
                ("adminPassword", "hunter2"),
                ("datasources", Tree.List(Tree.Map(("secureJsonData", Tree.Map(("token", Output.Format($"Bearer {Output.Config<string>("ml-platform:t")}")))))))))));
        _ = new Infra.Core.Resources.ProviderResource(stack, "aws-keys", "aws", "7.48.0", Tree.Map(("region", "us-west-2"), ("accessKey", "AKIAEXAMPLE"), ("secretKey", Fn.ReadFile("secret.txt"))));

        var report = Fixtures.Judge(stack, environment, new PlaintextSecretRule());

        var grafana = report.FindingOn("MLC-SEC-001", "grafana").Message;
        Assert.Contains("properties.values.adminPassword", grafana, StringComparison.Ordinal);
        Assert.Contains("properties.values.datasources[0].secureJsonData.token", grafana, StringComparison.Ordinal);
        var provider = report.FindingOn("MLC-SEC-001", "aws-keys").Message;
        Assert.Contains("properties.accessKey, properties.secretKey hold plaintext values", provider, StringComparison.Ordinal);
    }

    [Fact]
    public void Under_a_secret_named_key_a_child_that_names_the_secret_passes_and_one_that_holds_a_value_fails()
    {
        var (stack, environment) = Fixtures.StackAndEnvironment(Fixtures.AwsDev);
        // A Kubernetes volume's `secret: {secretName}` points at a Secret; `secret: {value}` would hold one.
        _ = Fixtures.Raw(stack, "mounts", "kubernetes:apps/v1:Deployment", Tree.Map(("spec", Tree.Map(("volumes", Tree.List(
            Tree.Map(("name", "config"), ("secret", Tree.Map(("secretName", "adapter-config"))))))))));
        _ = Fixtures.Raw(stack, "holds", "kubernetes:helm.sh/v3:Release", Tree.Map(("values", Tree.Map(("secret", Tree.Map(("value", "hunter2")))))));

        var report = Fixtures.Judge(stack, environment, new PlaintextSecretRule());

        report.PassesOn("MLC-SEC-001", "mounts");
        report.FailsOn("MLC-SEC-001", "holds", "properties.values.secret.value holds a plaintext value");
    }

    [Theory]
    [InlineData("password", true)]
    [InlineData("adminPassword", true)]
    [InlineData("kmsEncryptedPassword", true)]
    [InlineData("clientSecret", true)]
    [InlineData("token", true)]
    [InlineData("token.actions.githubusercontent.com:sub", false)] // an IAM condition key: judged by its own name, not its namespace
    [InlineData("example.com:token", true)]
    [InlineData("privateKey", true)]
    [InlineData("secret_key", true)]
    [InlineData("keyMaterial", true)]
    [InlineData("secretName", false)]
    [InlineData("secretKeyRef", false)]
    [InlineData("existingSecret", false)]
    [InlineData("httpTokens", false)]
    [InlineData("kmsMasterKeyId", false)]
    [InlineData("encryptionProviderKey", false)]
    [InlineData("ec2SshKey", false)]
    [InlineData("keyName", false)]
    [InlineData("passwordPolicy", false)]
    [InlineData("passwordKey", false)]
    [InlineData("aws:SecureTransport", false)]
    public void Property_names_that_hold_secrets_are_told_apart_from_names_that_describe_them(string key, bool secret)
    {
        Assert.Equal(secret, PlaintextSecretRule.NamesSecret(key));
    }
}
