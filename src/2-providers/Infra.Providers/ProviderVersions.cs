namespace Infra.Providers;

/// <summary>
/// The provider plugin versions every program pins. The conformance harness installs the npm SDKs
/// of exactly these versions (tests/conformance/package.json), and a test fails if they drift.
/// </summary>
public static class ProviderVersions
{
    /// <summary>pulumi-aws; also serves AWS China (partition aws-cn).</summary>
    public const string Aws = "7.48.0";

    /// <summary>pulumi-alicloud.</summary>
    public const string Alicloud = "3.108.0";

    /// <summary>pulumi-kubernetes.</summary>
    public const string Kubernetes = "4.34.2";

    /// <summary>Every package a program of this project may use, with its version.</summary>
    public static IReadOnlyDictionary<string, string> All { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["alicloud"] = Alicloud,
        ["aws"] = Aws,
        ["kubernetes"] = Kubernetes,
    };
}
