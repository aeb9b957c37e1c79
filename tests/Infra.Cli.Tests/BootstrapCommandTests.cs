using Infra.Cli.Hosting;
using Infra.Testing;
using Moq;

namespace Infra.Cli.Tests;

public sealed class BootstrapCommandTests : IDisposable
{
    private readonly string _project = Directory.CreateTempSubdirectory("infra-bootstrap-").FullName;

    public BootstrapCommandTests()
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Root, "Pulumi*.yaml"))
        {
            File.Copy(file, Path.Combine(_project, Path.GetFileName(file)));
        }
    }

    public void Dispose() => Directory.Delete(_project, recursive: true);

    private CliRun Bootstrap(IProcessRunner? processes, params string[] args) =>
        CliRunner.Run(new Dictionary<string, string>(), processes ?? Mock.Of<IProcessRunner>(MockBehavior.Strict),
            ["bootstrap", .. args, "--project-dir", _project]);

    [Fact]
    public void A_new_region_gets_a_stack_file_that_plans_and_the_next_steps()
    {
        var run = Bootstrap(null, "--stack", "prod-eu", "--cloud", "aws", "--region", "eu-west-1", "--tier", "prod", "--from", "prod-global",
            "--deploy-network", BootstrapFixtures.DeployNetwork("aws"));

        Assert.Equal(0, run.ExitCode);
        var written = File.ReadAllText(Path.Combine(_project, "Pulumi.prod-eu.yaml"));
        Assert.Contains("ml-platform:region: eu-west-1", written, StringComparison.Ordinal);
        Assert.Contains("ml-platform:vpcCidr: \"10.2.0.0/16\"", written, StringComparison.Ordinal);
        Assert.Contains("pulumi stack init prod-eu", run.Out, StringComparison.Ordinal);
        Assert.Contains("pulumi config set --secret --stack prod-eu ml-platform:grafanaAdminPassword <value>", run.Out, StringComparison.Ordinal);
        Assert.Contains("pulumi config set --secret --stack prod-eu ml-platform:alertUrlOncall <value>", run.Out, StringComparison.Ordinal);
        Assert.Contains("infra bootstrap: synthesizing the new stack", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run(new Dictionary<string, string>(), "plan", "--stack", "prod-eu", "--project-dir", _project).ExitCode);
    }

    [Fact]
    public void Without_a_deploy_network_a_stack_whose_api_is_private_is_refused_and_nothing_is_written()
    {
        var run = Bootstrap(null, "--stack", "prod-eu", "--cloud", "aws", "--region", "eu-west-1", "--tier", "prod", "--from", "prod-global");

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.Contains("MLD-NET-001", run.Error, StringComparison.Ordinal);
        Assert.Contains("set ml-platform:deployNetwork", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_project, "Pulumi.prod-eu.yaml")));
    }

    [Fact]
    public void An_existing_stack_file_is_never_overwritten()
    {
        var before = File.ReadAllText(Path.Combine(_project, "Pulumi.prod-global.yaml"));

        var run = Bootstrap(null, "--stack", "prod-global", "--cloud", "aws", "--region", "eu-west-1", "--from", "prod-global");

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.Contains("ML8001", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Path.Combine(_project, "Pulumi.prod-global.yaml")));
        Assert.Empty(run.Out);
    }

    [Fact]
    public void An_unknown_region_writes_nothing_and_lists_the_regions_of_the_cloud()
    {
        var run = Bootstrap(null, "--stack", "dev-cn-2", "--cloud", "alicloud", "--region", "cn-mars", "--from", "dev-cn");

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.Contains("--region: 'cn-mars' is not a alicloud region", run.Error, StringComparison.Ordinal);
        Assert.Contains("cn-hangzhou", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_project, "Pulumi.dev-cn-2.yaml")));
    }

    [Fact]
    public void Init_runs_pulumi_stack_init_in_the_project()
    {
        var processes = new Mock<IProcessRunner>(MockBehavior.Strict);
        processes.Setup(p => p.Run("pulumi", new[] { "stack", "init", "dev-eu" }, _project)).Returns(new ProcessResult(0, "Created stack 'dev-eu'", ""));

        var run = Bootstrap(processes.Object, "--stack", "dev-eu", "--cloud", "aws", "--region", "eu-west-1", "--from", "dev-global", "--init",
            "--deploy-network", BootstrapFixtures.DeployNetwork("aws"));

        Assert.Equal(0, run.ExitCode);
        processes.VerifyAll();
        Assert.Contains("Created Pulumi stack dev-eu", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_init_keeps_the_file_and_says_what_to_run()
    {
        var processes = new Mock<IProcessRunner>();
        processes.Setup(p => p.Run("pulumi", It.IsAny<IReadOnlyList<string>>(), It.IsAny<string>())).Returns(new ProcessResult(255, "", "error: not logged in"));

        var run = Bootstrap(processes.Object, "--stack", "dev-eu", "--cloud", "aws", "--region", "eu-west-1", "--from", "dev-global", "--init",
            "--deploy-network", BootstrapFixtures.DeployNetwork("aws"));

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.Contains("not logged in", run.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_project, "Pulumi.dev-eu.yaml")));
    }
}
