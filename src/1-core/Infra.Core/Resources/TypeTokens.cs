namespace Infra.Core.Resources;

/// <summary>Reading Pulumi type tokens (<c>pkg:module/file:Type</c>, <c>pulumi:providers:pkg</c>).</summary>
public static class TypeTokens
{
    public const string ProviderPrefix = "pulumi:providers:";

    public static bool IsProvider(string token) => token.StartsWith(ProviderPrefix, StringComparison.Ordinal);

    public static string PackageOf(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (IsProvider(token))
        {
            return token[ProviderPrefix.Length..];
        }

        var colon = token.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? token : token[..colon];
    }
}
