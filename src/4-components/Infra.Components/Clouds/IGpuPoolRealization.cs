namespace Infra.Components.Clouds;

/// <summary>How a cloud realizes the GPU-pool decisions of the neutral component (placeholder of the seam; filled in with its members).</summary>
public interface IGpuPoolRealization;
