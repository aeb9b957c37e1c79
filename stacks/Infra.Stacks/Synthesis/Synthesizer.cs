using Infra.Components.Catalog;
using Infra.Core.Diagnostics;
using Infra.Core.Graph;
using Infra.Core.Resources;
using Infra.Core.Yaml;
using Infra.Providers;
using Infra.Stacks.Composition;
using Infra.Stacks.Config;
using Infra.Stacks.Specs;

namespace Infra.Stacks.Synthesis;

/// <summary>
/// The pipeline of one synthesis: read the spec from the stack's config, compose the graph,
/// check it, write it. A synthesis is a pure function of (stack name, config): the same input
/// gives a byte-identical program. Any error stops it before anything is written.
/// </summary>
public sealed class Synthesizer(RegionCatalog regions)
{
    public const string DefaultProject = "ml-platform";

    public Synthesizer()
        : this(RegionCatalog.Default)
    {
    }

    /// <summary>The regions stacks may use.</summary>
    public RegionCatalog Regions => regions;

    /// <exception cref="InfraException">The config or the graph has errors; all of them are listed.</exception>
    public SynthesisResult Synthesize(string stackName, string project, StackConfig config)
    {
        var spec = new EnvironmentSpecReader(regions).Read(stackName, project, config);
        var stack = StackComposer.Compose(spec, project, config);
        var diagnostics = GraphChecker.Check(stack);
        if (diagnostics.Any(diagnostic => diagnostic.IsError))
        {
            throw new InfraException(diagnostics);
        }

        return new SynthesisResult(spec, stack, ProgramWriter.Write(stack), [.. spec.Warnings, .. diagnostics]);
    }

    /// <summary>
    /// The program printed when Pulumi runs the compiler without a stack (plugin discovery,
    /// <c>pulumi about</c>): one provider per package the project may use, at its pinned version,
    /// so Pulumi installs exactly the plugins the real programs need.
    /// </summary>
    public static string PluginManifest(string project)
    {
        var stack = new Stack("plugin-manifest", project)
        {
            Description = "Plugin manifest: the providers and versions every stack of this project uses.",
        };
        foreach (var (package, version) in ProviderVersions.All)
        {
            _ = new ProviderResource(stack, package, package, version, null);
        }

        return ProgramWriter.Write(stack);
    }
}
