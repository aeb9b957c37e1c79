namespace Infra.Compliance.Graph;

/// <summary>
/// Whether a resource's type has a <c>tags</c> input. Typed resources say it themselves (their
/// argument records implement <c>ITaggableArgs</c>); the list below covers the types the pack
/// judges before a typed record for them exists in this build (each has <c>tags</c> in its SDK
/// Args; the conformance tests check the list against the SDK .d.ts).
/// </summary>
public static class Taggability
{
    public static IReadOnlySet<string> UntypedTaggableTypes { get; } = ResourceTypes.Set(
        ResourceTypes.AwsSecurityGroup,
        ResourceTypes.AwsIngressRule,
        ResourceTypes.AlicloudSecurityGroup);

    public static bool IsTaggable(Resource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return resource.IsTaggable || UntypedTaggableTypes.Contains(resource.Type);
    }
}
