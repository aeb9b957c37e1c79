using Infra.Platform;

namespace Infra.Compliance.Rules.Keys;

/// <summary>
/// MLC-STA-001: in prod, every stateful resource (bucket, KMS key, cluster) is protected and kept
/// in the cloud if it leaves the program, so losing it takes a deliberate change.
/// </summary>
public sealed class StatefulProtectionRule : ResourceRule
{
    public override RuleMetadata Metadata { get; } = RuleMetadata.Compliance(
        "MLC-STA-001",
        Severity.Error,
        "Stateful resources are protected in prod",
        "A deleted bucket, key or cluster in prod loses data or the platform; protect and retainOnDelete make that a two-step, deliberate change.",
        Rules.Governance.Recoverability,
        [ControlReference.Fsbp("KMS.3", "AWS KMS keys should not be deleted unintentionally")]);

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
