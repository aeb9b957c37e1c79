using Infra.Platform.Environment;

namespace Infra.Compliance.Rules.Tagging;

/// <summary>
/// MLC-TAG-001: every taggable resource carries owner, cost-center, environment and
/// data-classification. On AWS the provider's <c>defaultTags</c> count: the provider adds them to
/// every taggable resource it manages. Taggable means the type has a <c>tags</c> input.
/// </summary>
public sealed class RequiredTagsRule() : ResourceRule(ComplianceCatalog.RequiredTags)
{
    public static IReadOnlyList<string> RequiredKeys { get; } =
    [
        StandardTags.OwnerKey,
        StandardTags.CostCenterKey,
        StandardTags.EnvironmentKey,
        StandardTags.DataClassificationKey,
    ];

    protected override bool AppliesTo(Resource resource, ComplianceContext context) => context.IsTaggable(resource);

    protected override IEnumerable<string> Problems(Resource resource, ComplianceContext context)
    {
        var own = resource.Properties["tags"];
        if (own is not null and not MapValue)
        {
            yield return "its tags are computed, so the required keys cannot be proven";
            yield break;
        }

        var keys = Keys(own as MapValue);
        var defaults = resource.Package == "aws" ? Keys(PropertyValues.At(resource.Options.Provider?.Properties, "defaultTags.tags") as MapValue) : [];
        var missing = RequiredKeys.Where(key => !keys.Contains(key) && !defaults.Contains(key)).ToList();
        if (missing.Count > 0)
        {
            yield return $"lacks the tag{(missing.Count == 1 ? "" : "s")} {string.Join(", ", missing)}"
                         + (resource.Package == "aws" ? " (in its tags or its provider's defaultTags)" : "");
        }
    }

    /// <summary>Tag keys with a non-empty value (a computed value counts as set).</summary>
    private static HashSet<string> Keys(MapValue? tags) =>
        new(tags?.Entries.Where(entry => entry.Value is not StringValue { Text: "" }).Select(entry => entry.Key) ?? [], StringComparer.Ordinal);
}
