using Infra.Platform;

namespace Infra.Components.Storage;

/// <summary>
/// Bucket names are global across all accounts, so they follow one convention and are checked
/// against each cloud's rules before anything is deployed:
/// <c>&lt;org-prefix&gt;-&lt;tier&gt;-&lt;region&gt;-&lt;purpose&gt;-&lt;suffix&gt;</c>, e.g. <c>acme-prod-us-east-1-datasets-4f1c2a</c>.
/// The suffix is a hash of the stack and purpose: stable for the stack, different between stacks
/// that share a tier and region.
/// </summary>
public static class BucketNames
{
    public const int MinLength = 3;
    public const int MaxLength = 63;

    public static string For(StackEnvironment environment, string purpose)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return PhysicalNames.Fit($"{environment.OrgPrefix}-{EnvironmentNames.Of(environment.Tier)}-{environment.Region.Code}-{purpose}-{StableSuffix(environment, purpose)}", MaxLength);
    }

    /// <summary>
    /// Six hex digits of a hash of the stack and purpose: stable for the stack, different between
    /// stacks. Every globally unique name (buckets, SLS projects) ends with it.
    /// </summary>
    public static string StableSuffix(StackEnvironment environment, string purpose)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return PhysicalNames.Hash($"{environment.StackName}/{purpose}");
    }

    /// <summary>Every rule the name breaks, in words (empty when the name is valid): the rules all clouds share, then the cloud's own.</summary>
    public static IReadOnlyList<string> Violations(string name, Cloud cloud)
    {
        ArgumentNullException.ThrowIfNull(name);
        var broken = new List<string>();
        if (name.Length is < MinLength or > MaxLength)
        {
            broken.Add($"must be {MinLength} to {MaxLength} characters long (it has {name.Length})");
        }

        if (name.Length > 0 && !(char.IsAsciiLetterLower(name[0]) || char.IsAsciiDigit(name[0])) ||
            name.Length > 0 && !(char.IsAsciiLetterLower(name[^1]) || char.IsAsciiDigit(name[^1])))
        {
            broken.Add("must begin and end with a lowercase letter or a digit");
        }

        broken.AddRange(CloudRealizations.For(cloud).Bucket.NameViolations(name));
        return broken;
    }
}
