using System.Text.RegularExpressions;

namespace Infra.Platform.State;

/// <summary>What kind of place a backend or secrets provider URL is, as far as the URL says.</summary>
public enum StateLocationKind
{
    /// <summary>Not declared: whatever the person or job is logged in to.</summary>
    Undeclared,

    /// <summary>Pulumi Cloud (<c>https://api.pulumi.com</c>, or the <c>default</c> secrets provider of a stack there): a service hosted outside mainland China.</summary>
    PulumiCloud,

    /// <summary>A cloud region the URL names (an S3 or OSS bucket, a KMS key).</summary>
    Region,

    /// <summary>
    /// A place the URL does not name: the machine's disk (<c>file://</c>), a passphrase kept wherever its
    /// owner keeps it, a Vault server at <c>VAULT_ADDR</c>, a self-hosted Pulumi Cloud.
    /// </summary>
    Elsewhere,
}

/// <summary>
/// Where a Pulumi backend URL (<c>pulumi login</c>) or secrets provider URL (<c>--secrets-provider</c>)
/// keeps its data. The URL forms are Pulumi's: DIY backends <c>s3://</c>, <c>azblob://</c>, <c>gs://</c>,
/// <c>file://</c> (Pulumi docs, "Using a DIY backend"), secrets providers <c>default</c>, <c>passphrase</c>,
/// <c>awskms://</c>, <c>azurekeyvault://</c>, <c>gcpkms://</c>, <c>hashivault://</c> (Pulumi docs,
/// "Secrets": configuring secrets encryption). The region of an S3 bucket or AWS KMS key is its
/// <c>region</c> query parameter (the go-cloud URL openers Pulumi uses), or the region of a key ARN; the
/// region of an OSS bucket reached through OSS's S3-compatible API is in its endpoint host
/// (<c>oss-&lt;region&gt;.aliyuncs.com</c>, Alibaba Cloud OSS "Regions and endpoints").
/// </summary>
public sealed partial record StateLocation(StateLocationKind Kind, string? Region, string Description)
{
    /// <summary>Pulumi Cloud's API, the backend of a plain <c>pulumi login</c> (Pulumi docs, <c>pulumi login</c>).</summary>
    public const string PulumiCloudUrl = "https://api.pulumi.com";

    [GeneratedRegex(@"^oss-([a-z0-9-]+?)(?:-internal)?\.aliyuncs\.com$", RegexOptions.CultureInvariant)]
    private static partial Regex OssEndpoint();

    [GeneratedRegex(@"^arn:aws[a-z-]*:kms:([a-z0-9-]+):", RegexOptions.CultureInvariant)]
    private static partial Regex KmsArnRegion();

    public static StateLocation OfBackend(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return new(StateLocationKind.Undeclared, null, "no backend declared (Pulumi Cloud unless the job logs in elsewhere)");
        }

        if (url.TrimEnd('/').Equals(PulumiCloudUrl, StringComparison.OrdinalIgnoreCase))
        {
            return new(StateLocationKind.PulumiCloud, null, "Pulumi Cloud");
        }

        var (scheme, rest, query) = Split(url);
        return scheme switch
        {
            "s3" => BucketLocation(query, $"S3-compatible bucket '{rest.Split('/')[0]}'"),
            "file" => new(StateLocationKind.Elsewhere, null, "the disk of the machine that runs pulumi"),
            "https" or "http" => new(StateLocationKind.Elsewhere, null, $"a self-hosted Pulumi Cloud at {url}"),
            _ => new(StateLocationKind.Elsewhere, null, $"a {scheme}:// store, which names no region this project can judge"),
        };
    }

    public static StateLocation OfSecretsProvider(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return new(StateLocationKind.Undeclared, null, "no secrets provider declared (the backend's default)");
        }

        if (url == "default")
        {
            return new(StateLocationKind.PulumiCloud, null, "Pulumi Cloud's per-stack key");
        }

        if (url == "passphrase")
        {
            return new(StateLocationKind.Elsewhere, null, "a passphrase (PULUMI_CONFIG_PASSPHRASE), kept wherever its owner keeps it");
        }

        var (scheme, rest, query) = Split(url);
        if (scheme == "awskms")
        {
            var region = query.GetValueOrDefault("region") ?? (KmsArnRegion().Match(rest) is { Success: true } arn ? arn.Groups[1].Value : null);
            return region is null
                ? new(StateLocationKind.Elsewhere, null, "an AWS KMS key whose URL names no region (the job's AWS_REGION decides)")
                : new(StateLocationKind.Region, region, $"AWS KMS key '{rest}' in {region}");
        }

        return new(StateLocationKind.Elsewhere, null, $"a {scheme}:// key, which names no region this project can judge");
    }

    private static StateLocation BucketLocation(IReadOnlyDictionary<string, string> query, string what)
    {
        if (query.GetValueOrDefault("endpoint") is { } endpoint)
        {
            var host = endpoint.Contains("://", StringComparison.Ordinal) ? new Uri(endpoint).Host : endpoint.Split('/')[0];
            var oss = OssEndpoint().Match(host.StartsWith("s3.", StringComparison.Ordinal) ? host[3..] : host);
            return oss.Success
                ? new(StateLocationKind.Region, oss.Groups[1].Value, $"{what} on OSS in {oss.Groups[1].Value}")
                : new(StateLocationKind.Elsewhere, null, $"{what} at endpoint {endpoint}, which names no region this project can judge");
        }

        return query.GetValueOrDefault("region") is { } region
            ? new(StateLocationKind.Region, region, $"{what} in {region}")
            : new(StateLocationKind.Elsewhere, null, $"{what} whose URL names no region (the job's AWS_REGION decides)");
    }

    private static (string Scheme, string Path, Dictionary<string, string> Query) Split(string url)
    {
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        var scheme = schemeEnd < 0 ? url : url[..schemeEnd].ToLowerInvariant();
        var rest = schemeEnd < 0 ? "" : url[(schemeEnd + 3)..];
        var queryStart = rest.IndexOf('?', StringComparison.Ordinal);
        var query = new Dictionary<string, string>(StringComparer.Ordinal);
        if (queryStart >= 0)
        {
            foreach (var pair in rest[(queryStart + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
                query[key] = equals < 0 ? "" : Uri.UnescapeDataString(pair[(equals + 1)..]);
            }

            rest = rest[..queryStart];
        }

        return (scheme, rest, query);
    }
}
