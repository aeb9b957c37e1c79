using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Infra.Core.Diagnostics;
using Infra.Platform;
using Infra.Platform.Catalog;
using Infra.Platform.State;
using Infra.Stacks.Bootstrap;
using Infra.Stacks.Config;

namespace Infra.Stacks.Foundation;

/// <summary>
/// What <c>infra foundation</c> was asked for: the jurisdiction, the GitHub repository (<c>owner/name</c>)
/// whose workflows the CI roles trust, and optionally the AWS region of the state bucket and key and
/// the naming and ownership; each left null comes from the jurisdiction's stacks.
/// </summary>
public sealed record FoundationRequest(
    string Jurisdiction, string Repository, string? StateRegion = null, string? OrgPrefix = null, string? Owner = null, string? CostCenter = null);

/// <summary>
/// Turns a request and the project's stacks into a <see cref="FoundationSpec"/>: the naming and
/// ownership of the jurisdiction's stacks, the state region they already name, and one identity
/// region per other cloud they use. Every problem is reported at once, naming the option.
/// </summary>
public sealed partial class FoundationPlanner(RegionCatalog regions)
{
    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9._-]{1,100}$", RegexOptions.CultureInvariant)]
    private static partial Regex RepositoryShape();

    /// <summary>
    /// The foundation serving the project's stacks of the request's jurisdiction. A <paramref name="newcomer"/>
    /// (a stack being bootstrapped) may add a cloud that needs CI roles, but the foundation's naming,
    /// ownership and state region stay those of the stacks it already serves (the newcomer's only when there are none).
    /// </summary>
    public FoundationSpec Plan(FoundationRequest request, string project, IReadOnlyList<ExistingStack> stacks, ExistingStack? newcomer = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(stacks);
        var diagnostics = new DiagnosticBag();
        var jurisdictions = new[] { Jurisdiction.Global, Jurisdiction.China };
        var jurisdiction = jurisdictions.Cast<Jurisdiction?>().FirstOrDefault(candidate => EnvironmentNames.Of(candidate!.Value) == request.Jurisdiction);
        if (jurisdiction is null)
        {
            diagnostics.Error(BootstrapCodes.InvalidOption, "--jurisdiction", $"'{request.Jurisdiction}' is not a jurisdiction; allowed: {string.Join(", ", jurisdictions.Select(EnvironmentNames.Of))}");
        }

        if (!RepositoryShape().IsMatch(request.Repository))
        {
            diagnostics.Error(BootstrapCodes.InvalidOption, "--github-repo", $"'{request.Repository}' is not a GitHub repository; allowed: owner/name, e.g. acme/ml-platform");
        }

        diagnostics.ThrowIfErrors();
        var members = Members(stacks, project, jurisdiction);
        var newcomers = newcomer is null ? [] : Members([newcomer], project, jurisdiction);
        var owners = (members.Count > 0 ? members : newcomers).Select(member => member.Stack).ToList();

        var stateRegion = StateRegion(request, jurisdiction!.Value, owners, project, diagnostics);
        var orgPrefix = request.OrgPrefix ?? Common(owners, project, ConfigKeys.OrgPrefix, "--org-prefix", diagnostics);
        var owner = request.Owner ?? Common(owners, project, ConfigKeys.Owner, "--owner", diagnostics);
        var costCenter = request.CostCenter ?? Common(owners, project, ConfigKeys.CostCenter, "--cost-center", diagnostics);
        diagnostics.ThrowIfErrors();

        var identityRegions = members.Concat(newcomers)
            .Select(member => member.Region)
            .Where(region => region.Cloud != stateRegion!.Cloud)
            .GroupBy(region => region.Cloud)
            .Select(group => group.First())
            .OrderBy(region => EnvironmentNames.Of(region.Cloud), StringComparer.Ordinal)
            .ToImmutableArray();
        return new FoundationSpec(jurisdiction.Value, stateRegion!, orgPrefix!, owner!, costCenter!, request.Repository, identityRegions);
    }

    /// <summary>The stacks of the jurisdiction, by name, with their regions.</summary>
    private List<(ExistingStack Stack, RegionInfo Region)> Members(IEnumerable<ExistingStack> stacks, string project, Jurisdiction? jurisdiction) =>
        [.. stacks
            .Select(stack => (Stack: stack, Region: RegionOf(stack, project)))
            .Where(member => member.Region is not null && member.Region.Jurisdiction == jurisdiction)
            .Select(member => (member.Stack, member.Region!))
            .OrderBy(member => member.Stack.Name, StringComparer.Ordinal)];

    private RegionInfo? RegionOf(ExistingStack stack, string project)
    {
        var cloudText = stack.Config[$"{project}:{ConfigKeys.Cloud}"]?.Text;
        var code = stack.Config[$"{project}:{ConfigKeys.Region}"]?.Text;
        return cloudText is not null && code is not null && EnvironmentNames.TryParseCloud(cloudText, out var cloud) ? regions.Find(cloud, code) : null;
    }

    /// <summary>The state's region: asked for, else the one the jurisdiction's S3 backends name; an AWS region of the jurisdiction either way.</summary>
    private RegionInfo? StateRegion(FoundationRequest request, Jurisdiction jurisdiction, IEnumerable<ExistingStack> members, string project, DiagnosticBag diagnostics)
    {
        var named = members
            .Select(stack => StateLocation.OfBackend(stack.Config[$"{project}:{ConfigKeys.StateBackend}"]?.Text))
            .Where(location => location.Kind == StateLocationKind.Region)
            .Select(location => location.Region!)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var code = request.StateRegion ?? (named.Count == 1 ? named[0] : null);
        var candidates = regions.Regions.Where(region => region.Jurisdiction == jurisdiction && EnvironmentNames.PackageOf(region.Cloud) == "aws").ToList();
        var allowed = string.Join(", ", candidates.Select(region => region.Code));
        if (code is null)
        {
            diagnostics.Error(BootstrapCodes.MissingOption, "--state-region",
                named.Count > 1
                    ? $"the {EnvironmentNames.Of(jurisdiction)} stacks name several state regions ({string.Join(", ", named)}); choose one; allowed: {allowed}"
                    : $"no {EnvironmentNames.Of(jurisdiction)} stack names a state region; allowed: {allowed} (state and secrets live in S3 and KMS of the jurisdiction's AWS partition; docs/state.md)");
            return null;
        }

        var region = candidates.FirstOrDefault(candidate => candidate.Code == code);
        if (region is null)
        {
            diagnostics.Error(BootstrapCodes.InvalidOption, "--state-region", $"'{code}' is not an AWS region of the {EnvironmentNames.Of(jurisdiction)} jurisdiction; allowed: {allowed}");
        }

        return region;
    }

    /// <summary>A naming or ownership value the jurisdiction's stacks agree on; else the option is required.</summary>
    private static string? Common(IEnumerable<ExistingStack> members, string project, string key, string option, DiagnosticBag diagnostics)
    {
        var values = members.Select(stack => stack.Config[$"{project}:{key}"]?.Text).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (values.Count == 1)
        {
            return values[0];
        }

        diagnostics.Error(BootstrapCodes.MissingOption, option, values.Count == 0
            ? $"no stack of the jurisdiction sets {project}:{key}; pass {option}"
            : $"the jurisdiction's stacks set {project}:{key} differently ({string.Join(", ", values)}); pass {option}");
        return null;
    }
}
