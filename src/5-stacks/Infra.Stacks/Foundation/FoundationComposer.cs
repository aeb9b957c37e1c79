using System.Collections.Immutable;
using Infra.Components.Clouds;
using Infra.Components.Delivery;
using Infra.Components.Security;
using Infra.Components.Storage;
using Infra.Core.Expressions;
using Infra.Core.Graph;
using Infra.Core.Values;
using Infra.Platform;
using Infra.Platform.Catalog;
using Infra.Platform.Ci;
using Infra.Platform.Environment;
using Infra.Platform.State;

namespace Infra.Stacks.Foundation;

/// <summary>
/// The foundation of a jurisdiction, the one program that must exist before any stack of it: the
/// versioned, encrypted, private, protected bucket its stacks keep their Pulumi state in (with its
/// access-log bucket), the KMS key that encrypts their secrets, and GitHub's OIDC provider and the
/// CI roles in each of its accounts. Its own state is local (docs/state.md): it cannot live in the
/// bucket it creates.
/// </summary>
public static class FoundationComposer
{
    /// <summary>Where a stack of the foundation's jurisdiction keeps its state and its secrets' key.</summary>
    public static StackState StateOf(FoundationSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var environment = EnvironmentOf(spec, spec.StateRegion);
        return new StackState(
            $"s3://{BucketNames.For(environment, StatePurpose)}?region={spec.StateRegion.Code}",
            $"awskms://{EncryptionKey.AliasFor(environment, SecretsPurpose)}?region={spec.StateRegion.Code}");
    }

    public const string StatePurpose = "pulumi-state";

    public const string SecretsPurpose = "pulumi-secrets";

    /// <summary>The lock files of a DIY backend (Pulumi docs, "Using a DIY backend": locking is on by default).</summary>
    public const string LockPrefix = ".pulumi/locks/";

    public static Stack Compose(FoundationSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var environment = EnvironmentOf(spec, spec.StateRegion);
        var stack = new Stack(spec.StackName, FoundationSpec.Project)
        {
            ProjectFile = new ProjectFile("yaml", "infra foundation"),
            Description = $"ML platform foundation, {EnvironmentNames.Of(spec.Jurisdiction)}: Pulumi state and secrets key in {spec.StateRegion.Code}, GitHub Actions roles",
        };
        stack.UseProvider(RegionalProviders.For(stack, environment, spec.StateRegion.Code));

        var logs = new StorageBucket(stack, "state-logs", environment, new StorageBucketArgs
        {
            Class = DataClass.Logs,
            Purpose = StatePurpose + "-logs",
            IsAccessLogTarget = true,
        });
        var state = new StorageBucket(stack, "state", environment, new StorageBucketArgs
        {
            Class = DataClass.Custom,
            Purpose = StatePurpose,
            AccessLogs = logs,
        });
        var secrets = new EncryptionKey(stack, "secrets", environment, new EncryptionKeyArgs
        {
            Purpose = SecretsPurpose,
            Description = $"ml-platform: encrypts the Pulumi secrets of every {EnvironmentNames.Of(spec.Jurisdiction)} stack",
        });

        var identity = new CiIdentity(stack, $"github-{EnvironmentNames.Of(environment.Cloud)}", environment, spec.Repository, PreviewStateAccess(state, secrets));
        var others = spec.IdentityRegions.Select(region =>
        {
            var other = EnvironmentOf(spec, region);
            var provider = RegionalProviders.For(stack, other, region.Code);
            return (Region: region, Identity: new CiIdentity(stack, $"github-{EnvironmentNames.Of(region.Cloud)}", other, spec.Repository, [],
                new ComponentOptions { Providers = [provider] }));
        }).ToList();

        var stackState = StateOf(spec);
        stack.Export("stateBackend", new StringValue(stackState.Backend!));
        stack.Export("secretsProvider", new StringValue(stackState.SecretsProvider!));
        stack.Export("stateBucket", state.Id);
        Export(stack, EnvironmentNames.Of(environment.Cloud), identity);
        foreach (var (region, other) in others)
        {
            Export(stack, EnvironmentNames.Of(region.Cloud), other);
        }

        return Components.Aspects.StandardAspects.Apply(stack, environment);
    }

    /// <summary>
    /// What <c>pulumi preview</c> does with the state beyond reading the cloud: read the checkpoint,
    /// write and remove its lock file, and decrypt the objects (SSE-KMS) and the stack's secrets.
    /// Whether a DIY preview takes the lock is not checked here; the grant covers it either way.
    /// </summary>
    private static ImmutableArray<PolicyStatement> PreviewStateAccess(StorageBucket state, EncryptionKey secrets) =>
    [
        new PolicyStatement { Sid = "ReadState", Actions = ["s3:GetObject", "s3:ListBucket"], Resources = state.ResourceArns },
        new PolicyStatement
        {
            Sid = "TakeLock",
            Actions = ["s3:PutObject", "s3:DeleteObject"],
            Resources = [Output.Format($"{state.ResourceArns[0]}/{LockPrefix}*")],
        },
        new PolicyStatement
        {
            Sid = "DecryptStateAndSecrets",
            Actions = ["kms:Decrypt", "kms:GenerateDataKey"],
            Resources = [.. state.Key is { } key ? [key.KeyArn] : Array.Empty<Input<string>>(), secrets.KeyArn],
        },
    ];

    private static void Export(Stack stack, string cloud, CiIdentity identity)
    {
        stack.Export($"{cloud}-github-provider", identity.ProviderArn);
        foreach (var (role, arn) in identity.RoleArns)
        {
            stack.Export($"{cloud}-{CiRoles.Suffix(role)}-role", arn);
        }
    }

    /// <summary>
    /// The foundation as an environment: prod (protected, retained, longest key window) in the given
    /// region, named after the jurisdiction so its bucket and key names are stable and its own.
    /// </summary>
    internal static StackEnvironment EnvironmentOf(FoundationSpec spec, RegionInfo region) => new()
    {
        StackName = spec.StackName,
        Tier = Tier.Prod,
        Cloud = region.Cloud,
        Region = region,
        Zones = region.Zones,
        Tags = new StandardTags(spec.Owner, spec.CostCenter, Tier.Prod, spec.StackName),
        OrgPrefix = spec.OrgPrefix,
        State = new StackState(LocalBackend, "passphrase"),
    };

    /// <summary>The foundation's own state: on the disk of whoever bootstraps the jurisdiction (docs/state.md says where to keep it).</summary>
    public const string LocalBackend = "file://./state";
}
