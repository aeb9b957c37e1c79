using System.Collections.Immutable;
using Infra.Core.Resources;
using Infra.Platform.Catalog;
using Infra.Platform.State;
using Infra.Platform.Supply;

namespace Infra.Platform.Environment;

/// <summary>
/// Where and how one stack runs: tier, cloud, region and zones, ownership tags and the naming
/// prefix. Every component receives it, so one component API serves China and global stacks.
/// </summary>
public sealed record StackEnvironment
{
    public required string StackName { get; init; }

    public required Tier Tier { get; init; }

    public required Cloud Cloud { get; init; }

    public required RegionInfo Region { get; init; }

    /// <summary>The zones the stack spreads over, in order.</summary>
    public required ImmutableArray<string> Zones { get; init; }

    public required StandardTags Tags { get; init; }

    /// <summary>Short organisation prefix for globally unique names (bucket names).</summary>
    public required string OrgPrefix { get; init; }

    /// <summary>
    /// Alibaba Cloud: the KMS instance the stack's keys in its own region are created in (config
    /// <c>kmsInstanceId</c>); null, or a key in another region (a replica's), makes default keys,
    /// which only accounts from before KMS 3.0 can have more than one of per region.
    /// </summary>
    public KmsInstance? KmsInstance { get; init; }

    /// <summary>Where the stack's Pulumi state and the key of its secrets live (judged by the residency rules).</summary>
    public StackState State { get; init; } = StackState.Undeclared;
    /// <summary>
    /// Where the stack's images and charts come from (<c>ml-platform:registryMirror</c>): a component that
    /// runs an image of its own writes <c>Images.Reference(upstream)</c>; Helm releases are rewritten by
    /// the supply-chain pass. Upstream when the stack sets no mirror (global stacks only).
    /// </summary>
    public ContainerImages Images { get; init; } = ContainerImages.Upstream;

    public Jurisdiction Jurisdiction => Region.Jurisdiction;

    public bool IsProd => Tier == Tier.Prod;

    /// <summary>
    /// Options for a stateful resource (bucket, key, cluster): in prod, losing it must take a
    /// deliberate change, so it is protected and kept in the cloud if removed from the program.
    /// </summary>
    public ResourceOptions Stateful(ResourceOptions? options = null) =>
        IsProd
            ? (options ?? ResourceOptions.None) with { Protect = true, RetainOnDelete = true }
            : options ?? ResourceOptions.None;
}

/// <summary>A KMS instance and the region it lives in (an instance serves keys of its region only).</summary>
public sealed record KmsInstance(string Id, string Region);
