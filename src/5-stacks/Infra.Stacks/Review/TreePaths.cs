namespace Infra.Stacks.Review;

/// <summary>The leaves of a plain tree (text, lists, ordinal maps) by path, and the paths where two trees differ.</summary>
internal static class TreePaths
{
    /// <summary>Leaf paths to scalar text: <c>properties.tags.owner</c> → <c>ml-team</c>, <c>…items[0]</c>.</summary>
    public static Dictionary<string, string?> Flatten(object? tree, string prefix)
    {
        var leaves = new Dictionary<string, string?>(StringComparer.Ordinal);
        void Walk(object? node, string path)
        {
            switch (node)
            {
                case IReadOnlyDictionary<string, object?> map when map.Count > 0:
                    foreach (var (key, child) in map)
                    {
                        Walk(child, path.Length == 0 ? key : $"{path}.{key}");
                    }

                    break;
                case IReadOnlyDictionary<string, object?>:
                    leaves[path] = "{}";
                    break;
                case IReadOnlyList<object?> list when list.Count > 0:
                    for (var i = 0; i < list.Count; i++)
                    {
                        Walk(list[i], $"{path}[{i}]");
                    }

                    break;
                case IReadOnlyList<object?>:
                    leaves[path] = "[]";
                    break;
                default:
                    leaves[path] = node as string;
                    break;
            }
        }

        // An empty tree at the root has no leaves (an absent section), not one leaf "{}" at an empty path.
        if (tree is not null && !(prefix.Length == 0 && tree is IReadOnlyDictionary<string, object?> { Count: 0 }))
        {
            Walk(tree, prefix);
        }

        return leaves;
    }

    /// <summary>Every path whose leaf differs, in ordinal order; a side without the path has null there.</summary>
    public static List<PropertyChange> Differences(Dictionary<string, string?> before, Dictionary<string, string?> after) =>
        [.. before.Keys.Union(after.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Where(path => before.GetValueOrDefault(path) != after.GetValueOrDefault(path))
            .Select(path => new PropertyChange(path, before.GetValueOrDefault(path), after.GetValueOrDefault(path)))];
}
