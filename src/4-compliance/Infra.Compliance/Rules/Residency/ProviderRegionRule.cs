namespace Infra.Compliance.Rules.Residency;

/// <summary>
/// MLC-RES-001: every aws and alicloud provider names a literal region of the stack's
/// jurisdiction. A provider's region is where everything it manages keeps its data.
/// </summary>
public sealed class ProviderRegionRule() : TypedResourceRule(ComplianceCatalog.ProviderRegion)
{
    public override IReadOnlySet<string> Types { get; } = ResourceTypes.Set(ResourceTypes.AwsProvider, ResourceTypes.AlicloudProvider);

    protected override IEnumerable<string> Problems(Resource resource, ComplianceContext context)
    {
        var region = resource.Properties["region"];
        if (region is null)
        {
            yield return "sets no region, so the region would come from wherever Pulumi runs";
        }
        else if (region is not StringValue { Text: var code })
        {
            yield return "has a computed region, so where its data lives cannot be proven before deployment";
        }
        else if (context.Residency.RegionProblem(code) is { } problem)
        {
            yield return problem;
        }
    }
}
