using Infra.Platform;
using Infra.Platform.Supply;

namespace Infra.Compliance.Rules.Supply;

/// <summary>
/// MLC-SUP-001: a China stack pulls every image and chart from a registry inside China. Judged on
/// every Kubernetes resource, at every depth (Helm values, object specs, ConfigGroup objects), not on
/// a list of known keys: a <c>chart</c> or <c>repositoryOpts.repo</c> of a release, and every string
/// under an <c>image</c>, <c>repository</c> or <c>registry</c> key (a <c>registry</c> next to a
/// <c>repository</c> names the host; a bare repository is Docker Hub's, as a container runtime reads it).
/// </summary>
public sealed class RegistryJurisdictionRule() : ResourceRule(ComplianceCatalog.RegistryJurisdiction)
{
    private const string HelmRelease = "kubernetes:helm.sh/v3:Release";

    protected override bool AppliesTo(Resource resource, ComplianceContext context) =>
        context.Environment.Jurisdiction == Jurisdiction.China && resource.Package == "kubernetes" && resource is not ProviderResource;

    protected override IEnumerable<string> Problems(Resource resource, ComplianceContext context)
    {
        var chinaRegions = context.Residency.ChinaRegions.ToHashSet(StringComparer.Ordinal);
        var mirror = context.Environment.Images.Mirror;
        bool Inside(string host) =>
            JurisdictionRegistries.IsChina(host, chinaRegions.Contains) || (mirror is not null && (host == mirror.Host || host == mirror.ChartsHost));
        string Fix() =>
            $"set {RegistryMirror.ConfigKey} (ml-platform:{RegistryMirror.ConfigKey}) to a registry in China and mirror it there (infra images --stack {context.Environment.StackName}, docs/mirrors.md)";

        if (resource.Type == HelmRelease)
        {
            foreach (var problem in ChartProblems(resource.Properties, Inside, Fix))
            {
                yield return problem;
            }
        }

        foreach (var (path, node) in ValueWalk.Nodes(resource.Properties, "properties"))
        {
            if (node is not MapValue map)
            {
                continue;
            }

            foreach (var (key, value) in map.Entries)
            {
                var reference = ImageAt(map, key, value);
                if (reference is null)
                {
                    continue;
                }

                if (reference is not StringValue { Text: var text })
                {
                    yield return $"{path}.{key} is computed, so where its image comes from cannot be proven before deployment; {Fix()}";
                    continue;
                }

                var host = key == "registry" ? text.Split('/')[0] : ImageReference.HostOf(text);
                if (!Inside(host))
                {
                    var image = key == "registry" && map["repository"] is StringValue { Text: var repository } ? $"{text}/{repository}" : text;
                    yield return $"{path}.{key}: image '{image}' is pulled from {host}, outside China; {Fix()}";
                }
            }
        }
    }

    /// <summary>The value naming an image's host under <paramref name="key"/>: an image string, a registry, or a repository with no registry beside it.</summary>
    private static Value? ImageAt(MapValue map, string key, Value value) => key switch
    {
        "image" when value is not MapValue and not ListValue and not BoolValue and not NumberValue => value,
        "registry" when value is not MapValue and not ListValue => value,
        "repository" when map["registry"] is null && value is not MapValue and not ListValue => value,
        _ => null,
    };

    private static IEnumerable<string> ChartProblems(MapValue properties, Func<string, bool> inside, Func<string> fix)
    {
        var chart = properties["chart"];
        var repo = (properties["repositoryOpts"] as MapValue)?["repo"];
        if (chart is not StringValue { Text: var reference })
        {
            yield return $"properties.chart is computed, so where the chart comes from cannot be proven before deployment; {fix()}";
            yield break;
        }

        var url = reference.Contains("://", StringComparison.Ordinal) ? reference : repo is StringValue { Text: var text } ? text : null;
        if (url is null)
        {
            yield return repo is null
                ? $"properties.chart: chart '{reference}' names no repository, so Helm resolves it on the machine running Pulumi; pull it as an OCI chart from the mirror; {fix()}"
                : $"properties.repositoryOpts.repo is computed, so where the chart comes from cannot be proven before deployment; {fix()}";
            yield break;
        }

        var host = url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..].Split('/')[0];
        if (!inside(host))
        {
            var where = reference.Contains("://", StringComparison.Ordinal) ? "properties.chart" : "properties.repositoryOpts.repo";
            yield return $"{where}: chart '{reference}' is pulled from {host}, outside China; {fix()}";
        }
    }
}
