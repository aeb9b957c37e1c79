using Infra.Compliance.Engine;
using Infra.Stacks.Bootstrap;
using Infra.Testing;

namespace Infra.Stacks.Tests;

/// <summary>
/// `infra bootstrap` into every region of the catalog (every cloud, prod and dev where a source
/// stack exists) gives a stack that synthesizes and passes every compliance and deployability
/// rule. The SDK conformance of the same stacks is checked in one batch by
/// Infra.Conformance.Tests' CatalogBootstrapConformanceTests.
/// </summary>
public class CatalogBootstrapTests
{
    public static TheoryData<string> Stacks { get; } = [.. CatalogBootstraps.Requests.Select(request => request.StackName)];

    private static BootstrapRequest Request(string stack) => CatalogBootstraps.Requests.Single(request => request.StackName == stack);

    [Fact]
    public void Every_region_of_every_cloud_in_the_catalog_is_bootstrapped()
    {
        Assert.Equal(
            Platform.Catalog.RegionCatalog.Default.Regions.Select(region => (region.Cloud, region.Code)).Order(),
            CatalogBootstraps.Requests.Select(request => Platform.Catalog.RegionCatalog.Default.Regions
                .Single(region => Platform.EnvironmentNames.Of(region.Cloud) == request.Cloud && region.Code == request.Region))
                .Select(region => (region.Cloud, region.Code)).Distinct().Order());
    }

    [Theory]
    [MemberData(nameof(Stacks))]
    public void The_bootstrapped_stack_synthesizes_and_passes_every_rule(string stack)
    {
        var synthesizer = new Synthesizer();
        var config = CatalogBootstraps.Bootstrap(Request(stack), synthesizer);

        var analysis = synthesizer.Analyze(stack, Synthesizer.DefaultProject, config);

        Assert.True(analysis.Diagnostics.Count == 0, string.Join(Environment.NewLine, analysis.Diagnostics));
        Assert.All(analysis.Compliance.Results, result => Assert.True(result.Status is RuleStatus.Passed or RuleStatus.NotApplicable, $"{result.Rule.Id}: {result.Status}"));
        Assert.NotEmpty(synthesizer.Synthesize(stack, Synthesizer.DefaultProject, config).Program);
    }
}
