using Infra.Components.Clouds.Alicloud;
using Infra.Components.Clouds.Aws;
using Infra.Platform;

namespace Infra.Components.Clouds;

/// <summary>
/// The one place that maps a cloud to its realizations. Exhaustive: a cloud without a case throws
/// here instead of getting another cloud's behaviour. AWS China is AWS in the <c>aws-cn</c>
/// partition: the AWS realizations read the partition from the stack's region.
/// </summary>
public static class CloudRealizations
{
    public static CloudRealization For(Cloud cloud) => cloud switch
    {
        Cloud.Aws or Cloud.AwsChina => AwsCloud.Realization,
        Cloud.Alicloud => AlicloudCloud.Realization,
        _ => throw new ArgumentOutOfRangeException(nameof(cloud), cloud, "a cloud without realizations: add its folder under Clouds/ and a case in CloudRealizations.For"),
    };

    /// <summary>The realizations of the stack's cloud.</summary>
    public static CloudRealization Realization(this StackEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return For(environment.Cloud);
    }
}
