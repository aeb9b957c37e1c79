namespace Infra.Compliance.Engine;

/// <summary>
/// A public control a rule corresponds to: an AWS Security Hub control (and the standard it
/// belongs to) or an item of the CIS Alibaba Cloud Foundation Benchmark.
/// </summary>
public sealed record ControlReference(string Standard, string Id, string Title)
{
    public const string FoundationalSecurity = "AWS Foundational Security Best Practices";
    public const string CisAlibabaCloud = "CIS Alibaba Cloud Foundation Benchmark v2.0.0";

    /// <summary>A control of the AWS Foundational Security Best Practices standard (Security Hub ID, e.g. <c>S3.5</c>).</summary>
    public static ControlReference Fsbp(string id, string title) => new(FoundationalSecurity, id, title);

    /// <summary>A Security Hub control that is not in FSBP; <paramref name="standard"/> names the standard that carries it.</summary>
    public static ControlReference SecurityHub(string id, string standard, string title) => new($"AWS Security Hub ({standard})", id, title);

    /// <summary>An item of the CIS Alibaba Cloud Foundation Benchmark v2.0.0 (e.g. <c>5.4</c>).</summary>
    public static ControlReference CisAlibaba(string id, string title) => new(CisAlibabaCloud, id, title);

    public override string ToString() => $"{Standard} {Id}";
}
