using Infra.Testing;

namespace Infra.Conformance.Tests;

/// <summary>Every resource of every reference stack, of stacks bootstrapped for new regions and of the foundation programs, passes the provider SDKs' own type definitions.</summary>
public class ReferenceStackConformanceTests(ReferenceStackFixture fixture) : IClassFixture<ReferenceStackFixture>
{
    public static TheoryData<string> Stacks { get; } = [.. Directory.EnumerateFiles(RepositoryPaths.Root, "Pulumi.*.yaml")
        .Select(file => Path.GetFileName(file)["Pulumi.".Length..^".yaml".Length])
        .Append("plugin-manifest")
        .Concat(ReferenceStackFixture.BootstrappedRequests.Select(request => request.StackName))
        .Concat(ReferenceStackFixture.Foundations)
        .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Stacks))]
    public void The_program_conforms_to_the_provider_sdks(string stack)
    {
        Assert.True(fixture.Report.Findings.ContainsKey(stack), $"the conformance check did not see {stack}:\n{fixture.Report.Output}");
        var findings = fixture.Report.Findings[stack];
        Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings));
    }

    [Fact]
    public void The_crafted_clusters_and_node_pools_the_compliance_rules_are_tested_on_conform_to_the_provider_sdks()
    {
        Assert.True(fixture.Report.Findings.TryGetValue(ReferenceStackFixture.CraftedProgram, out var findings), fixture.Report.Output);
        Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings));
    }
}
