using Infra.Core.Diagnostics;
using Infra.Core.Graph;
using Infra.Stacks.Specs;

namespace Infra.Stacks.Synthesis;

/// <summary>What one synthesis produced: the spec, the graph, the program text and any warnings.</summary>
public sealed record SynthesisResult(EnvironmentSpec Spec, Stack Stack, string Program, IReadOnlyList<Diagnostic> Warnings);
