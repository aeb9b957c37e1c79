namespace Infra.Compliance.Rules.Storage;

/// <summary>
/// MLC-BKT-002: buckets that hold datasets or model artifacts keep object versions. A bucket with
/// no data-class tag is judged too: what it holds is unknown, so it is treated as valuable.
/// </summary>
public sealed class BucketVersioningRule() : ResourceRule(ComplianceCatalog.BucketVersioning)
{
    protected override bool AppliesTo(Resource resource, ComplianceContext context) =>
        Buckets.Types.Contains(resource.Type) && Buckets.DataClass(resource) is null or "datasets" or "artifacts";

    protected override IEnumerable<string> Problems(Resource resource, ComplianceContext context)
    {
        var found = Buckets.VersioningStatuses(context, resource);
        if (found.Any(status => PropertyValues.Text(status) == "Enabled"))
        {
            yield break;
        }

        var what = Buckets.DataClass(resource) is { } dataClass ? $"holds {dataClass}" : "has no data-class tag";
        yield return found.Count == 0
            ? $"{what} but has no versioning"
            : $"{what} but its versioning is {string.Join(", ", found.Select(PropertyValues.Describe))}, not 'Enabled'";
    }
}
