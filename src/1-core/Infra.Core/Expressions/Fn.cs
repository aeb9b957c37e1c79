using System.Collections.Immutable;
using Infra.Core.Resources;
using Infra.Core.Values;

namespace Infra.Core.Expressions;

/// <summary>The YAML host's <c>fn::</c> built-ins that components use, typed.</summary>
public static class Fn
{
    /// <summary><c>fn::join: [delimiter, items]</c>.</summary>
    public static Output<string> Join(string delimiter, IValueSource items) =>
        new(new Builtin("join", new ListValue([new StringValue(delimiter), items.ToValue()])));

    /// <summary><c>fn::split: [delimiter, text]</c>.</summary>
    public static Output<ImmutableArray<string>> Split(string delimiter, Input<string> text) =>
        new(new Builtin("split", new ListValue([new StringValue(delimiter), text.ToValue()])));

    /// <summary><c>fn::select: [index, list]</c>.</summary>
    public static Output<T> Select<T>(int index, Value list) =>
        new(new Builtin("select", new ListValue([new NumberValue(index), list])));

    /// <summary><c>fn::toJSON</c>: the provider always receives a string (IAM and RAM policies).</summary>
    public static Output<string> ToJson(IValueSource value) => new(new Builtin("toJSON", value.ToValue()));

    /// <summary><c>fn::secret</c>: marks a value secret in state and in the CLI's output.</summary>
    public static Output<T> Secret<T>(Input<T> value) => new(new Builtin("secret", value.ToValue()));

    /// <summary><c>fn::toBase64</c>.</summary>
    public static Output<string> ToBase64(Input<string> text) => new(new Builtin("toBase64", text.ToValue()));

    /// <summary><c>fn::readFile</c>, relative to the program directory.</summary>
    public static Output<string> ReadFile(string path) => new(new Builtin("readFile", new StringValue(path)));

    /// <summary>
    /// <c>fn::invoke</c> of a provider function through an explicit provider, returning one
    /// property of the result (or the whole result when <paramref name="returnProperty"/> is null).
    /// </summary>
    public static Output<T> Invoke<T>(string function, IValueSource? arguments, ProviderResource provider, string? returnProperty = null) =>
        new(new Invoke(function, arguments?.ToValue() as MapValue ?? MapValue.Empty, provider, returnProperty));
}

/// <summary>A provider function call (<c>fn::invoke</c>), always through an explicit provider.</summary>
public sealed record Invoke(string Function, MapValue Arguments, ProviderResource Provider, string? Return) : Expr
{
    public override IEnumerable<Expr> Expressions() =>
        Arguments.Expressions().Prepend(new ResourceRef(Provider)).Prepend(this);
}
