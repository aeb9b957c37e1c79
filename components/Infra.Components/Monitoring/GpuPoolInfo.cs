namespace Infra.Components.Monitoring;

/// <summary>
/// What monitoring needs to know about a GPU node pool, in plain terms (so it does not depend on
/// the cluster's classes): its name (the <c>ml-platform.io/pool</c> label of its nodes), the
/// catalog key of its GPU model, GPUs per node and the most nodes it may scale to.
/// </summary>
public sealed record GpuPoolInfo(string Name, string GpuModel, int GpusPerNode, int MaxNodes)
{
    public int MaxGpus => GpusPerNode * MaxNodes;
}
