using System.Text.RegularExpressions;

namespace Infra.Components.Clouds.Alicloud;

/// <summary>OSS's own bucket naming rule: no dots, which S3 allows.</summary>
internal static partial class OssBucketNames
{
    [GeneratedRegex("^[a-z0-9-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Characters();

    public static IEnumerable<string> Violations(string name)
    {
        if (!Characters().IsMatch(name))
        {
            yield return "may contain only lowercase letters, digits and hyphens (OSS)";
        }
    }
}
