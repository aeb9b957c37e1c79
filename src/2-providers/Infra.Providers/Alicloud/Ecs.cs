namespace Infra.Providers.Alicloud.Ecs;

/// <summary>Functions of the ecs module (alicloud 3.108.0).</summary>
public static class EcsFunctions
{
    /// <summary>
    /// The instance types a region or zone sells (<c>ids</c>, <c>instanceTypes</c>). With
    /// <c>availabilityZone</c> and <c>instanceType</c>, <c>ids</c> is empty when the zone does not
    /// sell the type (the provider drops SoldOut types from DescribeAvailableResource's answer).
    /// </summary>
    public const string GetInstanceTypes = "alicloud:ecs/getInstanceTypes:getInstanceTypes";
}
