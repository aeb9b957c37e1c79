using Infra.Platform;

namespace Infra.Compliance.Rules.Keys;

/// <summary>
/// MLC-STA-001: in prod, every stateful resource (bucket, KMS key, cluster) is protected and kept
/// in the cloud if it leaves the program, so losing it takes a deliberate change.
/// </summary>
public sealed class StatefulProtectionRule() : ResourceRule(ComplianceCatalog.StatefulProtection)
{
    protected override bool AppliesTo(Resource resource, ComplianceContext context) =>
        context.Environment.Tier == Tier.Prod && ResourceTypes.Stateful.Contains(resource.Type);

    protected override IEnumerable<string> Problems(Resource resource, ComplianceContext context)
    {
        if (resource.Options.Protect != true)
        {
            yield return "is not protected (options.protect)";
        }

        if (resource.Options.RetainOnDelete != true)
        {
            yield return "is not retained when removed from the program (options.retainOnDelete)";
        }
    }
}
