namespace Infra.Components.Environment;

/// <summary>How much an environment matters: it drives sizes, redundancy, retention and protection.</summary>
public enum Tier
{
    Dev,
    Staging,
    Prod,
}

/// <summary>Where data may live. China data stays in China regions; global data stays out of them.</summary>
public enum Jurisdiction
{
    Global,
    China,
}

/// <summary>The cloud a stack runs on. AWS China is its own partition (aws-cn) with the same provider.</summary>
public enum Cloud
{
    Aws,
    AwsChina,
    Alicloud,
}

/// <summary>The config spellings of the enums above, used in messages and stack files.</summary>
public static class EnvironmentNames
{
    public static string Of(Tier tier) => tier switch
    {
        Tier.Dev => "dev",
        Tier.Staging => "staging",
        Tier.Prod => "prod",
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, null),
    };

    public static string Of(Cloud cloud) => cloud switch
    {
        Cloud.Aws => "aws",
        Cloud.AwsChina => "aws-cn",
        Cloud.Alicloud => "alicloud",
        _ => throw new ArgumentOutOfRangeException(nameof(cloud), cloud, null),
    };

    public static string Of(Jurisdiction jurisdiction) => jurisdiction switch
    {
        Jurisdiction.Global => "global",
        Jurisdiction.China => "china",
        _ => throw new ArgumentOutOfRangeException(nameof(jurisdiction), jurisdiction, null),
    };

    public static IReadOnlyList<Tier> Tiers { get; } = [Tier.Dev, Tier.Staging, Tier.Prod];

    public static IReadOnlyList<Cloud> Clouds { get; } = [Cloud.Aws, Cloud.AwsChina, Cloud.Alicloud];

    public static bool TryParseTier(string text, out Tier tier) => TryParse(text, Tiers, Of, out tier);

    public static bool TryParseCloud(string text, out Cloud cloud) => TryParse(text, Clouds, Of, out cloud);

    /// <summary>The Pulumi package that manages a cloud.</summary>
    public static string PackageOf(Cloud cloud) => cloud == Cloud.Alicloud ? "alicloud" : "aws";

    private static bool TryParse<T>(string text, IReadOnlyList<T> values, Func<T, string> name, out T result)
    {
        foreach (var value in values)
        {
            if (name(value) == text)
            {
                result = value;
                return true;
            }
        }

        result = default!;
        return false;
    }
}
