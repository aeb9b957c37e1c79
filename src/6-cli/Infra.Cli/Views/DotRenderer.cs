using System.Text;
using Infra.Core.Graph;

namespace Infra.Cli.Views;

/// <summary>Writes a <see cref="StackPicture"/> in Graphviz dot: components are clusters.</summary>
public static class DotRenderer
{
    public static string Render(StackPicture picture)
    {
        ArgumentNullException.ThrowIfNull(picture);
        var dot = new StringBuilder();
        dot.Append("digraph ").Append(Quote(picture.Stack)).Append(" {\n");
        dot.Append("  rankdir=LR;\n  compound=true;\n  node [shape=box, style=rounded, fontname=\"Helvetica\", fontsize=10];\n");
        Group(dot, picture.Root, 1, isRoot: true);
        foreach (var edge in picture.Edges)
        {
            dot.Append("  ").Append(Quote(edge.From)).Append(" -> ").Append(Quote(edge.To));
            dot.Append(edge.Kind switch
            {
                DependencyKind.Provider => " [style=dotted, color=gray60]",
                DependencyKind.Option => " [style=dashed]",
                _ => "",
            });
            dot.Append(";\n");
        }

        return dot.Append("}\n").ToString();
    }

    private static void Group(StringBuilder dot, PictureGroup group, int depth, bool isRoot = false)
    {
        var indent = new string(' ', depth * 2);
        if (!isRoot)
        {
            dot.Append(indent).Append("subgraph ").Append(Quote("cluster_" + group.Id)).Append(" {\n");
            dot.Append(indent).Append("  label=").Append(Quote($"{group.Label} ({group.Kind})")).Append(";\n");
            dot.Append(indent).Append("  style=rounded; color=steelblue;\n");
        }

        var inner = isRoot ? indent : indent + "  ";
        foreach (var node in group.Nodes)
        {
            dot.Append(inner).Append(Quote(node.Name)).Append(" [label=\"").Append(Escape(node.Name)).Append("\\n").Append(Escape(node.Type)).Append('"');
            dot.Append(node.IsProvider ? ", shape=component, color=gray40" : "").Append("];\n");
        }

        foreach (var child in group.Groups)
        {
            Group(dot, child, isRoot ? depth : depth + 1);
        }

        if (!isRoot)
        {
            dot.Append(indent).Append("}\n");
        }
    }

    private static string Quote(string text) => "\"" + Escape(text) + "\"";

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
