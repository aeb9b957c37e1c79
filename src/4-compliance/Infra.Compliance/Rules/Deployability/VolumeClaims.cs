using System.Globalization;

namespace Infra.Compliance.Rules.Deployability;

/// <summary>A volume claim the stack makes: who makes it, where, on which class and how large.</summary>
internal sealed record VolumeClaim(Resource Owner, string Path, Value? ClassName, Value? Size);

/// <summary>
/// The volume claims of a stack: PersistentVolumeClaim resources, and the claim templates of the
/// kube-prometheus-stack chart's values (Prometheus and Alertmanager), which the chart's operator
/// turns into claims.
/// </summary>
internal static class VolumeClaims
{
    public const string KubePrometheusStack = "kube-prometheus-stack";

    /// <summary>Claim templates in kube-prometheus-stack values (the chart's values.yaml: prometheus.prometheusSpec.storageSpec, alertmanager.alertmanagerSpec.storage).</summary>
    private static readonly string[] ChartTemplates =
    [
        "prometheus.prometheusSpec.storageSpec.volumeClaimTemplate.spec",
        "alertmanager.alertmanagerSpec.storage.volumeClaimTemplate.spec",
    ];

    public static IEnumerable<VolumeClaim> Of(ComplianceContext context)
    {
        foreach (var claim in context.OfType(ResourceTypes.Set(ResourceTypes.PersistentVolumeClaim)))
        {
            yield return Claim(claim, "spec", PropertyValues.At(claim.Properties, "spec"));
        }

        foreach (var release in KubePrometheusReleases(context))
        {
            foreach (var path in ChartTemplates)
            {
                if (PropertyValues.At(release.Properties["values"], path) is { } spec)
                {
                    yield return Claim(release, "values." + path, spec);
                }
            }
        }
    }

    /// <summary>Helm releases of the kube-prometheus-stack chart.</summary>
    public static IEnumerable<Resource> KubePrometheusReleases(ComplianceContext context) =>
        context.OfType(ResourceTypes.Set(ResourceTypes.HelmRelease))
            .Where(release => PropertyValues.Text(release.Properties["chart"]) == KubePrometheusStack);

    /// <summary>The StorageClass resource of the stack named <paramref name="name"/> (its metadata.name).</summary>
    public static Resource? Class(ComplianceContext context, string name) =>
        context.OfType(ResourceTypes.Set(ResourceTypes.StorageClass))
            .FirstOrDefault(storageClass => PropertyValues.Text(PropertyValues.At(storageClass.Properties, "metadata.name")) == name);

    /// <summary>
    /// A Kubernetes quantity in GiB (<c>5Gi</c>, <c>1Ti</c>, <c>500Mi</c>, <c>20G</c>, bytes); null when it is
    /// not one (Kubernetes API conventions, "Quantity": binary Ki…Ei, decimal k…E suffixes).
    /// </summary>
    public static double? GiB(string quantity)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        (string Suffix, double Bytes)[] suffixes =
        [
            ("Ki", 1L << 10), ("Mi", 1L << 20), ("Gi", 1L << 30), ("Ti", 1L << 40), ("Pi", 1L << 50), ("Ei", 1L << 60),
            ("k", 1e3), ("M", 1e6), ("G", 1e9), ("T", 1e12), ("P", 1e15), ("E", 1e18),
        ];
        var text = quantity.Trim();
        var (suffix, bytes) = suffixes.FirstOrDefault(candidate => text.EndsWith(candidate.Suffix, StringComparison.Ordinal));
        var number = suffix is null ? text : text[..^suffix.Length];
        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value * (suffix is null ? 1 : bytes) / (1L << 30)
            : null;
    }

    private static VolumeClaim Claim(Resource owner, string path, Value? spec) =>
        new(owner, path, PropertyValues.At(spec, "storageClassName"), PropertyValues.At(spec, "resources.requests.storage"));
}
