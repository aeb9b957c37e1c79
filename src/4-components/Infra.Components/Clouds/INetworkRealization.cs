using Infra.Components.Networking;

namespace Infra.Components.Clouds;

/// <summary>How a cloud realizes a <see cref="Network"/>: the VPC, subnets, egress and flow logs its args ask for.</summary>
public interface INetworkRealization
{
    /// <summary>Adds the problems of a <see cref="DeployNetwork"/> that only this cloud has (which hub it joins through) to <paramref name="diagnostics"/>.</summary>
    void Check(DeployNetwork deploy, string subject, DiagnosticBag diagnostics);

    /// <summary>Adds the cloud's network resources to <paramref name="owner"/> and hands back what the cluster builds on.</summary>
    internal BuiltNetwork Build(Network owner, StackEnvironment environment, NetworkArgs args);
}
