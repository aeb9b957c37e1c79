using Infra.Compliance.Engine;
using Infra.Compliance.Packs;
using Infra.Core.Diagnostics;
using Infra.Core.Graph;
using Infra.Core.Resources;
using Infra.Core.Yaml;
using Infra.Platform.Catalog;
using Infra.Providers;
using Infra.Stacks.Composition;
using Infra.Stacks.Config;
using Infra.Stacks.Specs;

namespace Infra.Stacks.Synthesis;

/// <summary>Builds the graph of a stack from its spec (the stack composer, or a test's own graph).</summary>
public delegate Stack StackComposition(EnvironmentSpec spec);

/// <summary>
/// The pipeline of one synthesis: read the spec from the stack's config, compose the graph,
/// check it, judge it with the compliance pack, write it. A synthesis is a pure function of
/// (stack name, config): the same input gives a byte-identical program. Any error — a bad config
/// value, a broken graph, an unsuppressed compliance error — stops it before anything is written.
/// </summary>
public sealed class Synthesizer(RegionCatalog regions, CompliancePack pack, StackComposition compose)
{
    public const string DefaultProject = "ml-platform";

    public Synthesizer()
        : this(RegionCatalog.Default)
    {
    }

    public Synthesizer(RegionCatalog regions)
        : this(regions, DefaultPack.Instance, StackComposer.Compose)
    {
    }

    public RegionCatalog Regions => regions;

    public CompliancePack Pack => pack;

    /// <exception cref="InfraException">The config, the graph or the compliance report has errors; all of them are listed.</exception>
    public SynthesisResult Synthesize(string stackName, string project, StackConfig config, IReadOnlyList<ExistingStack>? otherStacks = null) =>
        Write(Analyze(stackName, project, config, otherStacks));

    /// <summary>Judges and writes a graph built elsewhere (a test's crafted stack) with the spec it was built for.</summary>
    /// <exception cref="InfraException">The graph or the compliance report has errors.</exception>
    public SynthesisResult Synthesize(EnvironmentSpec spec, Stack stack) => Write(Analyze(spec, stack));

    /// <summary>
    /// Everything but writing: compliance errors are in the result, not thrown, so <c>infra plan</c>
    /// can show the whole report.
    /// </summary>
    /// <exception cref="InfraException">The config or the graph has errors.</exception>
    public StackAnalysis Analyze(string stackName, string project, StackConfig config, IReadOnlyList<ExistingStack>? otherStacks = null)
    {
        var spec = new EnvironmentSpecReader(regions).Read(stackName, project, config, otherStacks);
        return Analyze(spec, compose(spec));
    }

    /// <exception cref="InfraException">The graph has errors.</exception>
    public StackAnalysis Analyze(EnvironmentSpec spec, Stack stack)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var diagnostics = GraphChecker.Check(stack);
        if (diagnostics.Any(diagnostic => diagnostic.IsError))
        {
            throw new InfraException(diagnostics);
        }

        var compliance = pack.Evaluate(new ComplianceContext(stack, spec.Environment, regions), spec.Suppressions);
        return new StackAnalysis(spec, stack, diagnostics, compliance);
    }

    private static SynthesisResult Write(StackAnalysis analysis)
    {
        if (analysis.HasErrors)
        {
            throw new InfraException(analysis.Diagnostics);
        }

        return new SynthesisResult(analysis.Spec, analysis.Stack, ProgramWriter.Write(analysis.Stack), analysis.Diagnostics, analysis.Compliance);
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
