using System.Collections.Immutable;
using Infra.Platform;
using Infra.Platform.Catalog;

namespace Infra.Stacks.Foundation;

/// <summary>
/// What a jurisdiction's foundation holds, decided before anything exists: the AWS (or AWS China) region
/// of its state bucket, secrets key and that account's CI roles; naming and ownership; the GitHub
/// repository (<c>owner/name</c>) whose workflows the CI roles trust; and a region of each other cloud
/// of the jurisdiction whose account gets CI roles too (Alibaba Cloud in China).
/// </summary>
public sealed record FoundationSpec(
    Jurisdiction Jurisdiction, RegionInfo StateRegion, string OrgPrefix, string Owner, string CostCenter, string Repository, ImmutableArray<RegionInfo> IdentityRegions)
{
    /// <summary>The project of the foundation programs (their own Pulumi project, with local state).</summary>
    public const string Project = "ml-platform-foundation";

    /// <summary>The foundation's stack name: <c>foundation-global</c>, <c>foundation-china</c>.</summary>
    public string StackName => $"foundation-{EnvironmentNames.Of(Jurisdiction)}";
}
