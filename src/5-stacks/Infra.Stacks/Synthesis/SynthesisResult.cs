using Infra.Compliance.Engine;
using Infra.Core.Diagnostics;
using Infra.Core.Graph;
using Infra.Stacks.Specs;

namespace Infra.Stacks.Synthesis;

/// <summary>What one synthesis produced: the spec, the graph, the program text, any warnings and the compliance report.</summary>
public sealed record SynthesisResult(EnvironmentSpec Spec, Stack Stack, string Program, IReadOnlyList<Diagnostic> Warnings, ComplianceReport Compliance);
