using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Infra.Stacks.Review;

/// <summary>
/// Compares a stack's <c>Pulumi.&lt;stack&gt;.yaml</c> at the base and at the head by structure, not by
/// text: a comment or a reformatting is no change, a value is. Encrypted values (<c>secure:</c>) are
/// compared but never shown.
/// </summary>
public static class StackFileDiffer
{
    /// <summary>What a secret shows instead of its ciphertext.</summary>
    public const string Secret = "(secret)";

    /// <summary>What a secret whose ciphertext changed shows at the head.</summary>
    public const string ChangedSecret = "(secret, changed)";

    /// <param name="baseText">The file at the base; null when the stack is new there.</param>
    /// <param name="headText">The file at the head.</param>
    /// <exception cref="FormatException">A file is not YAML.</exception>
    public static IReadOnlyList<PropertyChange> Compare(string? baseText, string headText)
    {
        ArgumentNullException.ThrowIfNull(headText);
        var before = TreePaths.Flatten(baseText is null ? null : Tree(baseText, "base"), "");
        var after = TreePaths.Flatten(Tree(headText, "head"), "");
        return [.. TreePaths.Differences(before, after).Select(change => IsSecret(change.Path)
            ? change with { Before = change.Before is null ? null : Secret, After = change.After is null ? null : change.Before is null ? Secret : ChangedSecret }
            : change)];
    }

    private static bool IsSecret(string path) => path.EndsWith(".secure", StringComparison.Ordinal);

    private static object? Tree(string yaml, string side)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException error)
        {
            throw new FormatException($"the {side}'s stack file is not valid YAML at line {error.Start.Line}: {error.Message}", error);
        }

        return stream.Documents.Count == 0 ? null : Node(stream.Documents[0].RootNode);
    }

    private static object? Node(YamlNode node) => node switch
    {
        YamlMappingNode map => new SortedDictionary<string, object?>(
            map.Children.ToDictionary(entry => (entry.Key as YamlScalarNode)?.Value ?? entry.Key.ToString(), entry => Node(entry.Value), StringComparer.Ordinal),
            StringComparer.Ordinal),
        YamlSequenceNode list => list.Children.Select(Node).ToList(),
        YamlScalarNode scalar => scalar.Value,
        _ => null,
    };
}
