using Infra.Compliance.Graph;
using Infra.Providers;

namespace Infra.Stacks.Review;

/// <summary>
/// What a structural diff can know without a cloud: which resource types hold state that a
/// replacement or deletion would lose, and which inputs cannot change in place. The inputs are
/// declared with the typed args in the provider schema subset (Infra.Providers/Schema/*.json,
/// <c>replaceOnChanges</c>), each with its source; the list is best-effort and `pulumi preview`
/// remains the authority.
/// </summary>
public static class ReplacementRules
{
    /// <summary>Whether losing a resource of <paramref name="type"/> loses data or a running platform (buckets, keys, clusters).</summary>
    public static bool IsStateful(string type) => ResourceTypes.Stateful.Contains(type);

    /// <summary>The input (first segment of a property path) whose change replaces the resource, if any.</summary>
    public static string? ForcesReplacement(string type, string propertyPath)
    {
        var input = propertyPath.Split('.', '[')[0];
        return ProviderSchema.ReplaceOnChanges(type).Any(forceNew => forceNew.Input == input) ? input : null;
    }
}
