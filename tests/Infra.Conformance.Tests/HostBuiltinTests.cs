namespace Infra.Conformance.Tests;

/// <summary>
/// The conformance check types the YAML host's <c>fn::</c> built-ins as the host evaluates them
/// (pulumi-yaml 36f271cf0a61, pkg/pulumiyaml/run.go evaluateBuiltin*; see tests/conformance/src/builtins.mjs):
/// arguments the host refuses fail (fixtures/negative/builtin-*.yaml, asserted by
/// <see cref="NegativeFixtureTests"/>), and the ones it accepts pass, so the typing is not simply strict.
/// </summary>
public class HostBuiltinTests
{
    private static readonly string Fixture = Path.Combine(Harness.Directory, "fixtures", "host-builtins", "accepted.yaml");

    [Fact]
    public void Built_ins_with_the_argument_types_the_host_accepts_pass()
    {
        var report = Harness.Check([Fixture]);

        Assert.True(report.Findings.TryGetValue("accepted", out var findings), report.Output);
        Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings));
    }

    [Fact]
    public void Every_builtin_the_host_refuses_a_value_for_has_a_negative_fixture()
    {
        var fixtures = Directory.EnumerateFiles(Path.Combine(Harness.Directory, "fixtures", "negative"), "builtin-*.yaml")
            .Select(Path.GetFileNameWithoutExtension).ToHashSet(StringComparer.Ordinal);

        // run.go evaluateBuiltinJoin (list of strings), evaluateBuiltinSelect (integral number index),
        // evaluateBuiltinSplit / evaluateBuiltinToBase64 (strings); ast/expr.go parseJoin, parseInvoke (shapes).
        Assert.Subset(fixtures, new HashSet<string?>(StringComparer.Ordinal)
        {
            "builtin-join-over-number", "builtin-join-shape", "builtin-select-string-index", "builtin-select-fractional-index",
            "builtin-split-over-number", "builtin-tobase64-over-number", "builtin-invoke-return-not-literal",
        });
    }
}
