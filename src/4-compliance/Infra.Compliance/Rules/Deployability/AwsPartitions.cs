using Infra.Compliance.Engine;
using Infra.Platform;
using Infra.Platform.Facts;
using Infra.Core.Resources;

namespace Infra.Compliance.Rules.Deployability;

/// <summary>The AWS partition a resource is created in: its provider's region in the catalog, else the stack's.</summary>
internal static class AwsPartitions
{
    public static AwsPartitionFacts? Of(Resource resource, ComplianceContext context)
    {
        var region = ComplianceContext.RegionOf(resource);
        if (region is not null && context.Regions.Find(Cloud.AwsChina, region) is not null)
        {
            return AwsPartitionFacts.China;
        }

        if (region is not null && context.Regions.Find(Cloud.Aws, region) is not null)
        {
            return AwsPartitionFacts.Commercial;
        }

        return context.Environment.Region.Partition is "aws" or "aws-cn" ? AwsPartitionFacts.For(context.Environment.Region.Partition) : null;
    }
}
