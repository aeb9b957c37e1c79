using System.Security.Cryptography;
using System.Text;
using Infra.Cli.Hosting;
using Infra.Testing;

namespace Infra.Cli.Tests;

/// <summary>
/// Without --stack, a command on one stack takes the stack Pulumi has selected for the project, read
/// from Pulumi's workspace files as the CLI reads them (pulumi/pulumi 1b5949891b3c:
/// pkg/workspace/workspace.go settingsPath, pkg/workspace/settings.go, pkg/backend/state/stacks.go),
/// with PULUMI_HOME honoured and no network (issue 19, deliver 5).
/// </summary>
public sealed class SelectedStackTests : IDisposable
{
    private readonly string _home = Directory.CreateTempSubdirectory("infra-pulumi-home-").FullName;

    public void Dispose() => Directory.Delete(_home, recursive: true);

    /// <summary>The workspace file of this repository's project, named as Pulumi names it (SHA-1 of the project file's path).</summary>
    private static string WorkspaceFile(string pulumiHome)
    {
#pragma warning disable CA5350 // the name Pulumi gives the file
        var hash = Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(Path.Combine(RepositoryPaths.Root, "Pulumi.yaml"))));
#pragma warning restore CA5350
        var file = Path.Combine(pulumiHome, "workspaces", $"ml-platform-{hash}-workspace.json");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        return file;
    }

    private Dictionary<string, string> PulumiHome(string settings)
    {
        File.WriteAllText(WorkspaceFile(_home), settings);
        return new Dictionary<string, string> { ["PULUMI_HOME"] = _home };
    }

    private static string StackOf(CliRun run)
    {
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = System.Text.Json.JsonDocument.Parse(run.Out);
        return json.RootElement.GetProperty("stack").GetString()!;
    }

    [Fact]
    public void The_workspace_file_is_named_by_project_and_the_sha1_of_the_project_files_path()
    {
        // sha1sum of "/home/me/proj/Pulumi.yaml" (coreutils): f4320c8cb0860e28984462ced5a9cefd1496c6fe
        Assert.Equal(
            Path.Combine("/p", "workspaces", "proj-f4320c8cb0860e28984462ced5a9cefd1496c6fe-workspace.json"),
            PulumiWorkspace.SettingsFile("/p", new ProjectDirectory("/home/me/proj", "proj")));
    }

    [Fact]
    public void Plan_without_a_stack_takes_the_one_selected_with_pulumi_stack_select()
    {
        var run = CliRunner.Run(PulumiHome("{\n    \"stack\": \"acme/ml-platform/prod-global\"\n}"), "plan", "--json");

        Assert.Equal("prod-global", StackOf(run));
        Assert.Contains("infra plan: stack 'prod-global', selected by `pulumi stack select`", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_selection_for_the_current_backend_wins_over_the_older_single_one()
    {
        const string Settings = """{"stack": "dev-cn", "stacks": {"https://api.pulumi.com": "dev-global", "s3://acme-pulumi-state-global?region=us-east-1": "prod-global"}}""";
        var environment = PulumiHome(Settings);
        File.WriteAllText(Path.Combine(_home, "credentials.json"), """{"current": "https://api.pulumi.com", "accessTokens": {}}""");

        Assert.Equal("dev-global", StackOf(CliRunner.Run(environment, "plan", "--json")));
        environment["PULUMI_BACKEND_URL"] = "s3://acme-pulumi-state-global?region=us-east-1";
        Assert.Equal("prod-global", StackOf(CliRunner.Run(environment, "plan", "--json")));
        environment["PULUMI_BACKEND_URL"] = "file://~";
        Assert.Equal("dev-cn", StackOf(CliRunner.Run(environment, "plan", "--json")));
    }

    [Fact]
    public void Pulumi_stack_overrides_the_workspace_as_for_the_pulumi_cli()
    {
        var environment = PulumiHome("""{"stack": "dev-cn"}""");
        environment["PULUMI_STACK"] = "acme/ml-platform/prod-cn";

        Assert.Equal("prod-cn", StackOf(CliRunner.Run(environment, "plan", "--json")));
    }

    [Fact]
    public void Without_pulumi_home_the_workspace_is_under_the_users_home()
    {
        File.WriteAllText(WorkspaceFile(Path.Combine(_home, ".pulumi")), """{"stack": "dev-cn"}""");

        Assert.Equal("dev-cn", StackOf(CliRunner.Run(new Dictionary<string, string> { ["HOME"] = _home }, "plan", "--json")));
    }

    [Fact]
    public void Neither_a_stack_nor_a_selection_is_a_usage_error_that_says_what_to_do()
    {
        var run = CliRunner.Run(new Dictionary<string, string> { ["PULUMI_HOME"] = _home }, "images");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains("no --stack given and no Pulumi stack selected for project 'ml-platform'", run.Error, StringComparison.Ordinal);
        Assert.Contains(WorkspaceFile(_home), run.Error, StringComparison.Ordinal);
        Assert.Contains("pass --stack NAME or run `pulumi stack select NAME`; stacks here: dev-cn, dev-global, prod-cn, prod-cn-aws, prod-global", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_selected_stack_of_another_project_is_refused()
    {
        var run = CliRunner.Run(PulumiHome("""{"stack": "acme/other-project/dev-global"}"""), "backend");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains("selects 'acme/other-project/dev-global', which is not a stack of project 'ml-platform'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Selections_for_other_backends_only_are_not_guessed_between()
    {
        var run = CliRunner.Run(PulumiHome("""{"stacks": {"https://api.pulumi.com": "dev-global", "file://~": "dev-cn"}}"""), "plan");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("none for the current backend (unknown", run.Error, StringComparison.Ordinal);
    }
}
