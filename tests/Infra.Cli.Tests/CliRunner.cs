using Infra.Cli.Hosting;
using Infra.Stacks.Synthesis;
using Infra.Testing;
using Moq;

namespace Infra.Cli.Tests;

/// <summary>Runs the command in-process with a mocked environment and captured streams.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error);

internal static class CliRunner
{
    /// <summary>dev-global's config as Pulumi passes it: PULUMI_CONFIG, a JSON object of strings.</summary>
    public static readonly string DevGlobalConfig = PulumiConfigJson("dev-global");

    public static string PulumiConfigJson(string stack)
    {
        var config = Infra.Stacks.Config.StackFile.Parse(
            File.ReadAllText(Path.Combine(RepositoryPaths.Root, $"Pulumi.{stack}.yaml")), stack);
        return System.Text.Json.JsonSerializer.Serialize(config.Values.ToDictionary(entry => entry.Key, entry => entry.Value.Text));
    }

    public static CliRun Run(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        Run(environment, SystemProcessRunner.Instance, args);

    public static CliRun Run(IReadOnlyDictionary<string, string> environment, IProcessRunner processes, params string[] args) =>
        Run(environment, processes, new Synthesizer(), args);

    /// <summary>Runs with a synthesizer of the test's own (e.g. one that composes a crafted graph).</summary>
    public static CliRun Run(IReadOnlyDictionary<string, string> environment, Synthesizer synthesizer, params string[] args) =>
        Run(environment, SystemProcessRunner.Instance, synthesizer, args);

    public static CliRun Run(IReadOnlyDictionary<string, string> environment, IProcessRunner processes, Synthesizer synthesizer, params string[] args) =>
        Run(environment, processes, synthesizer, terminal: false, args);

    /// <summary>Runs as if stdout were a terminal (colours unless NO_COLOR says otherwise).</summary>
    public static CliRun RunOnTerminal(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        Run(environment, SystemProcessRunner.Instance, new Synthesizer(), terminal: true, args);

    private static CliRun Run(IReadOnlyDictionary<string, string> environment, IProcessRunner processes, Synthesizer synthesizer, bool terminal, string[] args)
    {
        var host = new Mock<IHostEnvironment>(MockBehavior.Strict);
        host.Setup(h => h.GetVariable(It.IsAny<string>())).Returns((string name) => environment.GetValueOrDefault(name));
        host.SetupGet(h => h.CurrentDirectory).Returns(RepositoryPaths.Root);
        host.SetupGet(h => h.IsOutputTerminal).Returns(terminal);
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exit = InfraApp.Run(args, new CliContext(host.Object, output, error, synthesizer, processes));
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
