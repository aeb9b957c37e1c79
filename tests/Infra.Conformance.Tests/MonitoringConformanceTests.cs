using Infra.Components.Catalog;
using Infra.Components.Monitoring;
using Infra.Core.Graph;
using Infra.Core.Yaml;
using Infra.Providers;
using Infra.Providers.Kubernetes;
using Infra.Stacks.Composition;
using Infra.Stacks.Config;
using Infra.Stacks.Specs;
using Infra.Stacks.Synthesis;
using Infra.Testing;

namespace Infra.Conformance.Tests;

/// <summary>
/// Reference stacks have no cluster yet, so their programs contain no monitoring. These programs
/// compose three of them (AWS, AWS China, Alibaba Cloud) with a cluster's Kubernetes provider and
/// a monitoring stack added through <see cref="MonitoringComposition"/>, the hook the stack
/// composer will call. <see cref="ReferenceStackFixture"/> checks them in the same run as the
/// reference stacks (one TypeScript compilation).
/// </summary>
public static class MonitoringPrograms
{
    public static readonly string[] Stacks = ["dev-global", "prod-cn", "prod-cn-aws"];

    public static string ProgramName(string stack) => stack + "-monitoring";

    /// <summary>Synthesizes the programs into <paramref name="directory"/> and returns their files.</summary>
    public static IReadOnlyList<string> Write(string directory)
    {
        var files = new List<string>();
        foreach (var name in Stacks)
        {
            var config = StackFile.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, StackFile.FileName(name))), name);
            var spec = new EnvironmentSpecReader(RegionCatalog.Default).Read(name, Synthesizer.DefaultProject, config);
            var stack = StackComposer.Compose(spec, Synthesizer.DefaultProject, config);
            var kubernetes = PinnedProvider.Create(stack, "ml-cluster-k8s", new KubernetesProviderArgs { Kubeconfig = "~/.kube/ml-cluster.yaml" });
            _ = MonitoringComposition.Add(stack, spec, kubernetes, "ml-cluster", [new GpuPoolInfo("gpu-train", "h100", 8, 4), new GpuPoolInfo("gpu-infer", "l4", 1, 10)]);
            var problems = GraphChecker.Check(stack);
            if (problems.Count > 0)
            {
                throw new InvalidOperationException(string.Join(Environment.NewLine, problems));
            }

            var file = Path.Combine(directory, ProgramName(name) + ".yaml");
            File.WriteAllText(file, ProgramWriter.Write(stack));
            files.Add(file);
        }

        return files;
    }
}

/// <summary>Every resource of a monitoring stack, on every cloud, passes the provider SDKs' type definitions.</summary>
public class MonitoringConformanceTests(ReferenceStackFixture fixture) : IClassFixture<ReferenceStackFixture>
{
    public static TheoryData<string> Stacks { get; } = [.. MonitoringPrograms.Stacks];

    [Theory]
    [MemberData(nameof(Stacks))]
    public void A_stack_with_monitoring_conforms_to_the_provider_sdks(string stack)
    {
        var key = MonitoringPrograms.ProgramName(stack);
        Assert.True(fixture.Report.Findings.ContainsKey(key), $"the conformance check did not see {key}:\n{fixture.Report.Output}");
        Assert.True(fixture.Report.Findings[key].Count == 0, string.Join(Environment.NewLine, fixture.Report.Findings[key]));
    }
}
