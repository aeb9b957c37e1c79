namespace Infra.Stacks.Bootstrap;

/// <summary>What <c>infra bootstrap</c> was asked for, as given on the command line (checked by the bootstrapper).</summary>
public sealed record BootstrapRequest
{
    public required string StackName { get; init; }

    public required string Cloud { get; init; }

    public required string Region { get; init; }

    public string Tier { get; init; } = "dev";

    /// <summary>An existing stack whose portable settings (ownership, naming, GPU pools, teams…) the new one starts from.</summary>
    public string? From { get; init; }

    public string? Owner { get; init; }

    public string? CostCenter { get; init; }

    public string? OrgPrefix { get; init; }

    /// <summary>The Pulumi backend URL (config <c>stateBackend</c>); default: the --from stack's, when it is in the new stack's jurisdiction.</summary>
    public string? StateBackend { get; init; }

    /// <summary>
    /// The runners' network and the hub in the new region the VPC joins it through (config
    /// <c>deployNetwork</c>, as JSON): a transit gateway or transit router is regional, so it is never copied.
    /// </summary>
    public string? DeployNetwork { get; init; }

    /// <summary>How CI reaches the new stack (config <c>ci</c>, as JSON: runner, account): a runner serves one region's network, so it is never copied.</summary>
    public string? Ci { get; init; }

    /// <summary>The registry mirror (config <c>registryMirror</c>, as JSON); default: the --from stack's where the new stack accepts it.</summary>
    public string? RegistryMirror { get; init; }

    /// <summary>The stack file's <c>secretsprovider:</c>; default: the --from stack's, when its key is in the new stack's jurisdiction.</summary>
    public string? SecretsProvider { get; init; }

    /// <summary>
    /// The GitHub repository (<c>owner/name</c>) whose workflows deploy: when given, bootstrap also writes
    /// the jurisdiction's foundation program (state bucket, secrets key, CI roles; <c>infra foundation</c>)
    /// and, unless a backend and key were asked for or carried over, points the new stack at them.
    /// </summary>
    public string? GithubRepository { get; init; }

    /// <summary>With <see cref="GithubRepository"/>: the AWS region of the foundation's state bucket and key.</summary>
    public string? StateRegion { get; init; }
}
