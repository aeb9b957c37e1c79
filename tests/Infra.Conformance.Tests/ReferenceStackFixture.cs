using Infra.Stacks.Config;
using Infra.Stacks.Synthesis;
using Infra.Testing;

namespace Infra.Conformance.Tests;

/// <summary>Synthesizes every reference stack and the plugin manifest once, and checks them all in one run.</summary>
public sealed class ReferenceStackFixture : IDisposable
{
    private readonly string _directory = System.IO.Directory.CreateTempSubdirectory("infra-conformance-").FullName;

    public ReferenceStackFixture()
    {
        Stacks = [.. System.IO.Directory.EnumerateFiles(RepositoryPaths.Root, "Pulumi.*.yaml")
            .Select(file => Path.GetFileName(file)["Pulumi.".Length..^".yaml".Length])
            .Order(StringComparer.Ordinal)];
        var files = new List<string>();
        foreach (var stack in Stacks)
        {
            var config = StackFile.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, StackFile.FileName(stack))), stack);
            files.Add(Write(stack, new Synthesizer().Synthesize(stack, Synthesizer.DefaultProject, config).Program));
        }

        files.Add(Write("plugin-manifest", Synthesizer.PluginManifest(Synthesizer.DefaultProject)));
        files.Add(Write(CraftedProgram, Crafted()));
        Report = Harness.Check(files);
    }

    /// <summary>The program of <see cref="CraftedResources"/>: the cluster, node and network resources the compliance rules are tested on.</summary>
    public const string CraftedProgram = "compliance-fixtures";

    public IReadOnlyList<string> Stacks { get; }

    public HarnessReport Report { get; }

    public void Dispose() => System.IO.Directory.Delete(_directory, recursive: true);

    private static string Crafted()
    {
        var stack = new Infra.Core.Graph.Stack(CraftedProgram, Synthesizer.DefaultProject);
        var aws = Infra.Providers.PinnedProvider.Create(stack, "aws", new Infra.Providers.Aws.AwsProviderArgs { Region = "us-west-2" });
        var alicloud = Infra.Providers.PinnedProvider.Create(stack, "alicloud", new Infra.Providers.Alicloud.AlicloudProviderArgs { Region = "cn-shanghai" });
        CraftedResources.AddAll(stack, aws, alicloud);
        return Infra.Core.Yaml.ProgramWriter.Write(stack);
    }

    private string Write(string name, string program)
    {
        var file = Path.Combine(_directory, name + ".yaml");
        File.WriteAllText(file, program);
        return file;
    }
}
