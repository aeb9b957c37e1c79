namespace Infra.Stacks.Review;

/// <summary>
/// Compares one stack's program at a base and at a head, resource by resource: what is added,
/// deleted, updated, replaced (type or a ForceNew input changed, or renamed without an alias) or
/// renamed safely with an alias; and the program's other sections (declared config, variables,
/// outputs) path by path. Needs no cloud: it reads the two programs only.
/// </summary>
public static class ProgramDiffer
{
    /// <summary>How alike two resources of the same type must be to count as a rename rather than a delete and an add.</summary>
    private const double RenameSimilarity = 0.5;

    public static StackDiff Compare(string stack, ProgramDocument before, ProgramDocument after, IReadOnlyList<string>? notes = null)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<ResourceChange>();
        foreach (var (name, head) in after.Resources)
        {
            if (before.Resources.TryGetValue(name, out var baseResource))
            {
                if (Changed(baseResource, head) is { } change)
                {
                    changes.Add(change);
                }
            }
        }

        var removed = before.Resources.Values.Where(resource => !after.Resources.ContainsKey(resource.Name)).ToList();
        foreach (var added in after.Resources.Values.Where(resource => !before.Resources.ContainsKey(resource.Name)))
        {
            var previous = removed.FirstOrDefault(old => old.Type == added.Type && added.AliasNames.Contains(old.Name))
                           ?? BestRenameCandidate(removed, added);
            if (previous is null)
            {
                changes.Add(new ResourceChange(ChangeKind.Add, added.Name, added.Type, [], null, ReplacementRules.IsStateful(added.Type)));
                continue;
            }

            removed.Remove(previous);
            var properties = Differences(previous, added);
            changes.Add(added.AliasNames.Contains(previous.Name)
                ? new ResourceChange(ChangeKind.RenameWithAlias, added.Name, added.Type, properties, $"renamed from {previous.Name}; an alias keeps the deployed resource", ReplacementRules.IsStateful(added.Type))
                : new ResourceChange(ChangeKind.Replace, added.Name, added.Type, properties,
                    $"renamed from {previous.Name} without an alias: Pulumi deletes {previous.Name} and creates {added.Name} (add an alias to keep it)",
                    ReplacementRules.IsStateful(added.Type)));
        }

        changes.AddRange(removed.Select(old => new ResourceChange(ChangeKind.Delete, old.Name, old.Type, [], null, ReplacementRules.IsStateful(old.Type))));
        return new StackDiff(stack, [.. changes.OrderBy(change => change.Kind).ThenBy(change => change.Name, StringComparer.Ordinal)], notes ?? [])
        {
            ProgramChanges = TreePaths.Differences(TreePaths.Flatten(before.Sections, ""), TreePaths.Flatten(after.Sections, "")),
        };
    }

    private static ResourceChange? Changed(ProgramResource before, ProgramResource after)
    {
        var stateful = ReplacementRules.IsStateful(after.Type) || ReplacementRules.IsStateful(before.Type);
        if (before.Type != after.Type)
        {
            return new ResourceChange(ChangeKind.Replace, after.Name, after.Type, [], $"type changed from {before.Type}", stateful);
        }

        var properties = Differences(before, after);
        if (properties.Count == 0)
        {
            return null;
        }

        var forcing = properties
            .Where(change => change.Path.StartsWith("properties.", StringComparison.Ordinal))
            .Select(change => ReplacementRules.ForcesReplacement(after.Type, change.Path["properties.".Length..]))
            .OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (forcing.Count > 0)
        {
            return new ResourceChange(ChangeKind.Replace, after.Name, after.Type, properties,
                $"{string.Join(", ", forcing)} cannot change in place", stateful);
        }

        var reason = before.IsProtected && !after.IsProtected && stateful ? "protection removed" : null;
        return new ResourceChange(ChangeKind.Update, after.Name, after.Type, properties, reason, stateful);
    }

    private static ProgramResource? BestRenameCandidate(List<ProgramResource> removed, ProgramResource added) =>
        removed.Where(old => old.Type == added.Type)
            .Select(old => (Resource: old, Score: Similarity(old, added)))
            .Where(candidate => candidate.Score >= RenameSimilarity)
            .OrderByDescending(candidate => candidate.Score).ThenBy(candidate => candidate.Resource.Name, StringComparer.Ordinal)
            .Select(candidate => candidate.Resource)
            .FirstOrDefault();

    private static double Similarity(ProgramResource a, ProgramResource b)
    {
        var left = TreePaths.Flatten(a.Properties, "");
        var right = TreePaths.Flatten(b.Properties, "");
        var keys = left.Keys.Union(right.Keys, StringComparer.Ordinal).ToList();
        return keys.Count == 0 ? 1 : keys.Count(key => left.GetValueOrDefault(key) == right.GetValueOrDefault(key)) / (double)keys.Count;
    }

    private static List<PropertyChange> Differences(ProgramResource before, ProgramResource after)
    {
        var left = TreePaths.Flatten(before.Properties, "properties");
        var right = TreePaths.Flatten(after.Properties, "properties");
        foreach (var (path, value) in TreePaths.Flatten(before.Options, "options"))
        {
            left[path] = value;
        }

        foreach (var (path, value) in TreePaths.Flatten(after.Options, "options"))
        {
            right[path] = value;
        }

        return TreePaths.Differences(left, right);
    }
}
