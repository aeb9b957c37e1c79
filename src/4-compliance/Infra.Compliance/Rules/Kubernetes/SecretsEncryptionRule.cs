namespace Infra.Compliance.Rules.Kubernetes;

/// <summary>
/// MLC-K8S-003: Kubernetes secrets are envelope-encrypted with a KMS key. EKS:
/// <c>encryptionConfig.resources</c> has <c>secrets</c> and <c>encryptionConfig.provider.keyArn</c> is
/// set. ACK: <c>encryptionProviderKey</c> is set and <c>disableEncryption</c> is not true.
/// </summary>
public sealed class SecretsEncryptionRule() : PerTokenRule(ComplianceCatalog.SecretsEncryption)
{
    protected override IReadOnlyDictionary<string, TokenCheck> Checks { get; } = Clusters.Checks(Eks, Ack);

    private static IEnumerable<string> Eks(Resource resource, ComplianceContext context)
    {
        if (!PropertyValues.Texts(PropertyValues.At(resource.Properties, "encryptionConfig.resources")).Contains("secrets"))
        {
            yield return "encryptionConfig.resources does not include secrets";
        }

        if (PropertyValues.At(resource.Properties, "encryptionConfig.provider.keyArn") is null)
        {
            yield return "encryptionConfig.provider.keyArn is not set";
        }
    }

    private static IEnumerable<string> Ack(Resource resource, ComplianceContext context)
    {
        if (resource.Properties["encryptionProviderKey"] is null)
        {
            yield return "encryptionProviderKey is not set";
        }

        if (PropertyValues.Flag(resource.Properties["disableEncryption"]) == true)
        {
            yield return "disableEncryption is true";
        }
    }
}
