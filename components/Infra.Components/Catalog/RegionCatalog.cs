using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Infra.Components.Environment;

namespace Infra.Components.Catalog;

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

    public IEnumerable<string> CodesFor(Cloud cloud) =>
        _regions.Where(region => region.Cloud == cloud).Select(region => region.Code);

    internal static RegionCatalog Load()
    {
        using var stream = typeof(RegionCatalog).Assembly.GetManifestResourceStream("Infra.Components.Catalog.regions.json")
            ?? throw new InvalidOperationException("the embedded region catalog is missing");
        var file = JsonSerializer.Deserialize(stream, CatalogJson.Default.RegionCatalogFile)
            ?? throw new InvalidOperationException("the embedded region catalog is empty");
        foreach (var region in file.Regions.Where(region => !file.Sources.ContainsKey(region.Source)))
        {
            throw new InvalidDataException($"region catalog: {region.Code} names source '{region.Source}', which the file does not describe");
        }

        return new RegionCatalog(file.Regions.Select(ToInfo));
    }

    private static RegionInfo ToInfo(RegionEntry entry) => new(
        EnvironmentNames.TryParseCloud(entry.Cloud, out var cloud) ? cloud : throw new InvalidDataException($"region catalog: unknown cloud '{entry.Cloud}' for {entry.Code}"),
        entry.Code,
        entry.Name,
        entry.Jurisdiction switch
        {
            "global" => Jurisdiction.Global,
            "china" => Jurisdiction.China,
            _ => throw new InvalidDataException($"region catalog: unknown jurisdiction '{entry.Jurisdiction}' for {entry.Code}"),
        },
        entry.Partition,
        [.. entry.Zones]);
}

internal sealed record RegionCatalogFile(Dictionary<string, string> Sources, List<RegionEntry> Regions);

internal sealed record RegionEntry(string Cloud, string Code, string Name, string Jurisdiction, string Partition, List<string> Zones, string Source);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(RegionCatalogFile))]
internal sealed partial class CatalogJson : JsonSerializerContext;
