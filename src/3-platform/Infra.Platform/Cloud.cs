namespace Infra.Platform;

/// <summary>The cloud a stack runs on. AWS China is its own partition (aws-cn) with the same provider.</summary>
public enum Cloud
{
    Aws,
    AwsChina,
    Alicloud,
}

/// <summary>
/// What the layers below components need to know of a cloud: its config spelling, its Pulumi package, who sells its GPU instances,
/// and whether its KMS has dedicated instances that keys are created in (config <c>kmsInstanceId</c>).
/// </summary>
public sealed record CloudTraits(Cloud Cloud, string Name, string Package, string InstanceProvider, bool KmsInstances = false);

/// <summary>
/// The clouds the platform knows. The one switch over <see cref="Cloud"/> below components; the
/// components' realizations are picked by the one switch above them (<c>Infra.Components.Clouds.CloudRealizations</c>).
/// A cloud added to the enum and not here throws rather than getting another cloud's traits.
/// </summary>
public static class Clouds
{
    /// <summary>Instance types of provider <c>ec2</c> serve AWS and AWS China.</summary>
    public const string Ec2 = "ec2";

    /// <summary>Instance types of provider <c>ecs</c> serve Alibaba Cloud.</summary>
    public const string Ecs = "ecs";

    public static IReadOnlyList<Cloud> All { get; } = Enum.GetValues<Cloud>();

    public static CloudTraits TraitsOf(Cloud cloud) => cloud switch
    {
        Cloud.Aws => new(cloud, "aws", "aws", Ec2),
        Cloud.AwsChina => new(cloud, "aws-cn", "aws", Ec2),
        Cloud.Alicloud => new(cloud, "alicloud", "alicloud", Ecs, KmsInstances: true),
        _ => throw new ArgumentOutOfRangeException(nameof(cloud), cloud, "a cloud without traits: add it to Clouds.TraitsOf"),
    };
}
