namespace Infra.Platform;

/// <summary>The config spellings of tiers, clouds and jurisdictions, used in messages and stack files.</summary>
public static class EnvironmentNames
{
    public static string Of(Tier tier) => tier switch
    {
        Tier.Dev => "dev",
        Tier.Staging => "staging",
        Tier.Prod => "prod",
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, null),
    };

    public static string Of(Cloud cloud) => Platform.Clouds.TraitsOf(cloud).Name;

    public static string Of(Jurisdiction jurisdiction) => jurisdiction switch
    {
        Jurisdiction.Global => "global",
        Jurisdiction.China => "china",
        _ => throw new ArgumentOutOfRangeException(nameof(jurisdiction), jurisdiction, null),
    };

    public static IReadOnlyList<Tier> Tiers { get; } = [Tier.Dev, Tier.Staging, Tier.Prod];

    public static IReadOnlyList<Cloud> Clouds { get; } = Platform.Clouds.All;

    public static bool TryParseTier(string text, out Tier tier) => TryParse(text, Tiers, Of, out tier);

    public static bool TryParseCloud(string text, out Cloud cloud) => TryParse(text, Clouds, Of, out cloud);

    /// <summary>The Pulumi package that manages a cloud.</summary>
    public static string PackageOf(Cloud cloud) => Platform.Clouds.TraitsOf(cloud).Package;

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
