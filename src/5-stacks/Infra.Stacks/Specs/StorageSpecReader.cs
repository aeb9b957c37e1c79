using System.Text.Json;
using Infra.Components.Storage;
using Infra.Platform;
using Infra.Platform.Catalog;
using Infra.Platform.Environment;
using Infra.Stacks.Config;

namespace Infra.Stacks.Specs;

/// <summary>
/// Reads the storage part of a stack's spec: every stack gets the four data-class buckets; the
/// config may add replicas, which must stay in the stack's cloud and jurisdiction. A refused
/// replica is the reader's problem, reported once under its config key with the regions allowed,
/// and never reaches <see cref="MlDataStorage"/> (whose own check is for callers in code).
/// </summary>
public sealed class StorageSpecReader(RegionCatalog regions)
{
    private static readonly DataClass[] Replicable = [DataClass.Datasets, DataClass.Checkpoints, DataClass.ModelArtifacts];

    public MlDataStorageArgs? Read(ConfigReader reader, StackEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(environment);
        var text = reader.OptionalText(ConfigKeys.Replicas);
        if (text is null)
        {
            return new MlDataStorageArgs();
        }

        var replicas = new Dictionary<DataClass, RegionInfo>();
        var ok = true;
        using var document = JsonDocument.Parse(text);
        foreach (var entry in document.RootElement.EnumerateObject())
        {
            var key = $"{reader.FullKey(ConfigKeys.Replicas)}.{entry.Name}";
            var dataClass = Replicable.FirstOrDefault(candidate => DataClassDefaults.NameOf(candidate) == entry.Name, DataClass.Custom);
            var code = entry.Value.GetString() ?? "";
            var region = regions.Find(environment.Cloud, code);
            var sameJurisdiction = regions.Regions
                .Where(candidate => candidate.Cloud == environment.Cloud && candidate.Jurisdiction == environment.Jurisdiction && candidate.Code != environment.Region.Code)
                .Select(candidate => candidate.Code);
            var allowed = $"allowed: {string.Join(", ", sameJurisdiction)}";
            if (dataClass == DataClass.Custom)
            {
                reader.Diagnostics.Error(StorageCodes.UnknownDataClass, key,
                    $"'{entry.Name}' is not a data class that replicates; allowed: {string.Join(", ", Replicable.Select(DataClassDefaults.NameOf))}");
                ok = false;
            }
            else if (region is null)
            {
                reader.Diagnostics.Error(StorageCodes.UnknownReplicaRegion, key,
                    $"'{code}' is not a {EnvironmentNames.Of(environment.Cloud)} region; {allowed}");
                ok = false;
            }
            else if (region.Jurisdiction != environment.Jurisdiction)
            {
                reader.Diagnostics.Error(StorageCodes.CrossJurisdictionReplica, key,
                    $"'{code}' is a {EnvironmentNames.Of(region.Jurisdiction)} region, but {environment.StackName} is a {EnvironmentNames.Of(environment.Jurisdiction)} stack: data stays in its jurisdiction; {allowed}");
                ok = false;
            }
            else if (region.Code == environment.Region.Code)
            {
                reader.Diagnostics.Error(StorageCodes.ReplicaInSameRegion, key,
                    $"'{code}' is the stack's own region; a replica goes to another region; {allowed}");
                ok = false;
            }
            else
            {
                replicas[dataClass] = region;
            }
        }

        return ok ? new MlDataStorageArgs { Replicas = replicas } : null;
    }
}
