using System.Text.Json;

namespace Infra.Cli.Tests;

/// <summary>
/// Variables exported in the user's shell override the host's (pulumi-yaml 36f271cf0a61
/// pkg/pulumiyaml/run.go:71, <c>append(env, os.Environ()...)</c>, last duplicate wins; review yaml-host.md B2),
/// and the host's Run sets PULUMI_STACK (bare), PULUMI_ORGANIZATION, PULUMI_PROJECT, PULUMI_CONFIG and
/// PULUMI_ROOT_DIRECTORY together (pkg/server/server.go:217-223). A stack that cannot be the one Pulumi
/// runs fails with one plain line on stderr, nothing on stdout and a non-zero exit; it is never synthesized.
/// </summary>
public class PulumiStackSelectionTests
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static CliRun Synth(Dictionary<string, string> environment) => CliRunner.Run(environment, "synth");

    private static void AssertRefused(CliRun run, params string[] mentions)
    {
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
        foreach (var mention in mentions)
        {
            Assert.Contains(mention, run.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_hosts_own_variables_synthesize_the_stack()
    {
        var run = Synth(CliRunner.PulumiRun("dev-global", CliRunner.DevGlobalConfig));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\nname: ml-platform\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pulumi_stack_exported_for_another_stack_is_refused_naming_the_differing_key()
    {
        // `PULUMI_STACK=dev-global` exported, `pulumi preview -s prod-global` run: prod-global's config, dev-global's name.
        var run = Synth(CliRunner.PulumiRun("dev-global", CliRunner.PulumiConfigJson("prod-global")));

        AssertRefused(run, "PULUMI_STACK is 'dev-global'", "Pulumi.dev-global.yaml", "unset it");
    }

    [Theory]
    [InlineData("acme/ml-platform/dev-global")]
    [InlineData("acme/dev-global")]
    public void A_qualified_pulumi_stack_of_this_project_and_organization_is_its_last_segment(string qualified)
    {
        var environment = CliRunner.PulumiRun("dev-global", CliRunner.DevGlobalConfig);
        environment["PULUMI_STACK"] = qualified;

        var run = Synth(environment);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Synth(CliRunner.PulumiRun("dev-global", CliRunner.DevGlobalConfig)).Out, run.Out);
    }

    [Theory]
    [InlineData("acme/other-project/dev-global")]
    [InlineData("globex/ml-platform/dev-global")]
    [InlineData("acme/ml-platform/dev/global")]
    [InlineData("acme//dev-global")]
    public void A_qualified_pulumi_stack_of_another_project_or_organization_is_refused(string qualified)
    {
        var environment = CliRunner.PulumiRun("dev-global", CliRunner.DevGlobalConfig);
        environment["PULUMI_STACK"] = qualified;

        AssertRefused(Synth(environment), $"PULUMI_STACK is '{qualified}'");
    }

    [Fact]
    public void Pulumi_config_without_the_hosts_root_directory_is_the_users_and_is_refused()
    {
        var environment = CliRunner.PulumiRun("dev-global", CliRunner.DevGlobalConfig);
        environment.Remove("PULUMI_ROOT_DIRECTORY");

        AssertRefused(Synth(environment), "PULUMI_CONFIG is set but PULUMI_ROOT_DIRECTORY is not");
    }

    [Fact]
    public void Pulumi_config_without_a_stack_is_refused()
    {
        var environment = CliRunner.PulumiRun("dev-global", CliRunner.DevGlobalConfig);
        environment.Remove("PULUMI_STACK");

        AssertRefused(Synth(environment), "PULUMI_STACK is not");
    }

    [Fact]
    public void Structured_values_compare_as_json_not_as_text()
    {
        // The host passes an object value as its own JSON text; spacing and key order do not make it another stack's.
        var config = JsonSerializer.Deserialize<Dictionary<string, string>>(CliRunner.DevGlobalConfig)!;
        var structured = config.First(entry => entry.Value.StartsWith('{') || entry.Value.StartsWith('['));
        using var document = JsonDocument.Parse(structured.Value);
        config[structured.Key] = JsonSerializer.Serialize(document.RootElement, Indented);

        var run = Synth(CliRunner.PulumiRun("dev-global", JsonSerializer.Serialize(config)));

        Assert.Equal(0, run.ExitCode);
    }
}
