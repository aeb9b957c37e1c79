using Infra.Core.Diagnostics;
using Infra.Core.Expressions;
using Infra.Core.Graph;
using Infra.Core.Resources;
using Infra.Core.Values;
using Infra.Testing;

namespace Infra.Core.Tests;

public class GraphCheckerTests
{
    [Fact]
    public void A_well_formed_graph_has_no_diagnostics()
    {
        var stack = Fixtures.NewStack("ml-platform:token");
        var first = new Thing(stack, "first", new ThingArgs());
        _ = new Thing(stack, "second", new ThingArgs { Name = first.Arn, Items = [Output.Config<string>("ml-platform:token")] },
            new ResourceOptions { DependsOn = [first] });

        Assert.Empty(GraphChecker.Check(stack));
    }

    [Fact]
    public void A_reference_to_a_resource_of_another_stack_is_dangling()
    {
        var other = Fixtures.NewStack();
        var foreign = new Thing(other, "foreign", new ThingArgs());
        var stack = Fixtures.NewStack();
        _ = new Thing(stack, "user", new ThingArgs { Nested = new ThingArgs { Name = foreign.Arn } });

        var diagnostic = Assert.Single(GraphChecker.Check(stack));
        DiagnosticAssert.Is(diagnostic, CoreCodes.DanglingReference, "user", "properties.nested.name refers to 'foreign'");
    }

    [Fact]
    public void A_reference_inside_an_interpolation_or_function_is_checked_too()
    {
        var foreign = new Thing(Fixtures.NewStack(), "foreign", new ThingArgs());
        var stack = Fixtures.NewStack();
        _ = new Thing(stack, "a", new ThingArgs { Name = Output.Format($"x-{foreign.Arn}") });
        _ = new Thing(stack, "b", new ThingArgs { Name = Fn.ToJson(new ThingArgs { Name = foreign.Arn }) });

        Assert.Equal(["a", "b"], GraphChecker.Check(stack).Select(d => d.Subject));
    }

    [Fact]
    public void Options_pointing_outside_the_graph_are_dangling()
    {
        var foreign = new Thing(Fixtures.NewStack(), "foreign", new ThingArgs());
        var stack = Fixtures.NewStack();
        _ = new Thing(stack, "user", new ThingArgs(), new ResourceOptions { DependsOn = [foreign] });

        var diagnostic = Assert.Single(GraphChecker.Check(stack));
        Assert.Equal(CoreCodes.DanglingReference, diagnostic.Code);
        Assert.Contains("'foreign'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_logical_names_are_reported_with_both_kinds()
    {
        var stack = Fixtures.NewStack();
        var group = new Group(stack, "net");
        _ = new Thing(group, "vpc", new ThingArgs());
        _ = new Thing(stack, "net-vpc", new ThingArgs());

        var diagnostic = Assert.Single(GraphChecker.Check(stack));
        DiagnosticAssert.Is(diagnostic, CoreCodes.DuplicateName, "net-vpc");
    }

    [Fact]
    public void A_variable_cannot_share_a_resource_name()
    {
        var stack = Fixtures.NewStack();
        _ = new Thing(stack, "partition", new ThingArgs());
        _ = stack.AddVariable("partition", new StringValue("aws"));

        Assert.Equal(CoreCodes.DuplicateName, Assert.Single(GraphChecker.Check(stack)).Code);
    }

    [Theory]
    [InlineData("Upper")]
    [InlineData("has_underscore")]
    [InlineData("double--hyphen")]
    [InlineData("1starts-with-digit")]
    [InlineData("pulumi")]
    public void Invalid_names_are_reported(string name)
    {
        var stack = Fixtures.NewStack();
        _ = new Thing(stack, name, new ThingArgs());

        Assert.Equal(CoreCodes.InvalidName, Assert.Single(GraphChecker.Check(stack)).Code);
    }

    [Fact]
    public void A_resource_without_a_provider_is_an_error_naming_the_package()
    {
        var stack = new Stack("test", "ml-platform");
        _ = new Thing(stack, "orphan", new ThingArgs());

        var diagnostic = Assert.Single(GraphChecker.Check(stack));
        DiagnosticAssert.Is(diagnostic, CoreCodes.MissingProvider, "orphan", "'aws'");
    }

    [Fact]
    public void A_provider_of_another_package_is_a_mismatch()
    {
        var stack = new Stack("test", "ml-platform");
        var kubernetes = new ProviderResource(stack, "k8s", "kubernetes", "4.34.2", null);
        _ = new Thing(stack, "t", new ThingArgs(), new ResourceOptions { Provider = kubernetes });

        Assert.Equal(CoreCodes.ProviderMismatch, Assert.Single(GraphChecker.Check(stack)).Code);
    }

    [Fact]
    public void Components_hand_their_provider_to_what_they_contain()
    {
        var stack = Fixtures.NewStack();
        var group = new Group(stack, "g");
        var eu = new ProviderResource(stack, "aws-eu", "aws", "7.48.0", new MapArgs { Region = "eu-west-1" });
        group.UseProvider(eu);
        var inner = new Thing(group, "inner", new ThingArgs());
        var outer = new Thing(stack, "outer", new ThingArgs());

        Assert.Same(eu, inner.Options.Provider);
        Assert.Same(stack.FindProvider("aws"), outer.Options.Provider);
    }

    [Fact]
    public void A_config_reference_must_name_a_key_the_stack_sets()
    {
        var stack = Fixtures.NewStack("ml-platform:known");
        _ = new Thing(stack, "t", new ThingArgs { Name = Output.Config<string>("ml-platform:unknown") });

        var diagnostic = Assert.Single(GraphChecker.Check(stack));
        Assert.Equal(CoreCodes.UnknownConfigKey, diagnostic.Code);
        Assert.Contains("ml-platform:unknown", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_config_reference_to_a_key_the_program_declares_is_known_even_when_the_stack_does_not_set_it()
    {
        var stack = Fixtures.NewStack();
        var password = stack.DeclareConfig<string>("adminPassword", ConfigDeclaration.StringType, secret: true);
        _ = new Thing(stack, "t", new ThingArgs { Name = password });

        Assert.Equal("ml-platform:adminPassword", ((ConfigRef)password.Expression).Key);
        Assert.Empty(GraphChecker.Check(stack));
    }

    [Fact]
    public void A_declared_config_key_cannot_share_its_name_with_a_resource()
    {
        var stack = Fixtures.NewStack();
        _ = stack.DeclareConfig<string>("token", ConfigDeclaration.StringType, secret: true);
        _ = new Thing(stack, "token", new ThingArgs());

        var diagnostic = Assert.Single(GraphChecker.Check(stack));
        Assert.Equal(CoreCodes.DuplicateName, diagnostic.Code);
        Assert.Contains("declared config key", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_config_key_cannot_be_declared_twice_with_another_secrecy()
    {
        var stack = Fixtures.NewStack();
        var first = stack.DeclareConfig<string>("token", ConfigDeclaration.StringType, secret: true);

        Assert.Equal(first, stack.DeclareConfig<string>("token", ConfigDeclaration.StringType, secret: true));
        Assert.Throws<InvalidOperationException>(() => stack.DeclareConfig<string>("token", ConfigDeclaration.StringType, secret: false));
    }

    [Fact]
    public void A_literal_map_key_that_looks_like_a_function_is_refused()
    {
        var stack = Fixtures.NewStack();
        _ = new Thing(stack, "t", new ThingArgs { Tags = new InputMap<string> { ["fn::join"] = "x" } });

        Assert.Equal(CoreCodes.ReservedKey, Assert.Single(GraphChecker.Check(stack)).Code);
    }
}
