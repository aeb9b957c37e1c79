using Infra.Core.Expressions;

namespace Infra.Compliance.Graph;

/// <summary>
/// Every node below a value with its path (<c>properties.rules[0].destination.bucket</c>), including
/// the arguments of built-in functions and invokes, and the literal text inside interpolations
/// (given as string nodes), so a rule sees every string the program will send to a provider.
/// </summary>
public static class ValueWalk
{
    public static IReadOnlyList<(string Path, Value Value)> Nodes(Value value, string path)
    {
        ArgumentNullException.ThrowIfNull(value);
        var nodes = new List<(string Path, Value Value)>();
        Collect(value, path, nodes);
        return nodes;
    }

    // Depth first into one list: nested iterators would cost a frame per level for every node.
    private static void Collect(Value value, string path, List<(string Path, Value Value)> nodes)
    {
        nodes.Add((path, value));
        switch (value)
        {
            case MapValue map:
                foreach (var (key, child) in map.Entries)
                {
                    Collect(child, Join(path, key), nodes);
                }

                break;
            case ListValue list:
                for (var i = 0; i < list.Items.Length; i++)
                {
                    Collect(list.Items[i], $"{path}[{i}]", nodes);
                }

                break;
            case ExprValue { Expression: Builtin builtin }:
                Collect(builtin.Argument, Join(path, "fn::" + builtin.Name), nodes);
                break;
            case ExprValue { Expression: Invoke invoke }:
                Collect(invoke.Arguments, Join(path, $"fn::invoke({invoke.Function})"), nodes);
                break;
            case ExprValue { Expression: Interpolation interpolation }:
                foreach (var part in interpolation.Parts)
                {
                    if (part.Text is { } text)
                    {
                        nodes.Add((path, new StringValue(text)));
                    }
                    else
                    {
                        Collect(new ExprValue(part.Expression!), path, nodes);
                    }
                }

                break;
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
