using Infra.Platform.Facts;

namespace Infra.Compliance.Rules.Deployability;

/// <summary>
/// The AWS partition a resource is created in: the region catalog's partition of its provider's
/// region, else the stack's; null when neither is an AWS partition.
/// </summary>
internal static class AwsPartitions
{
    public static AwsPartitionFacts? Of(Resource resource, ComplianceContext context)
    {
        // A code can stand in more than one cloud's list (us-east-1 is an AWS and an Alibaba Cloud
        // region): the first entry whose partition is an AWS one decides.
        var region = ComplianceContext.RegionOf(resource);
        var own = region is null
            ? null
            : context.Regions.Regions.Where(entry => entry.Code == region).Select(entry => Known(entry.Partition)).FirstOrDefault(partition => partition is not null);
        return own ?? Known(context.Environment.Region.Partition);
    }

    private static AwsPartitionFacts? Known(string partition) =>
        AwsPartitionFacts.All.FirstOrDefault(facts => facts.Name == partition);
}
