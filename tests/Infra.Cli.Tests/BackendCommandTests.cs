using Infra.Platform.Catalog;
using Infra.Platform.State;
using Infra.Stacks.Config;
using Infra.Testing;

namespace Infra.Cli.Tests;

public class BackendCommandTests
{
    public static TheoryData<string> ReferenceStacks => ["dev-global", "prod-global", "dev-cn", "prod-cn", "prod-cn-aws"];

    [Theory]
    [MemberData(nameof(ReferenceStacks))]
    public void Every_reference_stack_keeps_its_state_and_secrets_key_in_a_region_of_its_jurisdiction(string stack)
    {
        var file = StackFile.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, StackFile.FileName(stack))), stack);
        var jurisdiction = RegionCatalog.Default.JurisdictionOf(file["ml-platform:region"]!.Text!);

        var run = CliRunner.Run(new Dictionary<string, string>(), "backend", "--stack", stack);

        Assert.True(run.ExitCode == 0, run.Error);
        var backend = StateLocation.OfBackend(run.Out.TrimEnd('\n'));
        var secrets = StateLocation.OfSecretsProvider(file.SecretsProvider);
        Assert.All([backend, secrets], location =>
        {
            Assert.Equal(StateLocationKind.Region, location.Kind);
            Assert.Equal(jurisdiction, RegionCatalog.Default.JurisdictionOf(location.Region!));
        });
    }

    [Fact]
    public void A_stack_without_a_backend_is_refused_naming_the_key()
    {
        var project = TempProject("dev-cn", text => text.Replace("  ml-platform:stateBackend:", "  # ml-platform:stateBackend:", StringComparison.Ordinal));

        var run = CliRunner.Run(new Dictionary<string, string>(), "backend", "--stack", "dev-cn", "--project-dir", project);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains("Pulumi.dev-cn.yaml sets no ml-platform:stateBackend", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_china_stack_pointed_at_a_global_bucket_is_refused_with_the_residency_rule()
    {
        var project = TempProject("dev-cn", text => text.Replace(
            "s3://acme-prod-cn-northwest-1-pulumi-state-a084bd?region=cn-northwest-1", "s3://acme-prod-us-east-1-pulumi-state-aa346c?region=us-east-1", StringComparison.Ordinal));

        var run = CliRunner.Run(new Dictionary<string, string>(), "backend", "--stack", "dev-cn", "--project-dir", project);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains("MLC-RES-003", run.Error, StringComparison.Ordinal);
        Assert.Contains("'us-east-1' is a global region", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Under_pulumi_the_compiler_judges_the_committed_secrets_provider()
    {
        // Pulumi passes config only; the secrets provider comes from the committed stack file, so no
        // "declares no secretsprovider" warning appears for a stack that declares one.
        var run = CliRunner.Run(CliRunner.PulumiRun("prod-cn", CliRunner.PulumiConfigJson("prod-cn")), "synth");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.DoesNotContain("MLC-RES-004", run.Error, StringComparison.Ordinal);
    }

    private static string TempProject(string stack, Func<string, string> edit)
    {
        var directory = Directory.CreateTempSubdirectory("infra-backend-").FullName;
        File.Copy(Path.Combine(RepositoryPaths.Root, "Pulumi.yaml"), Path.Combine(directory, "Pulumi.yaml"));
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, StackFile.FileName(stack)));
        File.WriteAllText(Path.Combine(directory, StackFile.FileName(stack)), edit(text));
        return directory;
    }
}
