namespace Infra.Platform;

/// <summary>Where data may live. China data stays in China regions; global data stays out of them.</summary>
public enum Jurisdiction
{
    Global,
    China,
}
