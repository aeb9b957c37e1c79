using System.Collections.Immutable;
using Infra.Components.Compute;

namespace Infra.Stacks.Specs;

/// <summary>One GPU pool of the stack: its name (the component and label), its choices, and what they resolved to in the catalog.</summary>
public sealed record GpuPoolSpec(string Name, GpuNodePoolArgs Args, ResolvedGpuPool Resolved);

/// <summary>The stack's Kubernetes cluster, its GPU pools and the teams that use them.</summary>
public sealed record ComputeSpec
{
    public required KubernetesClusterArgs Cluster { get; init; }

    public ImmutableArray<GpuPoolSpec> GpuPools { get; init; } = [];

    public ImmutableArray<TeamSpec> Teams { get; init; } = [];
}
