using Infra.Core.Expressions;
using Infra.Core.Values;
using Infra.Testing;

namespace Infra.Core.Tests;

public class ExpressionWritingTests
{
    [Fact]
    public void An_output_reference_is_written_as_an_interpolation_of_the_logical_name()
    {
        var stack = Fixtures.NewStack();
        var group = new Group(stack, "net");
        var first = new Thing(group, "vpc", new ThingArgs { Name = "a" });
        _ = new Thing(stack, "user", new ThingArgs { Name = first.Arn });

        Assert.Equal("${net-vpc.arn}", ProgramTemplate.Scalar(ProgramTemplate.From(stack).Resource("user"), "properties.name"));
    }

    [Theory]
    [InlineData("certificateAuthority.data", ".certificateAuthority.data")]
    [InlineData("identities[0].oidcs[0].issuer", ".identities[0].oidcs[0].issuer")]
    [InlineData("outputs[\"k.with.dots\"]", ".outputs[\"k.with.dots\"]")]
    [InlineData("tags[\"kubernetes.io/role/elb\"]", ".tags[\"kubernetes.io/role/elb\"]")]
    public void Property_paths_render_names_indexes_and_keys(string path, string rendered)
    {
        Assert.Equal(rendered, PropertyPath.Parse(path).Render());
    }

    [Fact]
    public void A_key_with_a_quote_is_escaped_the_way_the_host_reads_it()
    {
        var path = new PropertyPath([PathSegment.Property("m"), PathSegment.Key("a\"b")]);

        Assert.Equal(".m[\"a\\\"b\"]", path.Render());
    }

    [Fact]
    public void A_map_key_with_a_backslash_is_refused()
    {
        Assert.Throws<ArgumentException>(() => PathSegment.Key("a\\b"));
    }

    [Fact]
    public void Config_and_pulumi_variables_render_by_name()
    {
        Assert.Equal("ml-platform:grafanaAdminPassword", new ConfigRef("ml-platform:grafanaAdminPassword").Render());
        Assert.Equal("pulumi.stack", PulumiVariable.Stack.Render());
        Assert.Equal("pulumi.project", PulumiVariable.Project.Render());
    }

    [Fact]
    public void Literal_dollars_are_doubled_so_the_host_keeps_them_literal()
    {
        var stack = Fixtures.NewStack();
        _ = new Thing(stack, "t", new ThingArgs
        {
            Name = "cost is $5 and ${not.a.reference}",
            Tags = new InputMap<string> { ["$key"] = "v" },
        });

        var resource = ProgramTemplate.From(stack).Resource("t");
        Assert.Equal("cost is $$5 and $${not.a.reference}", ProgramTemplate.Scalar(resource, "properties.name"));
        Assert.Equal("v", ProgramTemplate.Scalar(resource, "properties.tags.$$key"));
    }

    [Fact]
    public void Interpolation_escapes_text_but_not_references()
    {
        var stack = Fixtures.NewStack();
        var target = new Thing(stack, "bucket", new ThingArgs());
        _ = new Thing(stack, "t", new ThingArgs { Name = Output.Format($"arn:$x:{target.Arn}/{Output.Stack}/*") });

        Assert.Equal("arn:$$x:${bucket.arn}/${pulumi.stack}/*", ProgramTemplate.Scalar(ProgramTemplate.From(stack).Resource("t"), "properties.name"));
    }

    [Fact]
    public void An_interpolation_of_a_function_result_becomes_a_join()
    {
        var stack = Fixtures.NewStack();
        var json = Fn.ToJson(new ThingArgs { Size = 1 });
        _ = new Thing(stack, "t", new ThingArgs { Name = Output.Format($"doc=${json}") });

        var template = ProgramTemplate.From(stack);
        Assert.Contains("""
                  name:
                    fn::join:
                      - ""
                      - - doc=$$
                        - fn::toJSON:
                            size: 1

            """, template.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Builtins_are_single_key_maps()
    {
        var stack = Fixtures.NewStack();
        var other = new Thing(stack, "other", new ThingArgs());
        _ = new Thing(stack, "t", new ThingArgs
        {
            Name = Fn.Secret<string>(Output.Config<string>("ml-platform:token")),
            Items = Fn.Split(",", other.Arn),
            Nested = new ThingArgs { Name = Fn.Join("-", new ListValue([new StringValue("a"), other.Arn.ToValue()])) },
        });

        var text = Infra.Core.Yaml.ProgramWriter.Write(stack);
        Assert.Contains("fn::secret: ${ml-platform:token}", text, StringComparison.Ordinal);
        Assert.Contains("""
                  items:
                    fn::split:
                      - ","
                      - ${other.arn}

            """, text, StringComparison.Ordinal);
        Assert.Contains("""
                  nested:
                    name:
                      fn::join:
                        - "-"
                        - - a
                          - ${other.arn}

            """, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Select_of_a_resource_list_output_uses_an_index_and_of_a_function_uses_fn_select()
    {
        var stack = Fixtures.NewStack();
        var source = new Thing(stack, "src", new ThingArgs());
        var listOutput = source.GetOutput<System.Collections.Immutable.ImmutableArray<string>>("items");

        Assert.Equal("src.items[1]", ((Reference)listOutput.Item<string>(1).Expression).Render());
        Assert.IsType<Builtin>(Fn.Split(",", "a,b").Item<string>(0).Expression);
    }

    [Fact]
    public void An_invoke_names_its_function_arguments_provider_and_return()
    {
        var stack = Fixtures.NewStack();
        var provider = stack.FindProvider("aws")!;
        var partition = stack.AddVariable("partition", Fn.Invoke<string>("aws:index/getPartition:getPartition", null, provider, "partition"));
        _ = new Thing(stack, "t", new ThingArgs { Name = Output.Format($"arn:{partition.As<string>()}:s3:::b") });

        var text = Infra.Core.Yaml.ProgramWriter.Write(stack);
        Assert.Contains("""
            variables:
              partition:
                fn::invoke:
                  function: aws:index/getPartition:getPartition
                  arguments: {}
                  options:
                    provider: ${aws}
                  return: partition
            """, text, StringComparison.Ordinal);
        Assert.Contains("name: arn:${partition}:s3:::b", text, StringComparison.Ordinal);
    }
}
