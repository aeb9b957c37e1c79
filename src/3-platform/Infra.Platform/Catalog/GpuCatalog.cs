using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Infra.Platform.Catalog;

/// <summary>A GPU model pools ask for by key (<c>h100</c>), as the catalog names it.</summary>
public sealed record GpuModel(string Key, string Name, string? Note);

/// <summary>
/// One region's offer of an instance type: its on-demand list price per hour, the currency as
/// published and the date the price was captured. <see cref="Verified"/> false means no source here
/// confirms the region offers it ([unverified] in the catalog); such offers carry no price.
/// </summary>
public sealed record InstanceTypeOffer(string Region, bool Verified, decimal? OnDemandHourly, string? Currency, string? PriceDate, string? Source);

/// <summary>An instance type with GPUs: what it carries and where it is offered, at what list price.</summary>
public sealed record GpuInstanceType(
    string Provider,
    string Name,
    string Gpu,
    int Gpus,
    int GpuMemoryMiB,
    int Vcpus,
    int MemoryMiB,
    int LocalNvmeGB,
    int EfaInterfaces,
    string Source,
    ImmutableArray<InstanceTypeOffer> Offers)
{
    /// <summary>Elastic Fabric Adapter (AWS) or RDMA (Alibaba Cloud) interfaces the type can attach.</summary>
    public bool SupportsEfa => EfaInterfaces > 0;

    public InstanceTypeOffer? OfferIn(string region) => Offers.FirstOrDefault(offer => offer.Region == region);

    public bool Equals(GpuInstanceType? other) =>
        other is not null && Provider == other.Provider && Name == other.Name;

    public override int GetHashCode() => HashCode.Combine(Provider, Name);
}

/// <summary>
/// GPU models and the instance types that carry them, per cloud and region, read from the
/// embedded <c>gpus.json</c> (sources named per entry in the file). Instance types of provider
/// <c>ec2</c> serve AWS and AWS China; <c>ecs</c> serves Alibaba Cloud.
/// </summary>
public sealed class GpuCatalog
{
    public const string Ec2 = Clouds.Ec2;
    public const string Ecs = Clouds.Ecs;

    private readonly ImmutableArray<GpuModel> _models;
    private readonly ImmutableArray<GpuInstanceType> _instanceTypes;

    public GpuCatalog(IEnumerable<GpuModel> models, IEnumerable<GpuInstanceType> instanceTypes, IReadOnlyDictionary<string, string>? sources = null)
    {
        _models = [.. models];
        _instanceTypes = [.. instanceTypes];
        Sources = sources ?? new Dictionary<string, string>();
    }

    /// <summary>The catalog shipped with the program.</summary>
    public static GpuCatalog Default { get; } = Load();

    public IReadOnlyList<GpuModel> Models => _models;

    public IReadOnlyList<GpuInstanceType> InstanceTypes => _instanceTypes;

    /// <summary>Where the facts come from, by the source key entries name.</summary>
    public IReadOnlyDictionary<string, string> Sources { get; }

    /// <summary>The instance-type provider of a cloud: EC2 for AWS and AWS China, ECS for Alibaba Cloud.</summary>
    public static string ProviderOf(Cloud cloud) => Clouds.TraitsOf(cloud).InstanceProvider;

    public GpuModel? FindModel(string key) => _models.FirstOrDefault(model => model.Key == key);

    public GpuInstanceType? FindInstanceType(Cloud cloud, string name) =>
        _instanceTypes.FirstOrDefault(type => type.Provider == ProviderOf(cloud) && type.Name == name);

    /// <summary>Instance types of <paramref name="model"/> offered in <paramref name="region"/>, fewest vCPUs first.</summary>
    public IReadOnlyList<GpuInstanceType> Offered(Cloud cloud, string model, string region) =>
        [.. _instanceTypes
            .Where(type => type.Provider == ProviderOf(cloud) && type.Gpu == model && type.OfferIn(region) is not null)
            .OrderBy(type => type.Gpus)
            .ThenBy(type => type.Vcpus)
            .ThenBy(type => type.Name, StringComparer.Ordinal)];

