using System.Collections.Immutable;
using System.Net;
using System.Text.Json;
using Infra.Components.Networking;
using Infra.Core.Diagnostics;
using Infra.Core.Graph;
using Infra.Platform;
using Infra.Platform.Catalog;
using Infra.Platform.State;
using Infra.Stacks.Config;
using Infra.Stacks.Specs;
using Infra.Stacks.Synthesis;

namespace Infra.Stacks.Bootstrap;

/// <summary>The stack file bootstrap would write, and what the person should know about it.</summary>
public sealed record BootstrapResult(
    string StackName,
    string FileName,
    string Text,
    StackConfig Config,
    IPNetwork2 VpcCidr,
    ImmutableArray<string> Zones,
    IReadOnlyList<string> Notes)
{
    /// <summary>Secret config keys the program declares: Pulumi refuses to deploy until the stack sets them.</summary>
    public IReadOnlyList<string> SecretsToSet { get; init; } = [];

    /// <summary>The jurisdiction's foundation program, when bootstrap was given a repository (<c>--github-repo</c>).</summary>
    public Foundation.FoundationResult? Foundation { get; init; }
}

/// <summary>
/// Prepares a new stack for a region: the first free address range of its jurisdiction (no overlap
/// with any stack of the project), the region's zones for the tier, the portable settings of a
/// stack to start from (adapted to the region where they depend on it), and proof that it
/// synthesizes. Pure: it reads the existing stacks it is given and writes nothing.
/// </summary>
public sealed class StackBootstrapper(RegionCatalog regions, Synthesizer synthesizer)
{
    /// <summary>Steps reported to <c>progress</c>, in order.</summary>
    public static IReadOnlyList<string> Steps { get; } =
        ["checking the request", "allocating an address range", "carrying settings over", "synthesizing the new stack"];

