using Infra.Core.Diagnostics;
using Infra.Stacks.Specs;

namespace Infra.Stacks.Tests;

/// <summary>
/// What the spec reader tests share: the keys every stack must set, and reading a config as a
/// synthesis does (project <c>ml-platform</c>, the default region catalog).
/// </summary>
internal static class SpecReading
{
    /// <summary>A stack that sets only the required keys, with values that pass; a test changes or adds the keys it is about.</summary>
    public static Dictionary<string, string> Minimal(string tier, string cloud, string region, string vpcCidr) => new()
    {
        ["ml-platform:tier"] = tier,
        ["ml-platform:cloud"] = cloud,
        ["ml-platform:region"] = region,
        ["ml-platform:owner"] = "ml-platform-team",
        ["ml-platform:costCenter"] = "cc-1",
        ["ml-platform:orgPrefix"] = "acme",
        ["ml-platform:vpcCidr"] = vpcCidr,
    };

    /// <summary><paramref name="values"/> as a stack config whose values are set in plain text (none secret).</summary>
    public static StackConfig Plain(IEnumerable<KeyValuePair<string, string>> values) =>
        new(values.Select(entry => KeyValuePair.Create(entry.Key, ConfigValue.Plain(entry.Value))));

    public static EnvironmentSpec Read(string stack, StackConfig config, IReadOnlyList<ExistingStack>? others = null) =>
        new EnvironmentSpecReader(RegionCatalog.Default).Read(stack, "ml-platform", config, others);

    /// <summary>Everything the reader refuses in <paramref name="config"/>.</summary>
    public static IReadOnlyList<Diagnostic> Errors(string stack, StackConfig config, IReadOnlyList<ExistingStack>? others = null) =>
        Assert.Throws<InfraException>(() => Read(stack, config, others)).Diagnostics;
}
