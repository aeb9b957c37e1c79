using Infra.Core.Expressions;
using Infra.Core.Graph;
using Infra.Core.Resources;
using Infra.Core.Values;

namespace Infra.Core.Tests;

/// <summary>Small typed resources and a stack with a provider, independent of any real provider SDK.</summary>
internal static class Fixtures
{
    public static Stack NewStack(params string[] configKeys)
    {
        var stack = new Stack("test", "ml-platform", configKeys);
        stack.UseProvider(new ProviderResource(stack, "aws", "aws", "7.48.0", new MapArgs { Region = "us-west-2" }));
        return stack;
    }
}

internal sealed record MapArgs : Args
{
    public Input<string>? Region { get => Get<Input<string>?>(); init => Set(value); }
}

internal sealed record ThingArgs : Args
{
    public Input<string>? Name { get => Get<Input<string>?>(); init => Set(value); }

    public Input<int>? Size { get => Get<Input<int>?>(); init => Set(value); }

    public Input<bool>? Enabled { get => Get<Input<bool>?>(); init => Set(value); }

    public InputList<string>? Items { get => Get<InputList<string>>(); init => Set(value); }

    public InputMap<string>? Tags { get => Get<InputMap<string>>(); init => Set(value); }

    public Input<ThingArgs>? Nested { get => Get<Input<ThingArgs>?>(); init => Set(value); }

    public Input<string>? ODDName { get => GetAs<Input<string>?>("odd_name"); init => SetAs("odd_name", value); }
}

internal sealed class Thing(Scope scope, string name, ThingArgs args, ResourceOptions? options = null)
    : CustomResource<ThingArgs>(scope, name, "aws:test/thing:Thing", args, options)
{
    public Output<string> Arn => GetOutput<string>("arn");
}

internal sealed class Group(Scope parent, string name) : Component(parent, name)
{
}
