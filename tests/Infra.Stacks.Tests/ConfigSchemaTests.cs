using Infra.Core.Diagnostics;
using Infra.Testing;

namespace Infra.Stacks.Tests;

public class ConfigSchemaTests
{
    private static ConfigCheck Check(params (string Key, string Value)[] values) =>
        ConfigSchema.Default.Validate(
            new StackConfig(values.Select(value => KeyValuePair.Create(value.Key, ConfigValue.Plain(value.Value)))), "ml-platform");

    private static readonly (string, string)[] Valid =
    [
        ("ml-platform:tier", "dev"), ("ml-platform:cloud", "aws"), ("ml-platform:region", "us-west-2"),
        ("ml-platform:owner", "team"), ("ml-platform:costCenter", "cc"), ("ml-platform:orgPrefix", "acme"),
        ("ml-platform:vpcCidr", "10.0.0.0/16"),
    ];

    [Fact]
    public void A_valid_config_passes()
    {
        Assert.Empty(Check(Valid).Diagnostics);
    }

    [Fact]
    public void An_unknown_key_is_an_error_with_a_suggestion()
    {
        var check = Check([.. Valid, ("ml-platform:reigon", "us-west-2")]);

        var error = Assert.Single(check.Diagnostics);
        DiagnosticAssert.Is(error, ConfigCodes.UnknownKey, "ml-platform:reigon", "did you mean 'ml-platform:region'?");
    }

    [Fact]
    public void An_unknown_field_inside_a_map_key_is_named_with_a_suggestion()
    {
        var check = Check([.. Valid, ("ml-platform:replicas", """{"dataset":"us-east-1"}""")]);

        var error = Assert.Single(check.Diagnostics);
        DiagnosticAssert.Is(error, ConfigCodes.UnknownKey, "ml-platform:replicas.dataset", "did you mean 'datasets'?");
    }

    [Fact]
    public void A_value_outside_an_enum_lists_the_allowed_values()
    {
        var check = Check([.. Valid.Where(v => v.Item1 != "ml-platform:cloud"), ("ml-platform:cloud", "gcp")]);

        var error = Assert.Single(check.Diagnostics);
        Assert.Equal("ml-platform:cloud", error.Subject);
        Assert.Equal("'gcp' is not allowed; allowed: aws, aws-cn, alicloud", error.Message);
        Assert.Contains("ml-platform:cloud", check.FailedKeys);
    }

    [Fact]
    public void A_pattern_violation_describes_the_form()
    {
        var error = Assert.Single(Check([.. Valid.Where(v => v.Item1 != "ml-platform:orgPrefix"), ("ml-platform:orgPrefix", "Acme_Corp")]).Diagnostics);

        Assert.Equal("ml-platform:orgPrefix", error.Subject);
        Assert.Contains("'Acme_Corp' is not allowed", error.Message, StringComparison.Ordinal);
        Assert.Contains("prefix", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_given_as_text_is_malformed()
    {
        var error = Assert.Single(Check([.. Valid, ("ml-platform:zones", "us-west-2a")]).Diagnostics);

        Assert.Equal(ConfigCodes.Malformed, error.Code);
        Assert.Contains("YAML list", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_items_in_a_list_are_reported_with_the_path()
    {
        var error = Assert.Single(Check([.. Valid, ("ml-platform:zones", """["a","a"]""")]).Diagnostics);

        Assert.Equal("ml-platform:zones", error.Subject);
    }

    [Fact]
    public void Missing_required_keys_are_each_named()
    {
        var subjects = Check(("ml-platform:tier", "dev")).Diagnostics.Select(d => d.Subject).Order(StringComparer.Ordinal);

        Assert.Equal(["ml-platform:cloud", "ml-platform:costCenter", "ml-platform:orgPrefix", "ml-platform:owner", "ml-platform:region", "ml-platform:vpcCidr"], subjects);
    }

    [Fact]
    public void Provider_namespace_keys_are_warnings_because_providers_are_explicit()
    {
        var warning = Assert.Single(Check([.. Valid, ("aws:region", "us-east-1")]).Diagnostics);

        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("aws:region", warning.Subject);
    }

    [Fact]
    public void Every_schema_key_is_documented()
    {
        using var schema = System.Text.Json.JsonDocument.Parse(ConfigSchema.Text());

        Assert.All(schema.RootElement.GetProperty("properties").EnumerateObject(),
            property => Assert.True(property.Value.TryGetProperty("description", out _), $"{property.Name} has no description"));
        Assert.Contains("region", ConfigSchema.Default.Keys);
    }
}
