using Infra.Components.Networking;
using Infra.Platform.Environment;

namespace Infra.Components.Clouds;

/// <summary>How a cloud realizes a <see cref="Network"/>: the VPC, subnets, egress and flow logs its args ask for.</summary>
public interface INetworkRealization
{
    /// <summary>Adds the cloud's network resources to <paramref name="owner"/> and hands back what the cluster builds on.</summary>
    internal BuiltNetwork Build(Network owner, StackEnvironment environment, NetworkArgs args);
}
