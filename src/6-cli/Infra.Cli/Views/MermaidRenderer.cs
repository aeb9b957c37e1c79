using System.Text;
using Infra.Core.Graph;

namespace Infra.Cli.Views;

/// <summary>Writes a <see cref="StackPicture"/> as a Mermaid flowchart (renders in GitHub Markdown).</summary>
public static class MermaidRenderer
{
    public static string Render(StackPicture picture)
    {
        ArgumentNullException.ThrowIfNull(picture);
        var mermaid = new StringBuilder("flowchart LR\n");
        Group(mermaid, picture.Root, 1, isRoot: true);
        foreach (var edge in picture.Edges)
        {
            var arrow = edge.Kind == DependencyKind.Reference ? " --> " : " -.-> ";
            mermaid.Append("  ").Append(Id(edge.From)).Append(arrow).Append(Id(edge.To)).Append('\n');
        }

        return mermaid.ToString();
    }

    private static void Group(StringBuilder mermaid, PictureGroup group, int depth, bool isRoot = false)
    {
        var indent = new string(' ', depth * 2);
        if (!isRoot)
        {
            mermaid.Append(indent).Append("subgraph ").Append(Id("group-" + group.Id)).Append("[\"").Append(group.Label)
                .Append(" (").Append(group.Kind).Append(")\"]\n");
        }

        var inner = isRoot ? indent : indent + "  ";
        foreach (var node in group.Nodes)
        {
            mermaid.Append(inner).Append(Id(node.Name)).Append("[\"").Append(node.Name).Append("<br/><small>")
                .Append(node.Type).Append("</small>\"]\n");
        }

        foreach (var child in group.Groups)
        {
            Group(mermaid, child, isRoot ? depth : depth + 1);
        }

        if (!isRoot)
        {
            mermaid.Append(indent).Append("end\n");
        }
    }

    /// <summary>Mermaid ids cannot hold every character a logical name or label may; hyphens become underscores.</summary>
    private static string Id(string name) => "n_" + name.Replace('-', '_');
}
