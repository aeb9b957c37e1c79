using Infra.Core.Values;

namespace Infra.Core.Tests;

public class ArgsTests
{
    [Fact]
    public void Wire_names_are_the_camel_case_of_the_property_names()
    {
        var args = new ThingArgs { Name = "a", Size = 3, Enabled = true };

        Assert.Equal(["enabled", "name", "size"], args.SetProperties);
    }

    [Fact]
    public void An_explicit_wire_name_overrides_the_derived_one()
    {
        var args = new ThingArgs { ODDName = "x" };

        Assert.Equal(["odd_name"], args.SetProperties);
        Assert.Equal("x", args.ODDName.ToString());
    }

    [Fact]
    public void With_copies_own_their_properties()
    {
        var original = new ThingArgs { Name = "a" };
        var copy = original with { Size = 2 };

        Assert.Equal(["name"], original.SetProperties);
        Assert.Equal(["name", "size"], copy.SetProperties);
    }

    [Fact]
    public void Setting_null_leaves_the_property_unset()
    {
        var args = new ThingArgs { Name = "a" } with { Name = null };

        Assert.Empty(args.SetProperties);
    }

    [Fact]
    public void Args_become_a_map_of_typed_values()
    {
        var value = (MapValue)new ThingArgs
        {
            Name = "n",
            Size = 2,
            Items = ["a", "b"],
            Tags = new InputMap<string> { ["team"] = "ml" },
            Nested = new ThingArgs { Enabled = false },
        }.ToValue();

        Assert.Equal(new StringValue("n"), value["name"]);
        Assert.Equal(new NumberValue(2), value["size"]);
        Assert.Equal(new ListValue([new StringValue("a"), new StringValue("b")]), value["items"]);
        Assert.Equal(MapValue.Of([KeyValuePair.Create("team", (Value)new StringValue("ml"))]), value["tags"]);
        Assert.Equal(MapValue.Of([KeyValuePair.Create("enabled", (Value)BoolValue.False)]), value["nested"]);
    }

    [Fact]
    public void Equal_arguments_are_equal_records()
    {
        Assert.Equal(new ThingArgs { Name = "a", Size = 1 }, new ThingArgs { Size = 1, Name = "a" });
        Assert.NotEqual(new ThingArgs { Name = "a" }, new ThingArgs { Name = "b" });
    }
}
