using Infra.Compliance.Rules.Deployability;
using Infra.Compliance.Rules.Keys;
using Infra.Compliance.Rules.Kubernetes;
using Infra.Compliance.Rules.Network;
using Infra.Compliance.Rules.Nodes;
using Infra.Compliance.Rules.Residency;
using Infra.Compliance.Rules.Secrets;
using Infra.Compliance.Rules.Storage;
using Infra.Compliance.Rules.Supply;
using Infra.Compliance.Rules.Tagging;

namespace Infra.Compliance.Packs;

/// <summary>
/// The rules every synthesis runs, in the order plan shows them: the compliance rules (<c>MLC-…</c>)
/// and then the deployability family (<c>MLD-…</c>). It sits above the engine and the rules, so the
/// engine knows no rule and a rule knows no pack.
/// </summary>
public static class DefaultPack
{
    public static IReadOnlyList<ComplianceRule> Compliance { get; } =
    [
        new ProviderRegionRule(),
        new CrossJurisdictionRule(),
        new StateResidencyRule(),
        new StateDeclarationRule(),
        new LogResidencyRule(),
        new BucketKmsEncryptionRule(),
        new BucketVersioningRule(),
        new BucketPublicAccessRule(),
        new BucketTlsOnlyRule(),
        new BucketAccessLoggingRule(),
        new BucketLifecycleRule(),
        new StatefulProtectionRule(),
        new KeyRotationRule(),
        new ClusterEndpointRule(),
        new ControlPlaneLoggingRule(),
        new SecretsEncryptionRule(),
        new ImdsV2Rule(),
        new EncryptedDisksRule(),
        new OpenIngressRule(),
        new FlowLogsRule(),
        new IcpFilingRule(),
        new RequiredTagsRule(),
        new PlaintextSecretRule(),
        new RegistryJurisdictionRule(),
    ];

    public static IReadOnlyList<ComplianceRule> Deployability { get; } =
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
        new PrivateApiPathRule(),
    ];

    public static CompliancePack Instance { get; } = new([.. Compliance, .. Deployability]);
}
