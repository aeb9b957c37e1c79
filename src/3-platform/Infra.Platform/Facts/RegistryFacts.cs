namespace Infra.Platform.Facts;

/// <summary>
/// The registries of the China jurisdiction a stack's mirror may live in, and why the platform
/// cannot pick one for a stack by itself (both name something only the account owner knows).
/// </summary>
public static class RegistryFacts
{
    /// <summary>
    /// Alibaba Cloud Container Registry Enterprise Edition: <c>&lt;instance&gt;-registry.&lt;region&gt;.cr.aliyuncs.com/&lt;namespace&gt;/&lt;repository&gt;:&lt;tag&gt;</c>,
    /// multi-level repository names, Helm charts and OCI artifacts. Personal Edition
    /// (<c>registry.&lt;region&gt;.aliyuncs.com</c>; <c>crpi-&lt;id&gt;.&lt;region&gt;.personal.cr.aliyuncs.com</c> for instances
    /// created since 2024-09-09) takes only one-level repository names and has no SLA ("do not use in production").
    /// </summary>
    public static Fact<string> AcrEnterpriseHost { get; } = new("<instance>-registry.<region>.cr.aliyuncs.com",
        "Alibaba Cloud Container Registry docs, 'Terms' (Addresses of container images: Enterprise Edition instance-registry.cn-hangzhou.cr.aliyuncs.com/namespace/repository:tag; Personal Edition supports only tier-1 repository names, Enterprise Edition multi-tier) and 'What is Container Registry?' (Enterprise Edition supports Helm charts and OCI artifacts; Personal Edition has no SLA); 'Personal Edition instance exclusive endpoint' (crpi-<id>.<region>.personal.cr.aliyuncs.com since 2024-09-09)");

    /// <summary>Amazon ECR private registry in AWS China: <c>&lt;account&gt;.dkr.ecr.&lt;region&gt;.amazonaws.com.cn</c>; repository names may have slashes.</summary>
    public static Fact<string> EcrChinaHost { get; } = new("<account>.dkr.ecr.<region>.amazonaws.com.cn",
        "Amazon ECR User Guide, 'Private registry' (aws_account_id.dkr.ecr.region.amazonaws.com; repository names may contain slashes) with the aws-cn DNS suffix amazonaws.com.cn (Amazon Web Services in China, 'Endpoints and ARNs')",
        Verified: false);

    public static IReadOnlyList<FactEntry> All { get; } =
    [
        new(nameof(AcrEnterpriseHost), AcrEnterpriseHost.Value, AcrEnterpriseHost.Source, AcrEnterpriseHost.Verified),
        new(nameof(EcrChinaHost), EcrChinaHost.Value, EcrChinaHost.Source, EcrChinaHost.Verified),
        new(nameof(ChartFacts.OciChartReference), ChartFacts.OciChartReference.Value, ChartFacts.OciChartReference.Source, ChartFacts.OciChartReference.Verified),
    ];
}
