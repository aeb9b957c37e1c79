using System.Diagnostics;
using Infra.Cli.Hosting;
using Infra.Components.Compute;
using Infra.Components.Monitoring;
using Infra.Stacks.Specs;
using Infra.Stacks.Synthesis;
using Infra.Testing;

namespace Infra.Cli.Tests.Prometheus;

/// <summary>
/// A real Prometheus holding <see cref="KnownClusterData"/> and everything prod-global's own rules
/// record from it: the samples become blocks with <c>promtool tsdb create-blocks-from openmetrics</c>;
/// the rules are evaluated over that history with <c>promtool tsdb create-blocks-from rules</c> (stage by
/// stage, since it evaluates each rule against what Prometheus already has); then Prometheus serves
/// it all with the rules loaded, so <c>/api/v1/rules</c> lists the stack's groups. Shared by the tests of a class.
/// </summary>
public sealed class KnownClusterPrometheus : IDisposable
{
    public const string Stack = "prod-global";

    private readonly string _work = Directory.CreateTempSubdirectory("infra-prometheus-").FullName;
    private readonly PrometheusServer _server;

    public KnownClusterPrometheus()
    {
        var groups = RuleGroups();
        var rules = Path.Combine(_work, "rules.json");
        RuleFile.Write(rules, groups);
        var data = Path.Combine(_work, "data");
        var samples = Path.Combine(_work, "samples.om");
        File.WriteAllText(samples, KnownClusterData.OpenMetrics());
        Run("promtool", "tsdb", "create-blocks-from", "openmetrics", samples, data);

        foreach (var (stage, index) in RuleFile.Stages(groups).Select((stage, index) => (stage, index)))
        {
            var stageRules = Path.Combine(_work, $"stage-{index}.json");
            RuleFile.Write(stageRules, [stage]);
            var output = Path.Combine(_work, $"stage-{index}-blocks");
            using (var server = PrometheusServer.Start(_work, data, null))
            {
                Run("promtool", "tsdb", "create-blocks-from", "rules",
                    $"--start={KnownClusterData.Start.ToUnixTimeSeconds()}", $"--end={KnownClusterData.End.ToUnixTimeSeconds()}",
                    $"--url={server.Url}", $"--output-dir={output}", "--eval-interval=60s", stageRules);
            }

            foreach (var block in Directory.GetDirectories(output))
            {
                Directory.Move(block, Path.Combine(data, Path.GetFileName(block)));
            }
        }

        _server = PrometheusServer.Start(_work, data, rules);
    }

    public string Url => _server.Url;

    public void Dispose()
    {
        _server.Dispose();
        Directory.Delete(_work, recursive: true);
    }

    /// <summary>The rule groups prod-global's monitoring deploys, built from its spec as the stack builds them.</summary>
    internal static IReadOnlyList<RuleGroup> RuleGroups()
    {
        var selection = StackSelection.FromStackFile(Stack, RepositoryPaths.Root);
        var spec = new EnvironmentSpecReader(new Synthesizer().Regions).Read(selection.Stack, selection.Project, selection.Config, selection.OtherStacks);
        var pools = spec.Compute.GpuPools.Select(pool => new GpuPoolInfo(pool.Name, pool.Resolved.Model.Key, pool.Args.GpusPerNode, pool.Args.MinNodes,
            pool.Args.MaxNodes, pool.Args.Workload, pool.Args.Capacity, [.. pool.Resolved.InstanceTypes.Select(type => type.Name)]));
        return MonitoringStack.RuleGroupsFor(spec.Environment, spec.Monitoring.ArgsFor("known-cluster", pools));
    }

    private static void Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', arguments)} exited {process.ExitCode}:\n{output.Result}{error.Result}");
    }
}
