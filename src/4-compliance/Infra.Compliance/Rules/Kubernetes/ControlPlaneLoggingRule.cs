namespace Infra.Compliance.Rules.Kubernetes;

/// <summary>
/// MLC-K8S-002: the control plane logs who did what. EKS: <c>enabledClusterLogTypes</c> has
/// <c>api</c>, <c>audit</c> and <c>authenticator</c>. ACK: <c>controlPlaneLogComponents</c> has
/// <c>apiserver</c> and <c>auditLogConfig.enabled</c> is true.
/// </summary>
public sealed class ControlPlaneLoggingRule() : PerTokenRule(ComplianceCatalog.ControlPlaneLogging)
{
    private static readonly string[] EksLogTypes = ["api", "audit", "authenticator"];

    protected override IReadOnlyDictionary<string, TokenCheck> Checks { get; } = Clusters.Checks(Eks, Ack);

    private static IEnumerable<string> Eks(Resource resource, ComplianceContext context)
    {
        var enabled = PropertyValues.Texts(resource.Properties["enabledClusterLogTypes"]);
        var missing = EksLogTypes.Except(enabled).ToList();
        if (missing.Count > 0)
        {
            yield return $"enabledClusterLogTypes lacks {string.Join(", ", missing)}";
        }
    }

    private static IEnumerable<string> Ack(Resource resource, ComplianceContext context)
    {
        if (!PropertyValues.Texts(resource.Properties["controlPlaneLogComponents"]).Contains("apiserver"))
        {
            yield return "controlPlaneLogComponents does not include apiserver";
        }

        if (PropertyValues.Flag(PropertyValues.At(resource.Properties, "auditLogConfig.enabled")) != true)
        {
            yield return "auditLogConfig.enabled is not true";
        }
    }
}
