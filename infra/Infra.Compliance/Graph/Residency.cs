using System.Text.RegularExpressions;
using Infra.Components.Catalog;
using Infra.Components.Environment;

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

    private readonly Dictionary<string, Jurisdiction> _known;
    private readonly Regex _catalogCodes;

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
        var alternatives = string.Join("|", _known.Keys.OrderByDescending(code => code.Length).Select(Regex.Escape));
        _catalogCodes = new Regex($"(?<![a-z0-9])(?:{alternatives})(?![0-9]|[a-z0-9]{{2}})", RegexOptions.CultureInvariant);
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
    public IEnumerable<string> TextProblems(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var regions = AwsShapedRegion().Matches(text).Concat(_catalogCodes.Matches(text))
            .Select(match => match.Value).Distinct(StringComparer.Ordinal);
        foreach (var region in regions)
        {
            var jurisdiction = _known.TryGetValue(region, out var known) ? known : PresumedChina(region) ? Jurisdiction.China : Jurisdiction.Global;
            if (jurisdiction != Jurisdiction)
            {
                yield return $"names region '{region}' ({EnvironmentNames.Of(jurisdiction)})";
            }
        }

        foreach (var partition in ArnPartition().Matches(text).Select(match => match.Groups[1].Value).Distinct(StringComparer.Ordinal))
        {
            if ((Jurisdiction == Jurisdiction.China) != (partition == "aws-cn"))
            {
                yield return $"has an ARN in partition '{partition}', {(Jurisdiction == Jurisdiction.China ? "outside China (China uses aws-cn)" : "the AWS China partition")}";
            }
        }

        if (Jurisdiction == Jurisdiction.Global && ChinaEndpoint().IsMatch(text))
        {
            yield return "names an AWS China endpoint (*.amazonaws.com.cn)";
        }
    }

    /// <summary>A region code the catalog does not list: AWS and Alibaba Cloud China regions start with <c>cn-</c>.</summary>
    private static bool PresumedChina(string region) =>
        region.StartsWith("cn-", StringComparison.Ordinal) && !OutsideMainland.Contains(region);
}
