namespace Infra.Platform;

/// <summary>How much an environment matters: it drives sizes, redundancy, retention and protection.</summary>
public enum Tier
{
    Dev,
    Staging,
    Prod,
}
