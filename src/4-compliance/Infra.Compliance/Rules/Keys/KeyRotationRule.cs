namespace Infra.Compliance.Rules.Keys;

/// <summary>
/// MLC-KMS-001: symmetric KMS keys rotate their key material automatically (AWS
/// <c>enableKeyRotation: true</c>; Alibaba Cloud <c>automaticRotation: Enabled</c>). Asymmetric keys
/// cannot rotate automatically on either cloud, so they are not judged.
/// </summary>
public sealed class KeyRotationRule() : PerTokenRule(ComplianceCatalog.KeyRotation)
{
    /// <summary>Symmetric keys only: asymmetric ones cannot rotate automatically on either cloud.</summary>
    protected override IReadOnlyDictionary<string, TokenCheck> Checks { get; } = Table(
        (ResourceTypes.AwsKmsKey, new(AwsProblems, Judges: resource =>
            PropertyValues.Text(resource.Properties["customerMasterKeySpec"]) is null or "SYMMETRIC_DEFAULT"
            && PropertyValues.Text(resource.Properties["keyUsage"]) is null or "ENCRYPT_DECRYPT")),
        (ResourceTypes.AlicloudKmsKey, new(AlicloudProblems, Judges: resource =>
            PropertyValues.Text(resource.Properties["keySpec"]) is not { } spec
            || !(spec.StartsWith("RSA_", StringComparison.Ordinal) || spec.StartsWith("EC_", StringComparison.Ordinal)))));

    private static IEnumerable<string> AwsProblems(Resource resource, ComplianceContext context) =>
        PropertyValues.Flag(resource.Properties["enableKeyRotation"]) == true
            ? []
            : [$"enableKeyRotation is {PropertyValues.Describe(resource.Properties["enableKeyRotation"])}, not true"];

    private static IEnumerable<string> AlicloudProblems(Resource resource, ComplianceContext context) =>
        PropertyValues.Text(resource.Properties["automaticRotation"]) == "Enabled"
            ? []
            : [$"automaticRotation is {PropertyValues.Describe(resource.Properties["automaticRotation"])}, not 'Enabled'"];
}
