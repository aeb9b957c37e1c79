using Infra.Compliance.Engine;
using Infra.Compliance.Packs;
using Infra.Core.Diagnostics;
using Infra.Core.Graph;
using Infra.Core.Yaml;
using Infra.Platform.Catalog;

namespace Infra.Stacks.Foundation;

/// <summary>
/// The foundation as a Pulumi project file: composed, checked and judged by the same compliance pack
/// as every stack (its buckets and key meet the same rules), then written with <c>runtime: yaml</c>, so
/// it deploys with a plain <c>pulumi up</c> from its folder and no compiler.
/// </summary>
public static class FoundationProgram
{
    /// <summary>Where a jurisdiction's foundation lives in the repository.</summary>
    public static string PathOf(FoundationSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return Path.Combine("foundation", Platform.EnvironmentNames.Of(spec.Jurisdiction), "Pulumi.yaml");
    }

    /// <exception cref="InfraException">The graph or the compliance report has errors; all are listed.</exception>
    public static FoundationResult Synthesize(FoundationSpec spec, RegionCatalog regions, CompliancePack? pack = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var stack = FoundationComposer.Compose(spec);
        var diagnostics = GraphChecker.Check(stack).ToList();
        if (!diagnostics.Any(diagnostic => diagnostic.IsError))
        {
            var environment = FoundationComposer.EnvironmentOf(spec, spec.StateRegion);
            diagnostics.AddRange((pack ?? DefaultPack.Instance).Evaluate(new ComplianceContext(stack, environment, regions)).Diagnostics);
        }

        if (diagnostics.Any(diagnostic => diagnostic.IsError))
        {
            throw new InfraException(diagnostics);
        }

        return new FoundationResult(spec, ProgramWriter.Write(stack), diagnostics);
    }
}

/// <summary>A written foundation program and the warnings its synthesis gave.</summary>
public sealed record FoundationResult(FoundationSpec Spec, string Text, IReadOnlyList<Diagnostic> Warnings);
