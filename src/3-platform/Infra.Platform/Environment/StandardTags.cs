using System.Collections.Immutable;

namespace Infra.Platform.Environment;

/// <summary>
/// The tags every taggable resource carries, for cost allocation and ownership. The keys are the
/// platform's convention; the compliance rules check for them.
/// </summary>
public sealed record StandardTags(string Owner, string CostCenter, Tier Tier, string StackName)
{
    public const string OwnerKey = "owner";
    public const string CostCenterKey = "cost-center";
    public const string EnvironmentKey = "environment";
    public const string StackKey = "stack";
    public const string ManagedByKey = "managed-by";
    public const string ComponentKey = "component";
    public const string DataClassificationKey = "data-classification";

    /// <summary>
    /// The platform's default classification: what a resource holds unless it says otherwise
    /// (platform metadata, network plumbing, keys). Buckets override it with their data class's
    /// (<c>confidential</c> for datasets and model artifacts).
    /// </summary>
    public const string DefaultDataClassification = "internal";

    public ImmutableSortedDictionary<string, string> ToDictionary()
    {
        var tags = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        tags[OwnerKey] = Owner;
        tags[CostCenterKey] = CostCenter;
        tags[EnvironmentKey] = EnvironmentNames.Of(Tier);
        tags[StackKey] = StackName;
        tags[ManagedByKey] = "pulumi";
        tags[DataClassificationKey] = DefaultDataClassification;
        return tags.ToImmutable();
    }

    /// <summary>The standard tags plus the component that owns the resource and any extra ones.</summary>
    public ImmutableSortedDictionary<string, string> For(string component, IEnumerable<KeyValuePair<string, string>>? extra = null)
    {
        var tags = ToDictionary().ToBuilder();
        tags[ComponentKey] = component;
        foreach (var (key, value) in extra ?? [])
        {
            tags[key] = value;
        }

        return tags.ToImmutable();
    }
}
