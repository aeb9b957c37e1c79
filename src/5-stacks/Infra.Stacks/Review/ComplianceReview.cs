using Infra.Compliance.Engine;
using Infra.Compliance.Graph;
using Infra.Core.Yaml;
using Infra.Stacks.Synthesis;

namespace Infra.Stacks.Review;

/// <summary>
/// Which compliance findings a change brings and which it resolves. The base exists only as
/// program text, so it is read back into a graph and judged by the head's rule pack in the head's
/// environment (taggable types learnt from the head's typed resources); findings are compared by
/// (rule, resource), so a suppression added or removed does not count as a new finding.
/// </summary>
public static class ComplianceReview
{
    /// <param name="baseProgram">The stack's program at the base, or null when the stack is new.</param>
    /// <param name="head">The stack composed and judged at the head.</param>
    /// <param name="synthesizer">Whose rule pack and region catalog judge the base.</param>
    /// <exception cref="FormatException">The base program cannot be read back.</exception>
    public static ComplianceDelta Compare(string? baseProgram, StackAnalysis head, Synthesizer synthesizer)
    {
        ArgumentNullException.ThrowIfNull(head);
        ArgumentNullException.ThrowIfNull(synthesizer);
        if (baseProgram is null)
        {
            return ComplianceDelta.Between(null, head.Compliance);
        }

        var stack = head.Spec.Environment.StackName;
        var graph = ProgramReader.Read(baseProgram, stack, $"base {stack}");
        var taggable = head.Stack.AllResources.Where(Taggability.IsTaggable).Select(resource => resource.Type).Distinct(StringComparer.Ordinal);
        var report = synthesizer.Pack.Evaluate(new ComplianceContext(graph, head.Spec.Environment, synthesizer.Regions, taggable));
        return ComplianceDelta.Between(report, head.Compliance);
    }
}
