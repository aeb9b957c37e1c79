namespace Infra.Components.Clouds;

/// <summary>How a cloud realizes the bucket decisions of the neutral component (placeholder of the seam; filled in with its members).</summary>
public interface IBucketRealization;
