using Infra.Compliance.Engine;

namespace Infra.Compliance.Rules.Deployability;

/// <summary>The deployability family, in the order plan shows it (after the compliance rules).</summary>
public static class DeployabilityRules
{
    public static IReadOnlyList<ComplianceRule> All { get; } =
    [
        new StorageProvisionerRule(),
        new ClaimMinimumRule(),
        new ReplicationPrerequisitesRule(),
        new ServicePrincipalRule(),
        new IrsaAudienceRule(),
        new SecretConfigRule(),
        new ManagedControlPlaneScrapeRule(),
        new GpuPoolMaximumRule(),
        new UnusedKeyRule(),
    ];
}
