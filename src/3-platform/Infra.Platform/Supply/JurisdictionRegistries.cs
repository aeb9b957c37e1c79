namespace Infra.Platform.Supply;

/// <summary>
/// Which registry hosts lie inside the China jurisdiction: Amazon ECR in the aws-cn partition
/// (every <c>*.amazonaws.com.cn</c> host) and Alibaba Cloud Container Registry in a China region
/// (<c>&lt;instance&gt;-registry.&lt;region&gt;.cr.aliyuncs.com</c>, <c>registry.&lt;region&gt;.aliyuncs.com</c>: a host of
/// <c>aliyuncs.com</c> with a China region among its labels; ACR in Singapore is <c>aliyuncs.com</c> too).
/// Sources: <see cref="Facts.RegistryFacts"/>.
/// </summary>
public static class JurisdictionRegistries
{
    /// <summary>True when a registry host (no scheme, no path) is inside China.</summary>
    /// <param name="host">A registry host, with or without a port.</param>
    /// <param name="isChinaRegion">The region catalog's word on a region code.</param>
    public static bool IsChina(string host, Func<string, bool> isChinaRegion)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(isChinaRegion);
        var name = host.ToLowerInvariant().Split(':')[0];
        if (name.EndsWith(".amazonaws.com.cn", StringComparison.Ordinal))
        {
            return true;
        }

        // Every ACR endpoint has the region as a label of its own: registry[-vpc].<region>.aliyuncs.com,
        // <instance>-registry[-vpc].<region>.cr.aliyuncs.com, crpi-<id>[-vpc].<region>.personal.cr.aliyuncs.com.
        return name.EndsWith(".aliyuncs.com", StringComparison.Ordinal) && name.Split('.').Any(isChinaRegion);
    }
}
