using System.Collections.Immutable;
using System.Text.Json;

namespace Infra.Platform.Catalog;

/// <summary>A region a stack may use, as the region catalog describes it.</summary>
public sealed record RegionInfo(
    Cloud Cloud,
    string Code,
    string Name,
    Jurisdiction Jurisdiction,
    string Partition,
    ImmutableArray<string> Zones);

/// <summary>
/// The regions and zones of every cloud, read from the embedded <c>regions.json</c> (sources
/// named in the file). Which clouds serve which jurisdiction is data, not code.
/// </summary>
public sealed class RegionCatalog
{
    private readonly ImmutableArray<RegionInfo> _regions;

    public RegionCatalog(IEnumerable<RegionInfo> regions) => _regions = [.. regions];

    public IReadOnlyList<RegionInfo> Regions => _regions;

    /// <summary>The catalog shipped with the program.</summary>
    public static RegionCatalog Default { get; } = Load();

    public RegionInfo? Find(Cloud cloud, string code) =>
        _regions.FirstOrDefault(region => region.Cloud == cloud && region.Code == code);

    /// <summary>The jurisdiction of a region code of any cloud (a code names one place, whichever cloud sells it); null for a code the catalog does not know.</summary>
    public Jurisdiction? JurisdictionOf(string code) =>
        _regions.FirstOrDefault(region => region.Code == code)?.Jurisdiction;

    public IEnumerable<string> CodesFor(Cloud cloud) =>
        _regions.Where(region => region.Cloud == cloud).Select(region => region.Code);

    internal static RegionCatalog Load()
    {
        using var stream = typeof(RegionCatalog).Assembly.GetManifestResourceStream("Infra.Platform.Catalog.regions.json")
            ?? throw new InvalidOperationException("the embedded region catalog is missing");

        // Read with JsonDocument rather than JsonSerializer: the serializer's metadata is set up by
        // reflection over attributes on first use, which costs more than the read in the compiler.
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        var sources = root.GetProperty("sources");
        var regions = new List<RegionInfo>();
        foreach (var entry in root.GetProperty("regions").EnumerateArray())
        {
            var code = Text(entry, "code");
            var source = Text(entry, "source");
            if (!sources.TryGetProperty(source, out _))
            {
                throw new InvalidDataException($"region catalog: {code} names source '{source}', which the file does not describe");
            }

            regions.Add(ToInfo(entry, code));
        }

        return new RegionCatalog(regions);
    }

    private static RegionInfo ToInfo(JsonElement entry, string code) => new(
        EnvironmentNames.TryParseCloud(Text(entry, "cloud"), out var cloud) ? cloud : throw new InvalidDataException($"region catalog: unknown cloud '{Text(entry, "cloud")}' for {code}"),
        code,
        Text(entry, "name"),
        Text(entry, "jurisdiction") switch
        {
            "global" => Jurisdiction.Global,
            "china" => Jurisdiction.China,
            var other => throw new InvalidDataException($"region catalog: unknown jurisdiction '{other}' for {code}"),
        },
        Text(entry, "partition"),
        [.. entry.GetProperty("zones").EnumerateArray().Select(zone => zone.GetString()!)]);

    private static string Text(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new InvalidDataException($"region catalog: an entry has no text '{name}': {entry.GetRawText()}");
}
