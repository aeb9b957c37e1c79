using System.Collections.Immutable;
using Infra.Core.Graph;
using Infra.Core.Resources;
using Infra.Core.Yaml;
using Infra.Testing;
using YamlDotNet.RepresentationModel;

namespace Infra.Core.Tests;

public class ProgramWriterTests
{
    /// <summary>The option names pulumi-yaml v1.38.1 parses (ast.ResourceOptionsDecl).</summary>
    private static readonly ImmutableHashSet<string> HostOptionNames =
    [
        "additionalSecretOutputs", "aliases", "customTimeouts", "deleteBeforeReplace", "deletedWith", "dependsOn",
        "hideDiffs", "ignoreChanges", "import", "parent", "pluginDownloadURL", "protect", "provider", "providers",
        "replaceOnChanges", "replaceWith", "retainOnDelete", "version", "replacementTrigger", "envVarMappings",
    ];

    [Fact]
    public void Every_option_is_written_with_the_host_name()
    {
        var stack = Fixtures.NewStack();
        var parent = new Thing(stack, "parent", new ThingArgs());
        _ = new Thing(stack, "t", new ThingArgs(), new ResourceOptions
        {
            AdditionalSecretOutputs = ["secret"],
            Aliases = [new ResourceAlias { Name = "old-name" }, new ResourceAlias { Urn = "urn:pulumi:test::ml-platform::aws:test/thing:Thing::older" }],
            CustomTimeouts = new CustomTimeouts(Create: "30m", Delete: "1h"),
            DeleteBeforeReplace = true,
            DeletedWith = parent,
            DependsOn = [parent],
            HideDiffs = ["tags"],
            IgnoreChanges = ["tags"],
            Import = "id-123",
            Parent = parent,
            PluginDownloadURL = "https://example.invalid",
            Protect = true,
            ReplaceOnChanges = ["name"],
            RetainOnDelete = true,
            Version = "7.48.0",
        });

        var options = (YamlMappingNode)ProgramTemplate.Child(ProgramTemplate.From(stack).Resource("t"), "options")!;
        var names = options.Children.Keys.Select(key => ((YamlScalarNode)key).Value!).ToList();

        Assert.Equal(16, names.Count);
        Assert.All(names, name => Assert.Contains(name, HostOptionNames));
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.Equal("${parent}", ProgramTemplate.Scalar(options, "parent"));
        Assert.Equal("${aws}", ProgramTemplate.Scalar(options, "provider"));
        Assert.Equal("30m", ProgramTemplate.Scalar(options, "customTimeouts.create"));
        Assert.Equal("${parent}", ((YamlScalarNode)((YamlSequenceNode)options.Children[new YamlScalarNode("dependsOn")]).Children[0]).Value);
    }

    [Fact]
    public void The_program_has_only_keys_the_host_parses()
    {
        var stack = Fixtures.NewStack();
        var thing = new Thing(stack, "t", new ThingArgs { Name = "x" });
        _ = stack.AddVariable("v", new Infra.Core.Values.StringValue("x"));
        stack.Export("arn", thing.Arn);

        var template = ProgramTemplate.From(stack);
        var keys = template.Root.Children.Keys.Select(key => ((YamlScalarNode)key).Value!);
        Assert.Equal(["name", "variables", "resources", "outputs"], keys);
        foreach (var resource in template.Resources.Values)
        {
            Assert.All(resource.Children.Keys.Select(key => ((YamlScalarNode)key).Value!),
                key => Assert.Contains(key, new[] { "type", "name", "defaultProvider", "properties", "options", "get" }));
        }
    }

    [Fact]
    public void Declared_config_is_written_in_the_hosts_config_block_with_its_type_and_secrecy()
    {
        var stack = Fixtures.NewStack();
        var password = stack.DeclareConfig<string>("adminPassword", ConfigDeclaration.StringType, secret: true);
        _ = new Thing(stack, "t", new ThingArgs { Name = password });

        var template = ProgramTemplate.From(stack);
        var keys = template.Root.Children.Keys.Select(key => ((YamlScalarNode)key).Value!);
        Assert.Equal(["name", "config", "resources"], keys);
        Assert.Equal("string", ProgramTemplate.Scalar(template.Root, "config.adminPassword.type"));
        Assert.Equal("true", ProgramTemplate.Scalar(template.Root, "config.adminPassword.secret"));
        Assert.Equal("${ml-platform:adminPassword}", ProgramTemplate.Scalar(template.Resource("t"), "properties.name"));
    }

    [Fact]
    public void Providers_come_first_then_resources_by_logical_name()
    {
        var stack = new Stack("test", "ml-platform");
        _ = new Thing(stack, "zeta", new ThingArgs());
        _ = new Thing(stack, "alpha", new ThingArgs());
        stack.UseProvider(new ProviderResource(stack, "zz-provider", "aws", "7.48.0", null));

        Assert.Equal(["zz-provider", "alpha", "zeta"], ProgramTemplate.From(stack).Resources.Keys);
    }

    [Fact]
    public void The_same_graph_built_twice_gives_the_same_bytes_whatever_the_order_of_properties()
    {
        static string Build(bool reversed)
        {
            var stack = Fixtures.NewStack();
            _ = new Thing(stack, "t", reversed
                ? new ThingArgs { Tags = new() { ["b"] = "2", ["a"] = "1" }, Size = 1, Name = "n" }
                : new ThingArgs { Name = "n", Size = 1, Tags = new() { ["a"] = "1", ["b"] = "2" } });
            return ProgramWriter.Write(stack);
        }

        Assert.Equal(Build(false), Build(true));
    }

    [Fact]
    public void The_program_has_no_timestamp_and_ends_with_a_newline()
    {
        var text = ProgramWriter.Write(Fixtures.NewStack());

        Assert.DoesNotMatch(@"\d{4}-\d{2}-\d{2}", text);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
    }
}
