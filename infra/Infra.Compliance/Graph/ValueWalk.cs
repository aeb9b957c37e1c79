using Infra.Core.Expressions;
using Infra.Core.Values;

namespace Infra.Compliance.Graph;

/// <summary>
/// Every node below a value with its path (<c>properties.rules[0].destination.bucket</c>), including
/// the arguments of built-in functions and invokes, and the literal text inside interpolations
/// (given as string nodes), so a rule sees every string the program will send to a provider.
/// </summary>
public static class ValueWalk
{
    public static IEnumerable<(string Path, Value Value)> Nodes(Value value, string path)
    {
        ArgumentNullException.ThrowIfNull(value);
        yield return (path, value);
        IEnumerable<(string, Value)> children = value switch
        {
            MapValue map => map.Entries.SelectMany(entry => Nodes(entry.Value, Join(path, entry.Key))),
            ListValue list => list.Items.SelectMany((item, i) => Nodes(item, $"{path}[{i}]")),
            ExprValue { Expression: Builtin builtin } => Nodes(builtin.Argument, Join(path, "fn::" + builtin.Name)),
            ExprValue { Expression: Invoke invoke } => Nodes(invoke.Arguments, Join(path, $"fn::invoke({invoke.Function})")),
            ExprValue { Expression: Interpolation interpolation } => interpolation.Parts.SelectMany(part => part.Text is { } text
                ? [(path, (Value)new StringValue(text))]
                : Nodes(new ExprValue(part.Expression!), path)),
            _ => [],
        };
        foreach (var child in children)
        {
            yield return child;
        }
    }

    /// <summary>The last map key of a path (<c>password</c> of <c>properties.values.admin.password</c>).</summary>
    public static string LastKey(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var end = path.Length;
        while (end > 0 && path[end - 1] == ']')
        {
            end = path.LastIndexOf('[', end - 1);
        }

        var trimmed = path[..Math.Max(end, 0)];
        return trimmed[(trimmed.LastIndexOf('.') + 1)..];
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;
}
