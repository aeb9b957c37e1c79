using CsCheck;
using Infra.Core.Expressions;
using Infra.Core.Graph;
using Infra.Core.Resources;
using Infra.Core.Values;
using Infra.Core.Yaml;
using Infra.Testing;

namespace Infra.Core.Tests;

public class ProgramReaderTests
{
    public static TheoryData<string> Goldens { get; } =
        [.. Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "tests", "golden"), "*.yaml").Select(file => Path.GetFileNameWithoutExtension(file)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Goldens))]
    public void A_reference_program_read_back_and_written_again_is_byte_identical(string stack)
    {
        var text = File.ReadAllText(RepositoryPaths.Golden(stack));

        var graph = ProgramReader.Read(text, stack, stack + ".yaml");

        Assert.Equal(text, ProgramWriter.Write(graph));
        Assert.Empty(GraphChecker.Check(graph));
    }

    [Fact]
    public void Every_option_variable_output_and_expression_survives_the_round_trip()
    {
        var stack = Fixtures.NewStack("ml-platform:password");
        var provider = stack.AllResources.OfType<ProviderResource>().Single();
        var parent = new Thing(stack, "parent", new ThingArgs { Name = "cost: $5 ${not-a-ref}" });
        var lookup = stack.AddVariable("lookup", Fn.Invoke<string>("aws:index/getPartition:getPartition", null, provider, "partition"));
        var thing = new Thing(stack, "t", new ThingArgs
        {
            Name = Output.Format($"arn:{lookup.As<string>()}:s3:::{parent.Arn}/*"),
            Items = [Fn.Secret<string>(Output.Config<string>("ml-platform:password")), Output.Stack, "plain"],
            Tags = new() { ["$key"] = "v", ["k.with.dots"] = parent.GetOutput<string>("outputs[\"a.b\"]") },
            Nested = new ThingArgs { Size = 3, Enabled = false, Name = Fn.Join("-", new ListValue([new StringValue("a"), new ExprValue(parent.Id.Expression)])) },
        }, new ResourceOptions
        {
            Aliases = [new ResourceAlias { Name = "old", Parent = parent }, new ResourceAlias { Urn = "urn:pulumi:test::p::t::old" }],
            CustomTimeouts = new CustomTimeouts(Create: "30m"),
            DeleteBeforeReplace = true,
            DeletedWith = parent,
            DependsOn = [parent],
            IgnoreChanges = ["tags"],
            Parent = parent,
            Protect = true,
            RetainOnDelete = true,
        });
        stack.Export("arn", thing.Arn);
        var text = ProgramWriter.Write(stack);

        var graph = ProgramReader.Read(text, "test", "test.yaml");

        Assert.Equal(text, ProgramWriter.Write(graph));
        var read = graph.AllResources.Single(resource => resource.LogicalName == "t");
        Assert.Equal("aws:test/thing:Thing", read.Type);
        Assert.Equal(true, read.Options.Protect);
        Assert.Same(graph.AllResources.Single(resource => resource.LogicalName == "parent"), read.Options.Parent);
        Assert.Same(graph.AllResources.OfType<ProviderResource>().Single(), read.Options.Provider);
        Assert.Equal("cost: $5 ${not-a-ref}", Assert.IsType<StringValue>(graph.AllResources.Single(resource => resource.LogicalName == "parent").Properties["name"]).Text);
        var interpolation = Assert.IsType<Interpolation>(Assert.IsType<ExprValue>(read.Properties["name"]).Expression);
        Assert.IsType<VariableRef>(interpolation.Parts[1].Expression);
        Assert.IsType<OutputRef>(interpolation.Parts[3].Expression);
    }

    [Fact]
    public void A_reference_to_something_the_program_does_not_declare_is_an_error_naming_it()
    {
        const string text = "name: p\nresources:\n  a:\n    type: aws:test/thing:Thing\n    properties:\n      name: ${missing.arn}\n";

        var error = Assert.Throws<FormatException>(() => ProgramReader.Read(text, "s", "base s"));

        Assert.Contains("'missing'", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("base s:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void References_that_form_a_cycle_are_an_error()
    {
        const string text = "name: p\nresources:\n  a:\n    type: t:m/a:A\n    properties:\n      x: ${b.id}\n  b:\n    type: t:m/b:B\n    properties:\n      x: ${a.id}\n";

        Assert.Contains("cycle", Assert.Throws<FormatException>(() => ProgramReader.Read(text, "s", "s")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Any_literal_string_is_read_back_as_the_same_string()
    {
        var pieces = Gen.OneOf("", " ", ": ", "\n", "\"", "'", "#", "$", "$$", "${", "}", "- ", "true", "1.5", "7", "\t", "\\", "中文");
        Gen<string> texts =
            from prefix in Gen.String[Gen.Char.AlphaNumeric, 0, 5]
            from parts in pieces.Array[0, 6]
            select prefix + string.Concat(parts);
        texts.Sample(text =>
        {
            var stack = Fixtures.NewStack();
            _ = new Thing(stack, "t", new ThingArgs { Name = text, Items = [text] });

            var read = ProgramReader.Read(ProgramWriter.Write(stack), "test", "test").AllResources.Single(resource => resource.LogicalName == "t");

            Assert.Equal(new StringValue(text), read.Properties["name"]);
            Assert.Equal(new ListValue([new StringValue(text)]), read.Properties["items"]);
        }, iter: 1000);
    }
}
