namespace Infra.Providers.Alicloud.Ram;

/// <summary>Values of <c>policyType</c> (alicloud 3.108.0 ram/rolePolicyAttachment docs).</summary>
public static class RamPolicyTypes
{
    public const string System = "System";
    public const string Custom = "Custom";
}