    /// <exception cref="InfraException">The request is invalid, or the stack it gives would not synthesize; every problem is listed.</exception>
    public BootstrapResult Prepare(BootstrapRequest request, string project, IReadOnlyList<ExistingStack> existing, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(existing);
        progress?.Report(Steps[0]);
        var diagnostics = new DiagnosticBag();
        var (cloud, region, tier, source) = CheckRequest(request, existing, diagnostics);
        // An unknown --from is reported once, not again as every setting it would have given.
        var missing = request.From is not null && source is null ? new DiagnosticBag() : diagnostics;
        var owner = Portable(request.Owner, source, ConfigKeys.Owner, "--owner", project, missing);
        var costCenter = Portable(request.CostCenter, source, ConfigKeys.CostCenter, "--cost-center", project, missing);
        var orgPrefix = Portable(request.OrgPrefix, source, ConfigKeys.OrgPrefix, "--org-prefix", project, missing);
        diagnostics.ThrowIfErrors();

        progress?.Report(Steps[1]);
        var vpc = CidrPlanner.AllocateVpc(region!.Jurisdiction, TakenRanges(existing, project));
        var zones = region.Zones.Take(TierDefaults.ZoneCount(tier!.Value)).ToImmutableArray();

        progress?.Report(Steps[2]);
        var notes = new List<string>();
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ConfigKeys.Tier] = EnvironmentNames.Of(tier.Value),
            [ConfigKeys.Cloud] = EnvironmentNames.Of(cloud!.Value),
            [ConfigKeys.Region] = region.Code,
            [ConfigKeys.Zones] = JsonSerializer.Serialize(zones, BootstrapJson.Default.ImmutableArrayString),
            [ConfigKeys.Owner] = owner!,
            [ConfigKeys.CostCenter] = costCenter!,
            [ConfigKeys.OrgPrefix] = orgPrefix!,
            [ConfigKeys.VpcCidr] = vpc.ToString(),
        };
        if (request.DeployNetwork is { } deployNetwork)
        {
            values[ConfigKeys.DeployNetwork] = deployNetwork;
        }

        if (request.Ci is { } ci)
        {
            values[ConfigKeys.Ci] = ci;
        }

        var (backend, secretsProvider) = StateOf(request, source, region, project, notes);
        var foundation = request.GithubRepository is { } repository
            ? FoundationFor(request, repository, region, project, existing, new ExistingStack(request.StackName, Plain(values, project)))
            : null;
        if (foundation is not null)
        {
            var planned = Foundation.FoundationComposer.StateOf(foundation.Spec);
            backend ??= planned.Backend;
            secretsProvider ??= planned.SecretsProvider;
            if (backend != planned.Backend || secretsProvider != planned.SecretsProvider)
            {
                notes.Add($"the stack keeps the backend and key asked for or carried over; the {EnvironmentNames.Of(region.Jurisdiction)} foundation creates {planned.Backend} and {planned.SecretsProvider}");
            }
        }

        if (backend is not null)
        {
            values[ConfigKeys.StateBackend] = backend;
        }

        if (source is not null)
        {
            CarryOver(request.StackName, source, project, values, notes);
        }

        // Asked for on the command line: wins over the source's (a China stack started from a global one needs its own).
        if (request.RegistryMirror is { } mirror)
        {
            values[ConfigKeys.RegistryMirror] = mirror;
        }

        var config = Plain(values, project, secretsProvider);

        progress?.Report(Steps[3]);
        SynthesisResult synthesized;
        try
        {
            synthesized = synthesizer.Synthesize(request.StackName, project, config, existing);
        }
        catch (InfraException error)
        {
            throw new InfraException(
                [Diagnostic.Error(BootstrapCodes.WouldNotSynthesize, "--stack", $"the stack '{request.StackName}' bootstrap prepared would not synthesize; nothing was written"),
                 .. error.Diagnostics]);
        }

        var ordered = BootstrapKeys.WriteOrder.Where(values.ContainsKey)
            .Concat(values.Keys.Where(key => !BootstrapKeys.WriteOrder.Contains(key)).Order(StringComparer.Ordinal))
            .Select(key => KeyValuePair.Create($"{project}:{key}", ConfigValue.Plain(values[key])));
        var comment = $"{EnvironmentNames.Of(tier.Value)} on {EnvironmentNames.Of(cloud.Value)} {region.Code} ({region.Name}), written by `infra bootstrap`"
                      + (source is null ? "." : $" from {source.Name}.");
        var text = StackFileWriter.Write(comment, ordered, project, ConfigSchema.Default, secretsProvider);
        return new BootstrapResult(request.StackName, StackFile.FileName(request.StackName), text, config, vpc, zones, notes)
        {
            Foundation = foundation,
            SecretsToSet = [.. synthesized.Stack.ConfigDeclarations.Values
                .Where(declaration => declaration.Secret)
                .Select(declaration => synthesized.Stack.FullConfigKey(declaration.Key))
                .Order(StringComparer.Ordinal)],
        };
    }

    private static StackConfig Plain(Dictionary<string, string> values, string project, string? secretsProvider = null) =>
        new(values.Select(entry => KeyValuePair.Create($"{project}:{entry.Key}", ConfigValue.Plain(entry.Value)))) { SecretsProvider = secretsProvider };

    /// <summary>The foundation of the new stack's jurisdiction with the new stack among its members (its cloud may need CI roles).</summary>
    private Foundation.FoundationResult FoundationFor(BootstrapRequest request, string repository, RegionInfo region, string project, IReadOnlyList<ExistingStack> existing, ExistingStack newcomer)
    {
        var spec = new Foundation.FoundationPlanner(regions).Plan(
            new Foundation.FoundationRequest(EnvironmentNames.Of(region.Jurisdiction), repository, request.StateRegion), project, existing, newcomer);
        return Foundation.FoundationProgram.Synthesize(spec, regions, synthesizer.Pack);
    }

    private (Cloud? Cloud, RegionInfo? Region, Tier? Tier, ExistingStack? Source) CheckRequest(
        BootstrapRequest request, IReadOnlyList<ExistingStack> existing, DiagnosticBag diagnostics)
    {
        var names = existing.Select(stack => stack.Name).Order(StringComparer.Ordinal).ToList();
        if (!LogicalNames.IsValid(request.StackName))
        {
            diagnostics.Error(BootstrapCodes.InvalidOption, "--stack", $"'{request.StackName}': {LogicalNames.Describe(request.StackName)}; stack names become part of resource names");
        }
        else if (names.Contains(request.StackName))
        {
            diagnostics.Error(BootstrapCodes.StackExists, "--stack",
                $"'{request.StackName}' exists ({StackFile.FileName(request.StackName)}); bootstrap never overwrites a stack: choose another name, or edit that file");
        }

        Cloud? cloud = EnvironmentNames.TryParseCloud(request.Cloud, out var parsedCloud) ? parsedCloud : null;
        if (cloud is null)
        {
            diagnostics.Error(BootstrapCodes.InvalidOption, "--cloud",
                $"'{request.Cloud}' is not a cloud; allowed: {string.Join(", ", EnvironmentNames.Clouds.Select(EnvironmentNames.Of))}");
        }

        var region = cloud is { } known ? regions.Find(known, request.Region) : null;
        if (cloud is { } c && region is null)
        {
            diagnostics.Error(BootstrapCodes.InvalidOption, "--region",
                $"'{request.Region}' is not a {EnvironmentNames.Of(c)} region in the region catalog; allowed: {string.Join(", ", regions.CodesFor(c))}");
        }

        Tier? tier = EnvironmentNames.TryParseTier(request.Tier, out var parsedTier) ? parsedTier : null;
        if (tier is null)
        {
            diagnostics.Error(BootstrapCodes.InvalidOption, "--tier",
                $"'{request.Tier}' is not a tier; allowed: {string.Join(", ", EnvironmentNames.Tiers.Select(EnvironmentNames.Of))}");
        }

        var source = request.From is null ? null : existing.FirstOrDefault(stack => stack.Name == request.From);
        if (request.From is not null && source is null)
        {
            diagnostics.Error(BootstrapCodes.UnknownSourceStack, "--from",
                $"'{request.From}' is not a stack of this project; stacks here: {(names.Count == 0 ? "none" : string.Join(", ", names))}");
        }

        return (cloud, region, tier, source);
    }

    private static string? Portable(string? given, ExistingStack? source, string key, string option, string project, DiagnosticBag diagnostics)
    {
        if (given is not null)
        {
            return given;
        }

        if (source?.Config[$"{project}:{key}"]?.Text is { Length: > 0 } copied)
        {
            return copied;
        }

        diagnostics.Error(BootstrapCodes.MissingOption, option, $"is required (the stack's {project}:{key}) unless --from names a stack to copy it from");
        return null;
    }

    /// <summary>Every range the project's stacks use, so the new one overlaps none.</summary>
    private static List<IPNetwork2> TakenRanges(IReadOnlyList<ExistingStack> existing, string project)
    {
        var taken = new List<IPNetwork2>();
        var diagnostics = new DiagnosticBag();
        foreach (var stack in existing)
        {
            if (stack.Config[$"{project}:{ConfigKeys.VpcCidr}"]?.Text is not { } text)
            {
                continue;
            }

            if (CidrPlanner.TryParseExact(text, out var range))
            {
                taken.Add(range);
            }
            else
            {
                diagnostics.Error(BootstrapCodes.UnreadableStack, $"{StackFile.FileName(stack.Name)}: {project}:{ConfigKeys.VpcCidr}",
                    $"'{text}' is not a CIDR block, so the ranges in use are unknown; fix that file first");
            }
        }

        diagnostics.ThrowIfErrors();
        return taken;
    }

    /// <summary>Copies, then adapts (adapters see the copied keys: a pool's team must exist).</summary>
    private void CarryOver(string stackName, ExistingStack source, string project, Dictionary<string, string> values, List<string> notes)
    {
        var adapted = new List<(string Key, string FullKey, string Value)>();
        foreach (var (fullKey, value) in source.Config.Values)
        {
            if (!fullKey.StartsWith(project + ":", StringComparison.Ordinal))
            {
                notes.Add($"{fullKey} was not copied: only {project}: keys are carried over");
                continue;
            }

            var key = fullKey[(project.Length + 1)..];
            var handling = BootstrapKeys.HandlingOf(key);
            if (value.IsSecret || value.Text is null)
            {
                if (handling is KeyHandling.Copied or KeyHandling.Adapted && !values.ContainsKey(key))
                {
                    notes.Add($"{fullKey} is a secret and was not copied; set it with `pulumi config set --secret {fullKey} <value>`");
                }

                continue;
            }

            switch (handling)
            {
                case KeyHandling.Copied:
                    values.TryAdd(key, value.Text);
                    break;
                case KeyHandling.Adapted:
                    adapted.Add((key, fullKey, value.Text));
                    break;
                case KeyHandling.Dropped:
                    notes.Add($"{fullKey} was not copied: it belongs to {source.Name}'s region or tier; the default applies");
                    break;
                case KeyHandling.Decided:
                    break;
            }
        }

        foreach (var (key, fullKey, text) in adapted)
        {
            var (value, adapterNotes) = BootstrapKeys.Adapters[key](fullKey, text, candidate => ErrorsWith(stackName, project, values, key, candidate));
            notes.AddRange(adapterNotes);
            if (value is not null)
            {
                values[key] = value;
            }
        }
    }

    /// <summary>
    /// The new stack's backend and secrets provider: those asked for, else the --from stack's where
    /// they are in the new stack's jurisdiction (state never follows a source across the border).
    /// Whatever is chosen, the synthesis judges it (MLC-RES-003), so a China stack whose state would
    /// leave China is refused before anything is written.
    /// </summary>
    private (string? Backend, string? SecretsProvider) StateOf(BootstrapRequest request, ExistingStack? source, RegionInfo region, string project, List<string> notes)
    {
        var backend = request.StateBackend ?? Carried(source?.Config[$"{project}:{ConfigKeys.StateBackend}"]?.Text, StateLocation.OfBackend, "--state-backend");
        var secretsProvider = request.SecretsProvider ?? Carried(source?.Config.SecretsProvider, StateLocation.OfSecretsProvider, "--secrets-provider");
        return (backend, secretsProvider);

        string? Carried(string? value, Func<string?, StateLocation> locate, string option)
        {
            if (value is null)
            {
                return null;
            }

            var location = locate(value);
            if (location.Kind == StateLocationKind.Region && regions.JurisdictionOf(location.Region!) == region.Jurisdiction)
            {
                return value;
            }

            notes.Add($"{source!.Name}'s {value} was not copied: {location.Description} is not in {region.Code}'s jurisdiction; pass {option}");
            return null;
        }
    }

    /// <summary>The errors about <paramref name="key"/> when the new stack's spec is read with <paramref name="candidate"/> as its value.</summary>
    private List<Diagnostic> ErrorsWith(string stackName, string project, Dictionary<string, string> values, string key, string candidate)
    {
        var trial = values.Where(entry => entry.Key != key)
            .Append(KeyValuePair.Create(key, candidate))
            .Select(entry => KeyValuePair.Create($"{project}:{entry.Key}", ConfigValue.Plain(entry.Value)));
        var fullKey = $"{project}:{key}";
        try
        {
            _ = new EnvironmentSpecReader(regions).Read(stackName, project, new StackConfig(trial));
            return [];
        }
        catch (InfraException error)
        {
            return [.. error.Diagnostics.Where(diagnostic => diagnostic.IsError && (diagnostic.Subject == fullKey
                || diagnostic.Subject.StartsWith(fullKey + ".", StringComparison.Ordinal)
                || diagnostic.Subject.StartsWith(fullKey + "[", StringComparison.Ordinal)))];
        }
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(ImmutableArray<string>))]
internal sealed partial class BootstrapJson : System.Text.Json.Serialization.JsonSerializerContext;
