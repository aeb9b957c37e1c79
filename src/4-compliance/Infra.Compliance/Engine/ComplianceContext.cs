using Infra.Core.Expressions;
using Infra.Core.Graph;
using Infra.Platform.Catalog;
using Infra.Platform.Environment;

namespace Infra.Compliance.Engine;

/// <summary>
/// What a rule judges: the composed graph of one stack, where the stack runs (tier, cloud,
/// jurisdiction) and the region catalog that says which regions are China. Built once per
/// evaluation; rules only read it.
/// </summary>
public sealed class ComplianceContext
{
    private readonly HashSet<string> _taggableTypes;

    /// <param name="stack">The composed graph (or one read back from a program).</param>
    /// <param name="environment">Where the stack runs: tier, cloud, region and so jurisdiction.</param>
    /// <param name="regions">The region catalog: which regions are China.</param>
    /// <param name="taggableTypes">
    /// Further type tokens known to take tags, for a graph read back from program text, whose
    /// untyped resources cannot say it themselves (diff takes them from the head's typed graph).
    /// </param>
    public ComplianceContext(Stack stack, StackEnvironment environment, RegionCatalog regions, IEnumerable<string>? taggableTypes = null)
    {
        ArgumentNullException.ThrowIfNull(stack);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(regions);
        Stack = stack;
        Environment = environment;
        Regions = regions;
        Residency = new Residency(regions, environment.Jurisdiction);
        _taggableTypes = new HashSet<string>(taggableTypes ?? [], StringComparer.Ordinal);
    }

    public Stack Stack { get; }

    public StackEnvironment Environment { get; }

    public RegionCatalog Regions { get; }

    /// <summary>Which regions, partitions and endpoints the stack's jurisdiction allows.</summary>
    public Residency Residency { get; }

    /// <summary>The graph's IAM and RAM policy documents, each parsed once for every rule that reads it.</summary>
    public ParsedPolicies Policies { get; } = new();

    public IReadOnlyList<Resource> Resources => Stack.AllResources;

    public IEnumerable<Resource> OfType(IReadOnlySet<string> types) => Resources.Where(resource => types.Contains(resource.Type));

    /// <summary>True when the resource's type has a tags input (typed args, the rule's list, or the types given).</summary>
    public bool IsTaggable(Resource resource) => Taggability.IsTaggable(resource) || _taggableTypes.Contains(resource.Type);

    /// <summary>
    /// Resources of <paramref name="types"/> attached to <paramref name="target"/> through
    /// <paramref name="property"/> (<c>bucket: ${b.id}</c>, or the target's literal name).
    /// </summary>
    public IEnumerable<Resource> Attached(Resource target, IReadOnlySet<string> types, string property) =>
        OfType(types).Where(resource => RefersTo(resource.Properties[property], target));

    /// <summary>The resource a value refers to (<c>${r}</c> or <c>${r.output}</c>), if it is one reference.</summary>
    public static Resource? Referenced(Value? value) => value switch
    {
        ExprValue { Expression: ResourceRef reference } => reference.Resource,
        ExprValue { Expression: OutputRef output } => output.Resource,
        _ => null,
    };

    /// <summary>True when <paramref name="value"/> names <paramref name="target"/>: by reference, or by its literal name.</summary>
    public static bool RefersTo(Value? value, Resource target) =>
        ReferenceEquals(Referenced(value), target)
        || (value is StringValue { Text: var text } && NameOf(target) is { } name && text == name);

    /// <summary>The region a resource lives in: its provider's (or its own, for a provider); null when not a literal.</summary>
    public static string? RegionOf(Resource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var provider = resource as ProviderResource ?? resource.Options.Provider;
        return resource.Properties["region"] is StringValue { Text: var own } && resource is not ProviderResource
            ? own
            : PropertyValues.Text(provider?.Properties["region"]);
    }

    /// <summary>The cloud-side name a resource is known by before deployment, for types that have one.</summary>
    private static string? NameOf(Resource resource) => resource.Type switch
    {
        ResourceTypes.S3Bucket or ResourceTypes.OssBucket => PropertyValues.Text(resource.Properties["bucket"]),
        ResourceTypes.LaunchTemplate => PropertyValues.Text(resource.Properties["name"]),
        _ => null,
    };
}
