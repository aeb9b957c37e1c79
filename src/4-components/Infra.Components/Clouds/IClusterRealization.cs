namespace Infra.Components.Clouds;

/// <summary>How a cloud realizes the cluster decisions of the neutral component (placeholder of the seam; filled in with its members).</summary>
public interface IClusterRealization;
