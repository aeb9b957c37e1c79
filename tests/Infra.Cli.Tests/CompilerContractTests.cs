using Infra.Testing;
using YamlDotNet.RepresentationModel;

namespace Infra.Cli.Tests;

/// <summary>
/// The contract with Pulumi's YAML host: variables in, program out on stdout; on any error,
/// nothing on stdout, a message on stderr naming the key, and a non-zero exit code.
/// </summary>
public class CompilerContractTests
{
    [Fact]
    public void Pulumi_variables_in_give_the_stack_program_out()
    {
        var run = CliRunner.Run(CliRunner.PulumiRun("dev-global", CliRunner.DevGlobalConfig), "synth");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(File.ReadAllText(RepositoryPaths.Golden("dev-global")), run.Out);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void A_wrong_value_prints_nothing_on_stdout_and_names_the_key()
    {
        // A stack with no committed file: a committed one's file must agree with PULUMI_CONFIG (PulumiStackSelectionTests).
        var config = CliRunner.DevGlobalConfig.Replace("us-west-2", "us-west-9", StringComparison.Ordinal);

        var run = CliRunner.Run(CliRunner.PulumiRun("scratch-global", config), "synth");

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains("ml-platform:region", run.Error, StringComparison.Ordinal);
        Assert.Contains("'us-west-9'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_range_another_stack_of_the_project_uses_prints_nothing_and_names_the_key_and_the_stack()
    {
        // A new stack given prod-global's range: Pulumi runs the compiler in the project, so its stack files are there to compare.
        var config = CliRunner.DevGlobalConfig.Replace("10.0.0.0/16", "10.1.0.0/16", StringComparison.Ordinal);

        var run = CliRunner.Run(CliRunner.PulumiRun("staging-global", config), "synth");

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains("ML3005: ml-platform:vpcCidr: '10.1.0.0/16' overlaps stack prod-global's 10.1.0.0/16", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_key_prints_nothing_on_stdout_and_names_the_key()
    {
        var run = CliRunner.Run(CliRunner.PulumiRun("dev-global", """{"ml-platform:tier":"dev"}"""), "synth");

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains("ml-platform:cloud: is required", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Config_that_is_not_json_is_a_usage_error_with_empty_stdout()
    {
        var run = CliRunner.Run(CliRunner.PulumiRun("dev-global", "{not json"), "synth");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains("PULUMI_CONFIG", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_pulumi_variables_the_plugin_manifest_declares_every_provider_and_version()
    {
        var run = CliRunner.Run(new Dictionary<string, string>(), "synth");

        Assert.Equal(0, run.ExitCode);
        var template = ProgramTemplate.Parse(run.Out);
        Assert.Equal(
            [("alicloud", "pulumi:providers:alicloud", "3.108.0"), ("aws", "pulumi:providers:aws", "7.48.0"), ("kubernetes", "pulumi:providers:kubernetes", "4.34.2")],
            template.Resources.Select(r => (r.Key, ProgramTemplate.Scalar(r.Value, "type"), ProgramTemplate.Scalar(r.Value, "options.version"))));
    }

    [Fact]
    public void A_person_can_synthesize_from_the_stack_file()
    {
        var run = CliRunner.Run(new Dictionary<string, string>(), "synth", "--stack", "dev-global");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(File.ReadAllText(RepositoryPaths.Golden("dev-global")), run.Out);
    }

    [Fact]
    public void An_unknown_stack_lists_the_stacks_there_are()
    {
        var run = CliRunner.Run(new Dictionary<string, string>(), "synth", "--stack", "nope");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains("dev-global", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_writes_the_program_to_a_file_and_nothing_to_stdout()
    {
        var directory = Directory.CreateTempSubdirectory("infra-synth-").FullName;
        try
        {
            var run = CliRunner.Run(new Dictionary<string, string>(), "synth", "--stack", "dev-global", "--out", directory);

            Assert.Equal(0, run.ExitCode);
            Assert.Equal("", run.Out);
            Assert.Equal(File.ReadAllText(RepositoryPaths.Golden("dev-global")), File.ReadAllText(Path.Combine(directory, "dev-global.yaml")));
            Assert.Equal(["dev-global.yaml"], Directory.EnumerateFiles(directory).Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(directory, true);
        }
    }

    [Fact]
    public void The_program_uses_only_keys_and_options_the_yaml_host_parses()
    {
        var run = CliRunner.Run(CliRunner.PulumiRun("dev-global", CliRunner.DevGlobalConfig), "synth");
        var template = ProgramTemplate.Parse(run.Out);

        Assert.All(template.Root.Children.Keys, key => Assert.Contains(((YamlScalarNode)key).Value, HostSchema.TopLevelKeys));
        foreach (var (name, resource) in template.Resources)
        {
            Assert.All(resource.Children.Keys, key => Assert.Contains(((YamlScalarNode)key).Value, HostSchema.ResourceKeys));
            if (ProgramTemplate.Child(resource, "options") is YamlMappingNode options)
            {
                Assert.All(options.Children.Keys, key => Assert.Contains(((YamlScalarNode)key).Value, HostSchema.OptionNames));
            }

            Assert.True(ProgramTemplate.Scalar(resource, "type")!.StartsWith("pulumi:providers:", StringComparison.Ordinal)
                        || ProgramTemplate.Scalar(resource, "options.provider") is not null, $"{name} names no provider");
        }
    }
}

/// <summary>What pulumi-yaml v1.38.1 accepts (ast.TemplateDecl, ResourceDecl, ResourceOptionsDecl).</summary>
internal static class HostSchema
{
    public static readonly string[] TopLevelKeys = ["name", "description", "pulumi", "config", "variables", "resources", "outputs"];

    public static readonly string[] ResourceKeys = ["type", "name", "defaultProvider", "properties", "options", "get"];

    public static readonly string[] OptionNames =
    [
        "additionalSecretOutputs", "aliases", "customTimeouts", "deleteBeforeReplace", "deletedWith", "dependsOn",
        "hideDiffs", "ignoreChanges", "import", "parent", "pluginDownloadURL", "protect", "provider", "providers",
        "replaceOnChanges", "replaceWith", "retainOnDelete", "version", "replacementTrigger", "envVarMappings",
    ];
}
