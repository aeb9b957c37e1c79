using System.Text.Json;
using Infra.Providers;

namespace Infra.Conformance.Tests;

/// <summary>The SDKs that judge the programs are exactly the provider versions the programs pin.</summary>
public class VersionTests
{
    private static JsonElement Json(string file) => JsonDocument.Parse(File.ReadAllText(Path.Combine(Harness.Directory, file))).RootElement;

    [Theory]
    [InlineData("aws")]
    [InlineData("alicloud")]
    [InlineData("kubernetes")]
    public void The_npm_sdk_version_is_the_pinned_plugin_version(string package)
    {
        var pinned = ProviderVersions.All[package];

        Assert.Equal(pinned, Json("package.json").GetProperty("dependencies").GetProperty($"@pulumi/{package}").GetString());
        Assert.Equal(pinned, Json("package-lock.json").GetProperty("packages").GetProperty($"node_modules/@pulumi/{package}").GetProperty("version").GetString());
    }

    [Fact]
    public void Every_pinned_provider_has_its_sdk_in_the_harness()
    {
        var dependencies = Json("package.json").GetProperty("dependencies").EnumerateObject().Select(dependency => dependency.Name).ToList();

        Assert.All(ProviderVersions.All.Keys, package => Assert.Contains($"@pulumi/{package}", dependencies));
    }
}
