using System.Net;
using System.Text.RegularExpressions;
using Infra.Platform;
using Infra.Platform.Environment;
using Infra.Platform.Naming;

namespace Infra.Components.Storage;

/// <summary>
/// Bucket names are global across all accounts, so they follow one convention and are checked
/// against each cloud's rules before anything is deployed:
/// <c>&lt;org-prefix&gt;-&lt;tier&gt;-&lt;region&gt;-&lt;purpose&gt;-&lt;suffix&gt;</c>, e.g. <c>acme-prod-us-east-1-datasets-4f1c2a</c>.
/// The suffix is a hash of the stack and purpose: stable for the stack, different between stacks
/// that share a tier and region.
/// </summary>
public static partial class BucketNames
{
    public const int MinLength = 3;
    public const int MaxLength = 63;

    /// <summary>Amazon S3 User Guide, "General purpose bucket naming rules".</summary>
    private static readonly string[] S3ReservedPrefixes = ["xn--", "sthree-", "amzn-s3-demo-"];

    private static readonly string[] S3ReservedSuffixes = ["-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"];

    [GeneratedRegex("^[a-z0-9.-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex S3Characters();

    [GeneratedRegex("^[a-z0-9-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex OssCharacters();

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

    /// <summary>Every rule of the cloud the name breaks, in words (empty when the name is valid).</summary>
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

        if (cloud == Cloud.Alicloud)
        {
            if (!OssCharacters().IsMatch(name))
            {
                broken.Add("may contain only lowercase letters, digits and hyphens (OSS)");
            }

            return broken;
        }

        if (!S3Characters().IsMatch(name))
        {
            broken.Add("may contain only lowercase letters, digits, dots and hyphens (S3)");
        }

        if (name.Contains("..", StringComparison.Ordinal))
        {
            broken.Add("must not contain two adjacent dots (S3)");
        }

        if (IPAddress.TryParse(name, out var address) && address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && name.Count(c => c == '.') == 3)
        {
            broken.Add("must not be formatted as an IP address (S3)");
        }

        broken.AddRange(S3ReservedPrefixes.Where(prefix => name.StartsWith(prefix, StringComparison.Ordinal))
            .Select(prefix => $"must not start with the reserved prefix '{prefix}' (S3)"));
        broken.AddRange(S3ReservedSuffixes.Where(suffix => name.EndsWith(suffix, StringComparison.Ordinal))
            .Select(suffix => $"must not end with the reserved suffix '{suffix}' (S3)"));
        return broken;
    }
}