    /// <summary>The regions that offer <paramref name="model"/> on a cloud, marked when unverified: <c>us-east-1, us-west-2 [unverified]</c>.</summary>
    public IReadOnlyList<string> RegionsOffering(Cloud cloud, string model, RegionCatalog regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        var cloudRegions = regions.CodesFor(cloud).ToHashSet(StringComparer.Ordinal);
        return [.. _instanceTypes
            .Where(type => type.Provider == ProviderOf(cloud) && type.Gpu == model)
            .SelectMany(type => type.Offers)
            .Where(offer => cloudRegions.Contains(offer.Region))
            .GroupBy(offer => offer.Region, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => group.Any(offer => offer.Verified) ? group.Key : $"{group.Key} [unverified]")];
    }

    internal static GpuCatalog Load()
    {
        using var stream = typeof(GpuCatalog).Assembly.GetManifestResourceStream("Infra.Platform.Catalog.gpus.json")
            ?? throw new InvalidOperationException("the embedded GPU catalog is missing");
        return Load(stream);
    }

    /// <summary>Reads a catalog in the format of <c>gpus.json</c>; refuses entries whose facts lack a described source.</summary>
    internal static GpuCatalog Load(Stream stream)
    {
        var file = JsonSerializer.Deserialize(stream, GpuCatalogJson.Default.GpuCatalogFile)
            ?? throw new InvalidOperationException("the embedded GPU catalog is empty");
        var models = file.Models.Select(model => new GpuModel(model.Key, model.Name, model.Note)).ToList();
        var types = new List<GpuInstanceType>();
        foreach (var entry in file.InstanceTypes)
        {
            if (!file.Sources.ContainsKey(entry.Source))
            {
                throw new InvalidDataException($"GPU catalog: {entry.Name} names source '{entry.Source}', which the file does not describe");
            }

            if (!models.Exists(model => model.Key == entry.Gpu))
            {
                throw new InvalidDataException($"GPU catalog: {entry.Name} carries GPU '{entry.Gpu}', which is not a model of the catalog");
            }

            types.Add(new GpuInstanceType(entry.Provider, entry.Name, entry.Gpu, entry.Gpus, entry.GpuMemoryMiB, entry.Vcpus, entry.MemoryMiB,
                entry.LocalNvmeGB, entry.EfaInterfaces, entry.Source, [.. entry.Offers.Select(offer => ToOffer(entry.Name, offer, file.Sources))]));
        }

        return new GpuCatalog(models, types, file.Sources);
    }

    private static InstanceTypeOffer ToOffer(string type, OfferEntry offer, Dictionary<string, string> sources)
    {
        if (offer.Verified && (offer.OnDemandHourly is null || offer.Currency is null || offer.Source is null || !sources.ContainsKey(offer.Source)
            || !DateOnly.TryParseExact(offer.PriceDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)))
        {
            throw new InvalidDataException($"GPU catalog: {type} in {offer.Region} is verified but lacks a price, currency, price date (yyyy-MM-dd) or described source");
        }

        if (!offer.Verified && offer.OnDemandHourly is not null)
        {
            throw new InvalidDataException($"GPU catalog: {type} in {offer.Region} is unverified but carries a price; an unconfirmed offer has none");
        }

        return new InstanceTypeOffer(offer.Region, offer.Verified, offer.OnDemandHourly, offer.Currency, offer.PriceDate, offer.Source);
    }
}

internal sealed record GpuCatalogFile(Dictionary<string, string> Sources, List<ModelEntry> Models, List<InstanceTypeEntry> InstanceTypes);

internal sealed record ModelEntry(string Key, string Name, string? Note = null);

internal sealed record InstanceTypeEntry(
    string Provider, string Name, string Gpu, int Gpus, int GpuMemoryMiB, int Vcpus, int MemoryMiB, int LocalNvmeGB, int EfaInterfaces,
    string Source, List<OfferEntry> Offers);

internal sealed record OfferEntry(
    string Region, bool Verified = true, decimal? OnDemandHourly = null, string? Currency = null, string? PriceDate = null, string? Source = null);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(GpuCatalogFile))]
internal sealed partial class GpuCatalogJson : JsonSerializerContext;
