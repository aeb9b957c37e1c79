using Infra.Testing;

namespace Infra.Stacks.Tests;

/// <summary>
/// Every reference stack's program is committed under tests/golden and compared byte for byte,
/// so any change to what Pulumi would deploy is a reviewed change. Run with UPDATE_GOLDEN=1 to
/// rewrite them on purpose.
/// </summary>
public class GoldenProgramTests
{
    [Theory]
    [MemberData(nameof(ReferenceStacks.Names), MemberType = typeof(ReferenceStacks))]
    public void The_program_matches_its_golden_file(string stack)
    {
        var program = new Synthesizer().Synthesize(stack, Synthesizer.DefaultProject, ReferenceStacks.Config(stack)).Program;
        var golden = RepositoryPaths.Golden(stack);
        if (RepositoryPaths.UpdateGolden)
        {
            File.WriteAllText(golden, program);
        }

        Assert.True(File.Exists(golden), $"no golden program for {stack}; run the tests with UPDATE_GOLDEN=1 and review {golden}");
        Assert.Equal(File.ReadAllText(golden), program);
    }

    [Theory]
    [MemberData(nameof(ReferenceStacks.Names), MemberType = typeof(ReferenceStacks))]
    public void Two_syntheses_are_byte_identical(string stack)
    {
        var config = ReferenceStacks.Config(stack);

        Assert.Equal(
            new Synthesizer().Synthesize(stack, Synthesizer.DefaultProject, config).Program,
            new Synthesizer().Synthesize(stack, Synthesizer.DefaultProject, config).Program);
    }

    [Fact]
    public void The_reference_stacks_include_dev_global()
    {
        Assert.Contains("dev-global", ReferenceStacks.All);
    }
}
