using System.Text.RegularExpressions;
using Infra.Testing;

namespace Infra.Compliance.Tests;

/// <summary>
/// The namespaces of src/4-compliance depend on each other in one direction (packs → rules → engine →
/// graph): read from each source file's <c>namespace</c> and <c>using</c> lines, the graph has no cycle.
/// </summary>
public partial class NamespaceCycleTests
{
    private const string Root = "Infra.Compliance";

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex NamespaceLine();

    [GeneratedRegex(@"^using\s+(?:static\s+)?(?:\w+\s*=\s*)?([\w.]+)\s*;", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex UsingLine();

    [Fact]
    public void The_compliance_namespaces_form_no_cycle()
    {
        var graph = Dependencies(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src", "4-compliance"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText));

        Assert.Contains($"{Root}.Engine", graph.Keys);
        Assert.Null(Cycle(graph));
    }

    [Fact]
    public void The_engine_depends_on_no_rule_and_no_pack()
    {
        var graph = Dependencies(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src", "4-compliance", Root, "Engine"), "*.cs")
            .Select(File.ReadAllText));

        Assert.All(graph.Values.SelectMany(targets => targets), target =>
            Assert.False(target.StartsWith($"{Root}.Rules", StringComparison.Ordinal) || target.StartsWith($"{Root}.Packs", StringComparison.Ordinal), target));
    }

    [Fact]
    public void A_cycle_between_two_namespaces_is_found()
    {
        var graph = Dependencies([
            $"using {Root}.Rules;\nnamespace {Root}.Engine;",
            $"using {Root}.Graph;\nnamespace {Root}.Rules;",
            $"using {Root}.Engine;\nnamespace {Root}.Graph;",
        ]);

        Assert.Equal([$"{Root}.Engine", $"{Root}.Rules", $"{Root}.Graph", $"{Root}.Engine"], Cycle(graph));
    }

    /// <summary>For each namespace, the compliance namespaces its files import (itself left out).</summary>
    private static Dictionary<string, HashSet<string>> Dependencies(IEnumerable<string> sources)
    {
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            if (NamespaceLine().Match(source) is not { Success: true } declared)
            {
                continue;
            }

            var name = declared.Groups[1].Value;
            var targets = graph.TryGetValue(name, out var known) ? known : graph[name] = new HashSet<string>(StringComparer.Ordinal);
            foreach (Match imported in UsingLine().Matches(source))
            {
                var target = imported.Groups[1].Value;
                if (target.StartsWith(Root + ".", StringComparison.Ordinal) && target != name)
                {
                    targets.Add(target);
                }
            }
        }

        return graph;
    }

    /// <summary>One cycle as the path that closes it (first namespace repeated last), or null when there is none.</summary>
    private static List<string>? Cycle(Dictionary<string, HashSet<string>> graph)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();

        List<string>? Visit(string node)
        {
            if (path.IndexOf(node) is var at and >= 0)
            {
                return [.. path[at..], node];
            }

            if (!done.Add(node))
            {
                return null;
            }

            path.Add(node);
            foreach (var next in graph.GetValueOrDefault(node, []).Order(StringComparer.Ordinal))
            {
                if (Visit(next) is { } cycle)
                {
                    return cycle;
                }
            }

            path.RemoveAt(path.Count - 1);
            return null;
        }

        return graph.Keys.Order(StringComparer.Ordinal).Select(Visit).FirstOrDefault(cycle => cycle is not null);
    }
}
