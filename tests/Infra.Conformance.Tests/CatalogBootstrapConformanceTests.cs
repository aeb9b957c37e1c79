using Infra.Stacks.Synthesis;
using Infra.Testing;

namespace Infra.Conformance.Tests;

/// <summary>
/// Bootstraps a stack into every region of the catalog (<see cref="CatalogBootstraps"/>) and checks
/// all their programs against the provider SDKs in one conformance run.
/// </summary>
public sealed class CatalogBootstrapFixture : IDisposable
{
    private readonly string _directory = System.IO.Directory.CreateTempSubdirectory("infra-catalog-conformance-").FullName;

    public CatalogBootstrapFixture()
    {
        var synthesizer = new Synthesizer();
        var files = CatalogBootstraps.Requests.Select(request =>
        {
            var config = CatalogBootstraps.Bootstrap(request, synthesizer);
            var file = Path.Combine(_directory, request.StackName + ".yaml");
            File.WriteAllText(file, synthesizer.Synthesize(request.StackName, Synthesizer.DefaultProject, config).Program);
            return file;
        }).ToList();
        Report = Harness.Check(files);
    }

    public HarnessReport Report { get; }

    public void Dispose() => System.IO.Directory.Delete(_directory, recursive: true);
}

public class CatalogBootstrapConformanceTests(CatalogBootstrapFixture fixture) : IClassFixture<CatalogBootstrapFixture>
{
    public static TheoryData<string> Stacks { get; } = [.. CatalogBootstraps.Requests.Select(request => request.StackName)];

    [Theory]
    [MemberData(nameof(Stacks))]
    public void The_stack_bootstrapped_into_the_region_conforms_to_the_provider_sdks(string stack)
    {
        Assert.True(fixture.Report.Findings.ContainsKey(stack), $"the conformance check did not see {stack}:\n{fixture.Report.Output}");
        var findings = fixture.Report.Findings[stack];
        Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings));
    }
}
