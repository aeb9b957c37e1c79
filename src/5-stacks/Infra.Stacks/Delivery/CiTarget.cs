using System.Collections.Immutable;
using Infra.Components.Clouds;
using Infra.Core.Diagnostics;
using Infra.Platform;
using Infra.Platform.Catalog;
using Infra.Platform.Ci;
using Infra.Platform.Facts;
using Infra.Platform.State;
using Infra.Stacks.Config;
using Infra.Stacks.Specs;

namespace Infra.Stacks.Delivery;

/// <summary>Which job a CI target is for.</summary>
public enum CiJob
{
    /// <summary>A pull request's <c>pulumi preview</c>: the read-only role.</summary>
    Preview,

    /// <summary>A <c>pulumi up</c> from main: the deploy role, or for a prod stack the production role in the production environment.</summary>
    Deploy,

    /// <summary>
    /// Filling the stack's registry mirror from main (weekly, or before a deploy): it writes to a registry,
    /// never to the stack, so it takes the non-production deploy role and waits for no approval.
    /// </summary>
    Mirror,
}

/// <summary>
/// Everything a workflow job needs to preview or deploy one stack, read from the stack's own file:
/// the runner that reaches it, the GitHub environment that guards it, the backend to log in to, and
/// one federated credentials step per cloud the job touches (the state's AWS partition first, then the
/// stack's cloud when it is another), each with the role of the job. No secret and no long-lived key.
/// </summary>
public sealed record CiTarget(
    string Stack,
    Tier Tier,
    string Runner,
    string? Environment,
    string Backend,
    string? SecretsProvider,
    CiRole Role,
    ImmutableArray<CiCredentials> Credentials)
{
    /// <summary>The target of <paramref name="job"/> for a stack.</summary>
    /// <exception cref="InfraException">The stack does not say how CI reaches it, or keeps its state where no federated role can reach; each problem names the key to set.</exception>
    public static CiTarget For(EnvironmentSpec spec, CiJob job, RegionCatalog regions)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(regions);
        var environment = spec.Environment;
        var ciKey = $"{spec.Project}:{ConfigKeys.Ci}";
        var backendKey = $"{spec.Project}:{ConfigKeys.StateBackend}";
        var diagnostics = new DiagnosticBag();
        if (spec.Ci is null)
        {
            diagnostics.Error(ConfigCodes.Missing, ciKey,
                $"not set, so CI cannot preview or deploy {environment.StackName}; set it to {{runner: <label of a self-hosted runner that reaches its network>, account: <the account it deploys into>}} (docs/ci.md)");
        }

        var state = environment.State.BackendLocation;
        var stateRegion = state.Kind == StateLocationKind.Region
            ? regions.Regions.FirstOrDefault(region => region.Code == state.Region && EnvironmentNames.PackageOf(region.Cloud) == "aws")
            : null;
        if (stateRegion is null)
        {
            diagnostics.Error(ConfigCodes.InvalidValue, backendKey,
                $"{state.Description}: CI reaches state only in an S3 bucket of an AWS region, through the foundation's federated roles; allowed: s3://<bucket>?region=<region> (docs/state.md)");
        }

        diagnostics.ThrowIfErrors();
        var ci = spec.Ci!;
        var role = job switch
        {
            CiJob.Preview => CiRole.Preview,
            CiJob.Deploy => CiRoles.ForDeploy(environment.Tier),
            _ => CiRole.Deploy,
        };
        var stateEnvironment = environment with { Cloud = stateRegion!.Cloud, Region = stateRegion };
        var credentials = ImmutableArray.CreateBuilder<CiCredentials>();
        credentials.Add(CloudRealizations.For(stateRegion.Cloud).CiIdentity.Credentials(stateEnvironment,
            environment.Cloud == stateRegion.Cloud ? ci.Account : ci.StateAccount ?? ci.Account));
        if (environment.Cloud != stateRegion.Cloud)
        {
            credentials.Add(environment.Realization().CiIdentity.Credentials(environment, ci.Account));
        }

        return new CiTarget(
            environment.StackName,
            environment.Tier,
            ci.Runner,
            role == CiRole.DeployProduction ? GithubOidcFacts.ProductionEnvironment : null,
            environment.State.Backend!,
            environment.State.SecretsProvider,
            role,
            credentials.ToImmutable());
    }
}
