using Infra.Cli.Hosting;
using Infra.Stacks.Synthesis;
using Infra.Testing;
using Moq;

namespace Infra.Cli.Tests;

/// <summary>Runs the command in-process with a mocked environment and captured streams.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error);

internal static class CliRunner
{
    public static readonly string DevGlobalConfig = """
        {"ml-platform:tier":"dev","ml-platform:cloud":"aws","ml-platform:region":"us-west-2",
         "ml-platform:owner":"ml-platform-team","ml-platform:costCenter":"cc-ml-1001","ml-platform:orgPrefix":"acme"}
        """;

    public static CliRun Run(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        Run(environment, SystemProcessRunner.Instance, args);

    public static CliRun Run(IReadOnlyDictionary<string, string> environment, IProcessRunner processes, params string[] args)
    {
        var host = new Mock<IHostEnvironment>(MockBehavior.Strict);
        host.Setup(h => h.GetVariable(It.IsAny<string>())).Returns((string name) => environment.GetValueOrDefault(name));
        host.SetupGet(h => h.CurrentDirectory).Returns(RepositoryPaths.Root);
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exit = InfraApp.Run(args, new CliContext(host.Object, output, error, new Synthesizer(), processes));
        return new CliRun(exit, output.ToString(), error.ToString());
    }

    public static Dictionary<string, string> PulumiRun(string stack, string configJson) => new()
    {
        ["PULUMI_STACK"] = stack,
        ["PULUMI_PROJECT"] = "ml-platform",
        ["PULUMI_ORGANIZATION"] = "acme",
        ["PULUMI_CONFIG"] = configJson,
        ["PULUMI_ROOT_DIRECTORY"] = RepositoryPaths.Root,
    };
}
