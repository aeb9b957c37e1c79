using Infra.Compliance.Engine;
using Infra.Stacks.Synthesis;
using Infra.Testing;

namespace Infra.Stacks.Tests;

/// <summary>
/// The temporary list of known deployability findings (<see cref="KnownDeployabilityFindings"/>) is
/// exactly what the full pack finds in each reference stack: no finding is hidden that is not
/// listed, and no entry outlives the fix that removes its finding.
/// </summary>
public class KnownDeployabilityFindingsTests
{
    [Theory]
    [MemberData(nameof(ReferenceStacks.Names), MemberType = typeof(ReferenceStacks))]
    public void The_full_pack_finds_exactly_the_listed_deployability_findings(string stack)
    {
        var analysis = new Synthesizer().Analyze(stack, Synthesizer.DefaultProject, ReferenceStacks.Config(stack));

        var found = analysis.Compliance.Findings
            .Where(finding => finding.Rule.Family == RuleFamily.Deployability && finding.Suppression is null)
            .Select(finding => $"{finding.Rule.Id} {finding.Resource}")
            .Order(StringComparer.Ordinal);
        var listed = KnownDeployabilityFindings.Entries.Where(entry => entry.Stack == stack)
            .Select(entry => $"{entry.Rule} {entry.Resource}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(listed, found);
    }

    [Fact]
    public void Only_deployability_findings_are_listed()
    {
        Assert.All(KnownDeployabilityFindings.Entries, entry =>
            Assert.Equal(RuleFamily.Deployability, CompliancePack.Default.Find(entry.Rule)!.Family));
    }
}
