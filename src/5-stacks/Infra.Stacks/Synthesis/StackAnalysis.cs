using Infra.Compliance.Engine;
using Infra.Core.Diagnostics;
using Infra.Core.Graph;
using Infra.Stacks.Specs;

namespace Infra.Stacks.Synthesis;

/// <summary>
/// A stack composed and judged but not yet written: its spec, graph, the graph check's warnings
/// and the compliance report. <c>infra plan</c> shows it even when the report has errors.
/// </summary>
public sealed record StackAnalysis(EnvironmentSpec Spec, Stack Stack, IReadOnlyList<Diagnostic> GraphWarnings, ComplianceReport Compliance)
{
    /// <summary>Everything a synthesis prints: spec and graph warnings, then suppression problems and findings.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => [.. Spec.Warnings, .. GraphWarnings, .. Compliance.Diagnostics];

    public bool HasErrors => Diagnostics.Any(diagnostic => diagnostic.IsError);
}
