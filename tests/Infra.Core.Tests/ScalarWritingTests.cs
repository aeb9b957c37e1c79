using CsCheck;
using Infra.Core.Values;
using Infra.Core.Yaml;
using Infra.Testing;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Infra.Core.Tests;

public class ScalarWritingTests
{
    [Theory]
    [InlineData("us-west-2")]
    [InlineData("aws:ec2/vpc:Vpc")]
    [InlineData("${vpc.id}")]
    [InlineData("alias/acme-dev")]
    public void Ordinary_words_are_written_plain(string text)
    {
        Assert.Equal(ScalarStyle.Plain, ScalarStyles.For(text));
    }

    [Theory]
    [InlineData("7.48.0")]
    [InlineData("2")]
    [InlineData("0x1F")]
    [InlineData("1e3")]
    [InlineData("true")]
    [InlineData("No")]
    [InlineData("off")]
    [InlineData("null")]
    [InlineData("~")]
    [InlineData("")]
    [InlineData("-1")]
    [InlineData(".inf")]
    [InlineData("a: b")]
    [InlineData("key:")]
    [InlineData("# not a comment")]
    [InlineData(" leading")]
    [InlineData("trailing ")]
    [InlineData("*anchor")]
    [InlineData("quote'd")]
    public void Text_a_reader_could_take_for_something_else_is_quoted(string text)
    {
        Assert.NotEqual(ScalarStyle.Plain, ScalarStyles.For(text));
    }

    [Fact]
    public void Multi_line_text_is_a_literal_block()
    {
        Assert.Equal(ScalarStyle.Literal, ScalarStyles.For("groups:\n  - name: a\n"));
        Assert.Equal(ScalarStyle.DoubleQuoted, ScalarStyles.For("tab\there\n"));
    }

    [Fact]
    public void Numbers_are_written_as_integers_when_whole()
    {
        var stack = Fixtures.NewStack();
        _ = new Thing(stack, "t", new ThingArgs { Size = 30, Nested = new ThingArgs { Tags = null } });
        _ = new GenericThing(stack, "g", MapValue.Of([
            KeyValuePair.Create("half", (Value)new NumberValue(0.5)),
            KeyValuePair.Create("big", (Value)new NumberValue(1e21)),
        ]));

        var template = ProgramTemplate.From(stack);
        Assert.Equal("30", ProgramTemplate.Scalar(template.Resource("t"), "properties.size"));
        Assert.Equal("0.5", ProgramTemplate.Scalar(template.Resource("g"), "properties.half"));
        Assert.Equal("1E+21", ProgramTemplate.Scalar(template.Resource("g"), "properties.big"));
    }

    [Fact]
    public void Any_string_is_read_back_unchanged_after_unescaping_dollars()
    {
        // Whatever the text, a YAML reader must see the same string (with $ doubled for the host).
        var pieces = Gen.OneOf("", " ", ": ", "\n", "\"", "'", "#", "$", "${x}", "- ", "true", "1.5", "\t", "\\", "&a", "!t", "%", "@", "`", "|", ">", ",", "[", "]", "{", "}", "?", "é", "中文");
        Gen<string> texts =
            from prefix in Gen.String[Gen.Char.AlphaNumeric, 0, 5]
            from parts in pieces.Array[0, 6]
            select prefix + string.Concat(parts);
        texts.Sample(AssertReadBack, iter: 2000);
    }

    private static void AssertReadBack(string text)
    {
        var stack = Fixtures.NewStack();
        _ = new Thing(stack, "t", new ThingArgs { Name = text, Items = [text] });
        var resource = ProgramTemplate.From(stack).Resource("t");
        var expected = text.Replace("$", "$$", StringComparison.Ordinal);
        Assert.Equal(expected, ProgramTemplate.Scalar(resource, "properties.name"));
        var properties = (YamlMappingNode)ProgramTemplate.Child(resource, "properties")!;
        var item = (YamlScalarNode)((YamlSequenceNode)properties.Children[new YamlScalarNode("items")]).Children[0];
        Assert.Equal(expected, item.Value);
        Assert.True(item.Style != ScalarStyle.Plain || ScalarStyles.IsSafePlain(item.Value!), $"'{text}' was written plain");
    }
}

internal sealed class GenericThing(Infra.Core.Graph.Scope scope, string name, MapValue properties)
    : Infra.Core.Resources.Resource(scope, name, "aws:test/generic:Generic", properties, null);
