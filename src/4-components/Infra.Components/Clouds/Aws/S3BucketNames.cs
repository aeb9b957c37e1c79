using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Infra.Components.Clouds.Aws;

/// <summary>S3's own bucket naming rules: Amazon S3 User Guide, "General purpose bucket naming rules".</summary>
internal static partial class S3BucketNames
{
    private static readonly string[] ReservedPrefixes = ["xn--", "sthree-", "amzn-s3-demo-"];

    private static readonly string[] ReservedSuffixes = ["-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"];

    [GeneratedRegex("^[a-z0-9.-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Characters();

    public static IEnumerable<string> Violations(string name)
    {
        if (!Characters().IsMatch(name))
        {
            yield return "may contain only lowercase letters, digits, dots and hyphens (S3)";
        }

        if (name.Contains("..", StringComparison.Ordinal))
        {
            yield return "must not contain two adjacent dots (S3)";
        }

        if (IPAddress.TryParse(name, out var address) && address.AddressFamily == AddressFamily.InterNetwork && name.Count(c => c == '.') == 3)
        {
            yield return "must not be formatted as an IP address (S3)";
        }

        foreach (var prefix in ReservedPrefixes.Where(prefix => name.StartsWith(prefix, StringComparison.Ordinal)))
        {
            yield return $"must not start with the reserved prefix '{prefix}' (S3)";
        }

        foreach (var suffix in ReservedSuffixes.Where(suffix => name.EndsWith(suffix, StringComparison.Ordinal)))
        {
            yield return $"must not end with the reserved suffix '{suffix}' (S3)";
        }
    }
}
