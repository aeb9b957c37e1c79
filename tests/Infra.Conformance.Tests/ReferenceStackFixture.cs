using Infra.Platform.Catalog;
using Infra.Stacks.Bootstrap;
using Infra.Stacks.Config;
using Infra.Stacks.Synthesis;
using Infra.Testing;

namespace Infra.Conformance.Tests;

/// <summary>
/// Synthesizes every reference stack, the plugin manifest and a stack bootstrapped for a new region
/// of each cloud once, and checks them all in one run (one compiler start for all).
/// </summary>
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
        var existing = Stacks.Select(stack => new ExistingStack(stack, StackFile.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, StackFile.FileName(stack))), stack))).ToList();
        foreach (var request in BootstrappedRequests)
        {
            var bootstrapped = new StackBootstrapper(RegionCatalog.Default, new Synthesizer()).Prepare(request, Synthesizer.DefaultProject, existing);
            var config = StackFile.Parse(bootstrapped.Text, bootstrapped.FileName);
            files.Add(Write(request.StackName, new Synthesizer().Synthesize(request.StackName, Synthesizer.DefaultProject, config).Program));
        }

        foreach (var foundation in Foundations)
        {
            // The committed foundation programs, as `pulumi up` in foundation/<jurisdiction>/ reads them.
            files.Add(Write(foundation, File.ReadAllText(Path.Combine(RepositoryPaths.Root, "foundation", foundation["foundation-".Length..], "Pulumi.yaml"))));
        }

        files.Add(Write(CraftedProgram, Crafted()));
        Report = Harness.Check(files);
    }

    /// <summary>The program of <see cref="CraftedResources"/>: the cluster, node and network resources the compliance rules are tested on.</summary>
    public const string CraftedProgram = "compliance-fixtures";

    /// <summary>New regions, one per cloud, bootstrapped from a reference stack as `infra bootstrap` would.</summary>
    public static IReadOnlyList<BootstrapRequest> BootstrappedRequests { get; } =
    [
        new() { StackName = "bootstrapped-aws", Cloud = "aws", Region = "eu-west-1", Tier = "prod", From = "prod-global", DeployNetwork = BootstrapFixtures.DeployNetwork("aws") },
        new() { StackName = "bootstrapped-aws-cn", Cloud = "aws-cn", Region = "cn-north-1", Tier = "staging", From = "prod-cn-aws", DeployNetwork = BootstrapFixtures.DeployNetwork("aws-cn") },
        new() { StackName = "bootstrapped-alicloud", Cloud = "alicloud", Region = "cn-hangzhou", Tier = "prod", From = "prod-cn", DeployNetwork = BootstrapFixtures.DeployNetwork("alicloud") },
    ];

    public IReadOnlyList<string> Stacks { get; }

    /// <summary>The foundation program of each jurisdiction (state bucket, secrets key, CI roles), as committed.</summary>
    public static IReadOnlyList<string> Foundations { get; } = [.. System.IO.Directory.EnumerateDirectories(Path.Combine(RepositoryPaths.Root, "foundation"))
        .Select(directory => "foundation-" + Path.GetFileName(directory))
        .Order(StringComparer.Ordinal)];

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
