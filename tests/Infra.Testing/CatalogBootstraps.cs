using Infra.Platform;
using Infra.Platform.Catalog;
using Infra.Stacks.Bootstrap;
using Infra.Stacks.Config;
using Infra.Stacks.Synthesis;

namespace Infra.Testing;

/// <summary>
/// `infra bootstrap` into every region of the catalog, every cloud: a prod stack from the cloud's
/// prod reference stack, and a dev stack from its dev reference stack where there is one, as a
/// platform team would start a new region.
/// </summary>
public static class CatalogBootstraps
{
    private static readonly Dictionary<(Cloud Cloud, Tier Tier), string> Sources = new()
    {
        [(Cloud.Aws, Tier.Prod)] = "prod-global",
        [(Cloud.Aws, Tier.Dev)] = "dev-global",
        [(Cloud.AwsChina, Tier.Prod)] = "prod-cn-aws",
        [(Cloud.Alicloud, Tier.Prod)] = "prod-cn",
        [(Cloud.Alicloud, Tier.Dev)] = "dev-cn",
    };

    /// <summary>
    /// The reference organisation's state backend and secrets key per jurisdiction, as a person passes
    /// them when the source stack is of the other jurisdiction (Alibaba Cloud's global regions start from a China stack).
    /// </summary>
    private static readonly Dictionary<Jurisdiction, (string Backend, string SecretsProvider)> StatePerJurisdiction = new()
    {
        [Jurisdiction.Global] = ("s3://acme-pulumi-state-global?region=us-east-1", "awskms://alias/acme-pulumi-secrets-global?region=us-east-1"),
        [Jurisdiction.China] = ("s3://acme-pulumi-state-cn?region=cn-northwest-1", "awskms://alias/acme-pulumi-secrets-cn?region=cn-northwest-1"),
    };

    /// <summary>One request per (region, tier with a source stack), named <c>boot-&lt;tier&gt;-&lt;cloud&gt;-&lt;region&gt;</c>.</summary>
    public static IReadOnlyList<BootstrapRequest> Requests { get; } =
    [
        .. RegionCatalog.Default.Regions.SelectMany(region => new[] { Tier.Prod, Tier.Dev }
            .Where(tier => Sources.ContainsKey((region.Cloud, tier)))
            .Select(tier => new BootstrapRequest
            {
                StackName = $"boot-{EnvironmentNames.Of(tier)}-{EnvironmentNames.Of(region.Cloud)}-{region.Code}",
                Cloud = EnvironmentNames.Of(region.Cloud),
                Region = region.Code,
                Tier = EnvironmentNames.Of(tier),
                From = Sources[(region.Cloud, tier)],
                DeployNetwork = BootstrapFixtures.DeployNetwork(EnvironmentNames.Of(region.Cloud)),
                StateBackend = region.Jurisdiction == SourceJurisdiction(Sources[(region.Cloud, tier)]) ? null : StatePerJurisdiction[region.Jurisdiction].Backend,
                SecretsProvider = region.Jurisdiction == SourceJurisdiction(Sources[(region.Cloud, tier)]) ? null : StatePerJurisdiction[region.Jurisdiction].SecretsProvider,
            })),
    ];

    /// <summary>The reference stacks, as bootstrap reads them.</summary>
    public static IReadOnlyList<ExistingStack> Existing { get; } =
    [
        .. Directory.EnumerateFiles(RepositoryPaths.Root, "Pulumi.*.yaml")
            .Select(file => Path.GetFileName(file)["Pulumi.".Length..^".yaml".Length])
            .Order(StringComparer.Ordinal)
            .Select(stack => new ExistingStack(stack, StackFile.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, StackFile.FileName(stack))), stack))),
    ];

    private static Jurisdiction? SourceJurisdiction(string stack) =>
        RegionCatalog.Default.JurisdictionOf(StackFile.Parse(
            File.ReadAllText(Path.Combine(RepositoryPaths.Root, StackFile.FileName(stack))), stack)["ml-platform:region"]!.Text!);

    /// <summary>Bootstraps the stack as `infra bootstrap` does and returns the config of the file it would write.</summary>
    public static StackConfig Bootstrap(BootstrapRequest request, Synthesizer synthesizer)
    {
        ArgumentNullException.ThrowIfNull(request);
        var result = new StackBootstrapper(RegionCatalog.Default, synthesizer).Prepare(request, Synthesizer.DefaultProject, Existing);
        return StackFile.Parse(result.Text, result.FileName);
    }
}
