namespace Infra.Stacks.Tests;

public class StackConfigTests
{
    [Fact]
    public void Pulumi_config_json_maps_full_keys_to_strings()
    {
        var config = StackConfig.FromPulumiConfigJson("""{"ml-platform:tier":"dev","ml-platform:zones":"[\"a\",\"b\"]","aws:region":"us-west-2"}""");

        Assert.Equal("dev", config["ml-platform:tier"]!.Text);
        Assert.Equal("[\"a\",\"b\"]", config["ml-platform:zones"]!.Text);
        Assert.Equal(["aws:region", "ml-platform:tier", "ml-platform:zones"], config.Keys);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    public void Pulumi_config_that_is_not_an_object_is_refused(string json)
    {
        Assert.Throws<FormatException>(() => StackConfig.FromPulumiConfigJson(json));
    }

    [Fact]
    public void A_stack_file_gives_the_same_shape_as_pulumi_config()
    {
        var config = StackFile.Parse("""
            config:
              ml-platform:tier: dev
              ml-platform:nodes: 3
              ml-platform:zones: [us-west-2a, us-west-2b]
              ml-platform:pool:
                gpu: a10g
                max: 4
                spot: true
                label: "007"
              ml-platform:password:
                secure: AAABAJ1
            """, "Pulumi.test.yaml");

        Assert.Equal("dev", config["ml-platform:tier"]!.Text);
        Assert.Equal("3", config["ml-platform:nodes"]!.Text);
        Assert.Equal("""["us-west-2a","us-west-2b"]""", config["ml-platform:zones"]!.Text);
        Assert.Equal("""{"gpu":"a10g","max":4,"spot":true,"label":"007"}""", config["ml-platform:pool"]!.Text);
        Assert.True(config["ml-platform:password"]!.IsSecret);
        Assert.Null(config["ml-platform:password"]!.Text);
    }

    [Fact]
    public void A_stack_file_without_config_is_empty_and_bad_yaml_is_refused()
    {
        Assert.Empty(StackFile.Parse("encryptionsalt: x\n", "Pulumi.a.yaml").Keys);
        var error = Assert.Throws<FormatException>(() => StackFile.Parse("config: [unclosed", "Pulumi.b.yaml"));
        Assert.Contains("Pulumi.b.yaml", error.Message, StringComparison.Ordinal);
    }
}
