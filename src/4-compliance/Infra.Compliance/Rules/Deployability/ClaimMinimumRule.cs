using Infra.Platform.Facts;

namespace Infra.Compliance.Rules.Deployability;

/// <summary>
/// MLD-DSK-001: every volume claim is at least the minimum of its class's disk type
/// (<see cref="StorageFacts.DiskMinimums"/>). The class is resolved by name to its provisioner and
/// <c>parameters.type</c>; a class with <c>volumeSizeAutoAvailable: "true"</c> (Alibaba disk driver)
/// raises smaller claims to the minimum, so its claims pass. Claims on a class the stack does not
/// define (the cluster's default) or on a disk type without a recorded minimum are not judged.
/// </summary>
public sealed class ClaimMinimumRule() : ComplianceRule(DeployabilityCatalog.ClaimMinimum)
{
    public override RuleOutcome Evaluate(ComplianceContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claims = VolumeClaims.Of(context).ToList();
        var violations = claims
            .GroupBy(claim => claim.Owner.LogicalName, StringComparer.Ordinal)
            .Select(group => (Subject: group.Key, Problems: group.Select(claim => Problem(claim, context)).OfType<string>().ToList()))
            .Where(entry => entry.Problems.Count > 0)
            .Select(entry => new Violation(entry.Subject, string.Join("; ", entry.Problems)))
            .ToList();
        return new RuleOutcome(claims.Count, violations);
    }

    private static string? Problem(VolumeClaim claim, ComplianceContext context)
    {
        if (PropertyValues.Text(claim.ClassName) is not { } className || VolumeClaims.Class(context, className) is not { } storageClass)
        {
            return null;
        }

        var provisioner = PropertyValues.Text(storageClass.Properties["provisioner"]);
        var diskType = PropertyValues.Text(PropertyValues.At(storageClass.Properties, "parameters.type"));
        var minimum = StorageFacts.DiskMinimums.FirstOrDefault(fact => fact.Provisioner == provisioner && fact.DiskType == diskType);
        if (minimum is null
            || PropertyValues.Flag(PropertyValues.At(storageClass.Properties, "parameters.volumeSizeAutoAvailable")) == true)
        {
            return null;
        }

        var size = PropertyValues.Text(claim.Size);
        var gib = size is null ? null : VolumeClaims.GiB(size);
        if (gib is null)
        {
            return $"{claim.Path} requests {PropertyValues.Describe(claim.Size)} on class {className}, which is not a size that can be checked against {diskType}'s minimum of {minimum.MinimumGiB} GiB";
        }

        return gib < minimum.MinimumGiB
            ? $"{claim.Path} requests {size} on class {className} ({diskType} by {provisioner}), below the {minimum.MinimumGiB} GiB the driver creates at least"
                + " (request at least that much, or set parameters.volumeSizeAutoAvailable: \"true\" on the class)"
            : null;
    }
}
