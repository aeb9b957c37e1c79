using Infra.Compliance.Engine;
using Infra.Components.Monitoring;
using Infra.Components.Networking;
using Infra.Components.Storage;
using Infra.Core.Diagnostics;
using Infra.Platform.Environment;

namespace Infra.Stacks.Specs;

/// <summary>
/// Everything one stack is made of, decided before any resource exists: where it runs and what
/// it contains. Built from the stack name and config by <see cref="EnvironmentSpecReader"/>, with
/// tier defaults filled in; composed into resources by the stack composer.
/// </summary>
public sealed record EnvironmentSpec
{
    /// <summary>The project whose keys (<c>project:key</c>) the spec was read from; the program declares it.</summary>
    public required string Project { get; init; }

    /// <summary>The config keys the stack sets (full, <c>project:key</c>): the program declares only config it reads, and reads only what is set.</summary>
    public required IReadOnlyCollection<string> ConfigKeys { get; init; }

    public required StackEnvironment Environment { get; init; }

    /// <summary>The stack's network: address plan, NAT strategy, flow logs.</summary>
    public required NetworkArgs Network { get; init; }

    /// <summary>The stack's ML data buckets and their replicas.</summary>
    public required MlDataStorageArgs Storage { get; init; }

    /// <summary>Monitoring sizes, SLOs and alert receivers; each cluster's <see cref="MonitoringStack"/> is made from it.</summary>
    public required MonitoringSpec Monitoring { get; init; }

    /// <summary>The stack's Kubernetes cluster, GPU pools and teams.</summary>
    public required ComputeSpec Compute { get; init; }

    /// <summary>How CI reaches the stack (<c>ml-platform:ci</c>); null when it does not say.</summary>
    public Infra.Platform.Ci.CiSettings? Ci { get; init; }

    /// <summary>Warnings found while reading the spec (nothing stops the synthesis).</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; init; } = [];

    /// <summary>Compliance findings the stack accepts on purpose, each with its reason.</summary>
    public IReadOnlyList<Suppression> Suppressions { get; init; } = [];
}
