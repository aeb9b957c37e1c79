namespace Infra.Components.Clouds.Aws;

/// <summary>One node group's size range.</summary>
internal readonly record struct NodeGroupSize(int Min, int Desired, int Max);

/// <summary>
/// How a spot-with-fallback pool's sizes are shared by its two EKS node groups so that, together,
/// they never exceed the pool's: the maxima add up to the pool's maximum (spot gets the larger
/// half), and the minimum and initial size go to spot first, the rest to on-demand. A pool's
/// maximum is then the most nodes it can ever run, which the cost estimate and the recorded
/// maximum rely on. Needs a maximum of 2 or more (<see cref="EksGpuNodePool.Check"/>).
/// </summary>
internal sealed record SpotFallbackSplit(NodeGroupSize Spot, NodeGroupSize Fallback)
{
    public static SpotFallbackSplit Of(int min, int desired, int max)
    {
        if (max < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(max), max, "a spot-with-fallback pool needs a maximum of 2 or more");
        }

        var fallbackMax = max / 2;
        var spotMax = max - fallbackMax;
        var spotMin = Math.Min(min, spotMax);
        var spotDesired = Math.Min(desired, spotMax);
        return new SpotFallbackSplit(
            new NodeGroupSize(spotMin, spotDesired, spotMax),
            new NodeGroupSize(min - spotMin, desired - spotDesired, fallbackMax));
    }
}
