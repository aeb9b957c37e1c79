using System.Buffers;
using System.Text.RegularExpressions;
using Infra.Platform;
using Infra.Platform.Catalog;

namespace Infra.Compliance.Graph;

/// <summary>
/// Where a string points, for the data-residency rules: the region codes in it (AWS-shaped codes,
/// every code of the region catalog), the partition of every ARN, and AWS China endpoints. The
/// region catalog says which regions are China; a China stack may name only those, a global stack
/// none of them.
/// </summary>
public sealed partial class Residency
{
    /// <summary>
    /// Alibaba Cloud region IDs that start with <c>cn-</c> but lie outside mainland China, so they are
    /// not China-jurisdiction regions (Alibaba Cloud, "Regions and zones": China (Hong Kong) is <c>cn-hongkong</c>).
    /// </summary>
    private static readonly string[] OutsideMainland = ["cn-hongkong"];

    /// <summary>AWS region codes (us-east-1, cn-northwest-1, us-gov-west-1, ap-southeast-5, …) and the zones after them.</summary>
    [GeneratedRegex(@"(?<![a-z0-9])(?:us|eu|ap|sa|ca|me|af|il|mx|cn)(?:-gov|-iso[a-z]?)?-(?:north|south|east|west|central|northeast|northwest|southeast|southwest)-[0-9]+(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex AwsShapedRegion();

    [GeneratedRegex(@"(?<![a-z0-9])arn:(aws[a-z-]*):", RegexOptions.CultureInvariant)]
    private static partial Regex ArnPartition();

    [GeneratedRegex(@"\.amazonaws\.com\.cn(?![a-z0-9.-])", RegexOptions.CultureInvariant)]
    private static partial Regex ChinaEndpoint();

    /// <summary>No region code (<c>us-east-1</c>), ARN prefix (<c>arn:aws:</c>) or endpoint is shorter.</summary>
    private const int ShortestPointer = 8;

    /// <summary>Every AWS-shaped region code has one of these (the regular expression's direction words).</summary>
    private static readonly SearchValues<string> Directions = SearchValues.Create(["-north", "-south", "-east", "-west", "-central"], StringComparison.Ordinal);

    private readonly Dictionary<string, Jurisdiction> _known;
    private readonly SearchValues<string> _catalogCodes;
    private readonly string[] _codesLongestFirst;

    public Residency(RegionCatalog regions, Jurisdiction jurisdiction)
    {
        ArgumentNullException.ThrowIfNull(regions);
        Jurisdiction = jurisdiction;
        _known = new Dictionary<string, Jurisdiction>(StringComparer.Ordinal);
        foreach (var region in regions.Regions)
        {
            _known[region.Code] = region.Jurisdiction;
        }

        foreach (var code in OutsideMainland)
        {
            _known.TryAdd(code, Jurisdiction.Global);
        }

        ChinaRegions = [.. _known.Where(entry => entry.Value == Jurisdiction.China).Select(entry => entry.Key).Order(StringComparer.Ordinal)];
        _codesLongestFirst = [.. _known.Keys.OrderByDescending(code => code.Length).ThenBy(code => code, StringComparer.Ordinal)];
        _catalogCodes = SearchValues.Create(_codesLongestFirst, StringComparison.Ordinal);
    }

    public Jurisdiction Jurisdiction { get; }

    /// <summary>The China regions the catalog knows, for messages.</summary>
    public IReadOnlyList<string> ChinaRegions { get; }

    /// <summary>Why a region (a provider's, or a resource's own) is not allowed in this stack; null when it is.</summary>
    public string? RegionProblem(string region)
    {
        ArgumentNullException.ThrowIfNull(region);
        var known = _known.TryGetValue(region, out var jurisdiction);
        if (Jurisdiction == Jurisdiction.China)
        {
            return !known
                ? $"'{region}' is not a China region the region catalog knows; allowed: {string.Join(", ", ChinaRegions)}"
                : jurisdiction == Jurisdiction.China ? null : $"'{region}' is a {EnvironmentNames.Of(jurisdiction)} region; a China stack uses China regions only ({string.Join(", ", ChinaRegions)})";
        }

        var china = known ? jurisdiction == Jurisdiction.China : PresumedChina(region);
        return china ? $"'{region}' is a China region; a global stack never uses one" : null;
    }

    /// <summary>Everything in a literal string that points outside the stack's jurisdiction.</summary>
    public IReadOnlyList<string> TextProblems(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Every string of the program passes here, most of them names and numbers: the cheap
        // tests first, the regular expressions only where they can match.
        if (text.Length < ShortestPointer)
        {
            return [];
        }

        var problems = new List<string>();
        var regions = new List<string>();
        if (text.AsSpan().ContainsAny(Directions))
        {
            foreach (Match match in AwsShapedRegion().Matches(text))
            {
                regions.Add(match.Value);
            }
        }

        if (text.AsSpan().ContainsAny(_catalogCodes))
        {
            regions.AddRange(CatalogCodes(text));
        }

        foreach (var region in regions.Distinct(StringComparer.Ordinal))
        {
            var jurisdiction = _known.TryGetValue(region, out var known) ? known : PresumedChina(region) ? Jurisdiction.China : Jurisdiction.Global;
            if (jurisdiction != Jurisdiction)
            {
                problems.Add($"names region '{region}' ({EnvironmentNames.Of(jurisdiction)})");
            }
        }

        if (text.Contains("arn:", StringComparison.Ordinal))
        {
            foreach (var partition in ArnPartition().Matches(text).Select(match => match.Groups[1].Value).Distinct(StringComparer.Ordinal))
            {
                if ((Jurisdiction == Jurisdiction.China) != (partition == "aws-cn"))
                {
                    problems.Add($"has an ARN in partition '{partition}', {(Jurisdiction == Jurisdiction.China ? "outside China (China uses aws-cn)" : "the AWS China partition")}");
                }
            }
        }

        if (Jurisdiction == Jurisdiction.Global && text.Contains(".amazonaws.com.cn", StringComparison.Ordinal) && ChinaEndpoint().IsMatch(text))
        {
            problems.Add("names an AWS China endpoint (*.amazonaws.com.cn)");
        }

        return problems;
    }

    /// <summary>
    /// The catalog's region codes in a text, as whole codes: not inside a longer word or code
    /// (<c>xcn-beijing</c>, <c>cn-beijing12</c>), but followed by a zone letter (<c>cn-beijing-a</c>,
    /// <c>us-east-1a</c>). Where two codes start at the same place the longest counts.
    /// </summary>
    private List<string> CatalogCodes(string text)
    {
        var found = new List<string>();
        var span = text.AsSpan();
        for (var start = 0; start < span.Length;)
        {
            var offset = span[start..].IndexOfAny(_catalogCodes);
            if (offset < 0)
            {
                break;
            }

            var at = start + offset;
            var match = WholeCodeAt(span, at);
            if (match is not null)
            {
                found.Add(match);
            }

            start = at + (match?.Length ?? 1);
        }

        return found;
    }

    /// <summary>The longest catalog code at <paramref name="at"/> that stands as a whole code there.</summary>
    private string? WholeCodeAt(ReadOnlySpan<char> span, int at)
    {
        if (at > 0 && IsAlphanumeric(span[at - 1]))
        {
            return null;
        }

        string? best = null;
        foreach (var code in _codesLongestFirst)
        {
            if (!span[at..].StartsWith(code, StringComparison.Ordinal))
            {
                continue;
            }

            var end = at + code.Length;
            var wholeEnd = end == span.Length || !char.IsAsciiDigit(span[end])
                && !(end + 1 < span.Length && IsAlphanumeric(span[end]) && IsAlphanumeric(span[end + 1]));
            if (wholeEnd)
            {
                best = code;
                break;
            }
        }

        return best;
    }

    private static bool IsAlphanumeric(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c);

    /// <summary>A region code the catalog does not list: AWS and Alibaba Cloud China regions start with <c>cn-</c>.</summary>
    private static bool PresumedChina(string region) =>
        region.StartsWith("cn-", StringComparison.Ordinal) && !OutsideMainland.Contains(region);
}
