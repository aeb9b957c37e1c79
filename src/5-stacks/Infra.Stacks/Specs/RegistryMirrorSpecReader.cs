using System.Text.Json;
using Infra.Platform;
using Infra.Platform.Catalog;
using Infra.Platform.Environment;
using Infra.Platform.Facts;
using Infra.Platform.Supply;
using Infra.Stacks.Config;

namespace Infra.Stacks.Specs;

/// <summary>
/// Reads <c>ml-platform:registryMirror</c> into the stack's <see cref="ContainerImages"/>. A China stack
/// must set it, to a registry inside China: from the mainland the upstream registries (quay.io,
/// docker.io, registry.k8s.io, ghcr.io, nvcr.io) and chart hosts (*.github.io) are slow or unreachable,
/// and a failed pull fails an atomic release. No default is derived: an ACR Enterprise Edition
/// instance's name and an ECR registry's account are the account owner's to know
/// (<see cref="RegistryFacts"/>). The schema has checked the shape.
/// </summary>
public static class RegistryMirrorSpecReader
{
    public static ContainerImages? Read(ConfigReader reader, StackEnvironment environment, RegionCatalog regions)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(regions);
        var key = reader.FullKey(ConfigKeys.RegistryMirror);
        var china = environment.Jurisdiction == Jurisdiction.China;
        var text = reader.OptionalText(ConfigKeys.RegistryMirror);
        if (text is null)
        {
            if (reader.WasReported(ConfigKeys.RegistryMirror))
            {
                return null;
            }

            if (china)
            {
                reader.Diagnostics.Error(ConfigCodes.Missing, key,
                    $"is required on a China stack (its images and charts must come from a registry in China, docs/mirrors.md); allowed: {{registry: {Example(environment)}}}, optionally charts: oci://<host>/<path>");
                return null;
            }

            return ContainerImages.Upstream;
        }

        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;
        var registry = root.GetProperty("registry").GetString()!;
        var chartsGiven = root.TryGetProperty("charts", out var given);
        var charts = chartsGiven ? given.GetString()! : RegistryMirror.DefaultCharts(registry);
        var mirror = new RegistryMirror(registry, charts);
        bool IsChinaRegion(string code) => regions.Regions.Any(region => region.Code == code && region.Jurisdiction == Jurisdiction.China);
        // Defaulted charts live on the registry's host: one finding for one value.
        var hosts = chartsGiven ? new[] { ("registry", mirror.Host), ("charts", mirror.ChartsHost) } : [("registry", mirror.Host)];
        foreach (var (part, host) in hosts)
        {
            var inChina = JurisdictionRegistries.IsChina(host, IsChinaRegion);
            if (china && !inChina)
            {
                reader.Diagnostics.Error(ConfigCodes.InvalidValue, $"{key}.{part}",
                    $"'{host}' is not a registry in China; allowed: ACR in a China region (*.<region>.cr.aliyuncs.com) or ECR in AWS China (*.amazonaws.com.cn), e.g. {Example(environment)}");
            }
            else if (!china && inChina)
            {
                reader.Diagnostics.Error(ConfigCodes.InvalidValue, $"{key}.{part}",
                    $"'{host}' is a registry in China, and {environment.StackName} is a global stack; allowed: a registry outside China, or no mirror (upstream sources)");
            }
        }

        return new ContainerImages(mirror);
    }

    /// <summary>The registry form of the stack's cloud, with its region filled in.</summary>
    private static string Example(StackEnvironment environment) =>
        (Clouds.TraitsOf(environment.Cloud).Package == "aws" ? RegistryFacts.EcrChinaHost.Value : RegistryFacts.AcrEnterpriseHost.Value)
            .Replace("<region>", environment.Region.Code, StringComparison.Ordinal) + "/<namespace>";
}
