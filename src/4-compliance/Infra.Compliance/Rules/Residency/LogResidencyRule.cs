namespace Infra.Compliance.Rules.Residency;

/// <summary>
/// MLC-RES-005: every log destination — a CloudWatch Logs log group, a Simple Log Service project or
/// logstore — is kept in a region of the stack's jurisdiction, read from the resource's own region or
/// its provider's. A destination whose region is not a literal cannot be proven and fails too. What
/// points at a destination from elsewhere (a collector's region, a reference) is MLC-RES-002's.
/// </summary>
public sealed class LogResidencyRule() : TypedResourceRule(ComplianceCatalog.LogResidency)
{
    public override IReadOnlySet<string> Types { get; } =
        ResourceTypes.Set(ResourceTypes.AwsLogGroup, ResourceTypes.AlicloudLogProject, ResourceTypes.AlicloudLogStore);

    protected override IEnumerable<string> Problems(Resource resource, ComplianceContext context)
    {
        if (ComplianceContext.RegionOf(resource) is not { } region)
        {
            yield return "keeps logs in a region that is not known before deployment (no literal region on it or its provider), so where they are kept cannot be proven";
        }
        else if (context.Residency.RegionProblem(region) is { } problem)
        {
            yield return $"keeps logs in {region}: {problem}";
        }
    }
}
