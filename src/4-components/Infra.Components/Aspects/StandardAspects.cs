using Infra.Platform;

namespace Infra.Components.Aspects;

/// <summary>
/// The one pass over a composed graph that gives every resource what the platform requires of all
/// of them, as CDK's <c>Tags.of(scope).add</c> aspect does: each taggable resource the stack's
/// standard tags for the component it is created in, and each stateful resource
/// (<see cref="StatefulTypes"/>) in prod <c>protect</c> and <c>retainOnDelete</c>
/// (<see cref="StackEnvironment.Stateful"/>). Tags a resource sets itself (a data classification,
/// a <c>Name</c>) win over the standard ones, and a second pass changes nothing.
/// </summary>
public static class StandardAspects
{
    private const string TagsInput = "tags";

    public static Stack Apply(Stack stack, StackEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(stack);
        ArgumentNullException.ThrowIfNull(environment);
        foreach (var resource in stack.AllResources)
        {
            var properties = resource.IsTaggable && resource.Scope is Component component
                ? WithStandardTags(resource.Properties, environment.Tags.For(component.Path))
                : resource.Properties;
            var options = StatefulTypes.IsStateful(resource.Type) ? environment.Stateful(resource.Options) : resource.Options;
            if (!ReferenceEquals(properties, resource.Properties) || options != resource.Options)
            {
                resource.Revise(properties, options);
            }
        }

        return stack;
    }

    /// <summary>The standard tags under the resource's own; tags given as an expression are the resource's to decide.</summary>
    private static MapValue WithStandardTags(MapValue properties, IEnumerable<KeyValuePair<string, string>> standard)
    {
        var own = properties[TagsInput];
        if (own is not null and not MapValue)
        {
            return properties;
        }

        var ownTags = own as MapValue ?? MapValue.Empty;
        var merged = new MapValue(((MapValue)InputMap.From(standard).ToValue()).Entries.SetItems(ownTags.Entries));
        return own is not null && merged.Equals(ownTags) ? properties : new MapValue(properties.Entries.SetItem(TagsInput, merged));
    }
}
