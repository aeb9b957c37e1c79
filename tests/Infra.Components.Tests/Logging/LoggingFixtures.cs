using Infra.Components.Logging;

namespace Infra.Components.Tests.Logging;

/// <summary>A stack with a network, a cluster and its logging, for the logging tests.</summary>
internal static class LoggingFixtures
{
    public static (Stack Stack, ClusterLogging Logging, ProgramTemplate Template) Build(StackEnvironment environment)
    {
        var (stack, cluster) = ClusterTestStacks.Build(environment);
        var logging = new ClusterLogging(stack, "logging", environment, new ClusterLoggingArgs { Cluster = cluster },
            new ComponentOptions { Providers = [cluster.KubernetesProvider] });
        return (stack, logging, ProgramTemplate.From(stack));
    }
}
