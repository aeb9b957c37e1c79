using Infra.Core.Diagnostics;
using Infra.Platform.Supply;
using Infra.Stacks.Specs;
using Infra.Testing;

namespace Infra.Stacks.Tests;

public class RegistryMirrorSpecReaderTests
{
    private static Dictionary<string, string> AwsChina => SpecReading.Minimal("prod", "aws-cn", "cn-northwest-1", "10.66.0.0/16");

    private static Dictionary<string, string> Global => SpecReading.Minimal("prod", "aws", "us-east-1", "10.1.0.0/16");

    private static Dictionary<string, string> With(Dictionary<string, string> values, string mirror)
    {
        values["ml-platform:registryMirror"] = mirror;
        return values;
    }

    private static EnvironmentSpec Read(Dictionary<string, string> values, string stack) =>
        SpecReading.Read(stack, SpecReading.Plain(values));

    private static Diagnostic Error(Dictionary<string, string> values, string stack) =>
        Assert.Single(SpecReading.Errors(stack, SpecReading.Plain(values)));

    [Fact]
    public void A_china_stack_without_a_mirror_is_refused_naming_the_key_and_the_form_for_its_cloud_and_region()
    {
        var error = Error(AwsChina, "prod-cn-aws");

        DiagnosticAssert.Is(error, ConfigCodes.Missing, "ml-platform:registryMirror",
            "<account>.dkr.ecr.cn-northwest-1.amazonaws.com.cn/<namespace>");
    }

    [Fact]
    public void A_china_stack_whose_mirror_is_abroad_is_refused()
    {
        var error = Error(With(AwsChina, """{"registry":"registry.ap-southeast-1.aliyuncs.com/acme"}"""), "prod-cn-aws");

        Assert.Equal("ml-platform:registryMirror.registry", error.Subject);
        Assert.Contains("'registry.ap-southeast-1.aliyuncs.com' is not a registry in China", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_global_stack_whose_mirror_is_in_china_is_refused()
    {
        var error = Error(With(Global, """{"registry":"acme-registry.cn-beijing.cr.aliyuncs.com/ml"}"""), "prod-global");

        Assert.Equal("ml-platform:registryMirror.registry", error.Subject);
        Assert.Contains("is a registry in China", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_charts_default_to_an_oci_location_under_the_registry_and_may_be_set_apart()
    {
        var registry = "123456789012.dkr.ecr.cn-northwest-1.amazonaws.com.cn/ml";

        var defaulted = Read(With(AwsChina, $$"""{"registry":"{{registry}}"}"""), "prod-cn-aws").Environment.Images.Mirror;
        var apart = Read(With(AwsChina, $$"""{"registry":"{{registry}}","charts":"oci://123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/charts"}"""), "prod-cn-aws")
            .Environment.Images.Mirror;

        Assert.Equal(new RegistryMirror(registry, $"oci://{registry}/charts"), defaulted);
        Assert.Equal("oci://123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/charts", apart!.Charts);
    }

    [Fact]
    public void A_global_stack_without_a_mirror_pulls_from_upstream()
    {
        Assert.Null(Read(Global, "prod-global").Environment.Images.Mirror);
    }

    [Fact]
    public void A_mirror_without_a_namespace_is_refused_by_the_schema()
    {
        var error = Error(With(AwsChina, """{"registry":"123456789012.dkr.ecr.cn-northwest-1.amazonaws.com.cn"}"""), "prod-cn-aws");

        Assert.Contains("registryMirror", error.Subject, StringComparison.Ordinal);
    }
}
