using Infra.Components.Compute;
using Infra.Components.Monitoring;
using Infra.Providers.Kubernetes.Yaml.V2;

namespace Infra.Components.Logging;

/// <summary>What <see cref="ClusterLogging"/> needs from the stack.</summary>
public sealed record ClusterLoggingArgs
{
    /// <summary>The cluster whose containers and nodes are logged.</summary>
    public required KubernetesCluster Cluster { get; init; }

    /// <summary>The namespace of the monitoring stack's rules (its Prometheus selects rules there).</summary>
    public string RulesNamespace { get; init; } = "monitoring";

    /// <summary>
    /// What the collector waits for: the monitoring release, whose CRDs the collector's scrape target and
    /// the fault alert are, and the cluster's nodes.
    /// </summary>
    public ImmutableArray<Resource> WaitFor { get; init; } = [];
}

/// <summary>
/// The cluster's logs, collected on every node and kept in the stack's region: container logs and
/// node logs (kubelet, runtime, kernel), each in a store of its own, retained per tier
/// (<see cref="LogRetention"/>), encrypted at rest. EKS: Fluent Bit to CloudWatch Logs; ACK: logtail
/// to Simple Log Service (<see cref="ILoggingRealization"/>). Where the collector counts the kernel's
/// GPU Xid lines, the stack's Prometheus scrapes the count and alerts on it
/// (<see cref="GpuKernelFaultRules"/>). Create it under the cluster's Kubernetes provider.
/// </summary>
public sealed class ClusterLogging : Component
{
    public ClusterLogging(Scope parent, string name, StackEnvironment environment, ClusterLoggingArgs args, ComponentOptions? options = null)
        : base(parent, name, options)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(args);
        var realization = environment.Realization().Logging;
        Service = realization.Service;
        RetentionDays = LogRetention.DaysFor(environment.Tier);
        if (!realization.AcceptsRetention(RetentionDays))
        {
            Report(Diagnostic.Error(LoggingCodes.RetentionNotAccepted, $"{Path}.retentionDays",
                $"{RetentionDays} days is not a retention {Service} accepts; allowed: {realization.AllowedRetention}"));
        }

        var shipped = realization.Ship(this, environment, args.Cluster, new LoggingPlan(
            RetentionDays, LogStream.All, KernelFaultCounter.GpuXid, [.. args.Cluster.ReadyForVolumes, .. args.WaitFor]));
        Destinations = shipped.Destinations;
        if (shipped.KernelFaults is { } scrape)
        {
            _ = new ConfigGroup(this, "gpu-fault-alert", new ConfigGroupArgs
            {
                Objs = [ServiceMonitor(scrape), MonitoringStack.PrometheusRuleObject(GpuKernelFaultRules.Group(KernelFaultCounter.GpuXid), args.RulesNamespace)],
            }, new ResourceOptions { DependsOn = args.WaitFor });
        }

        KernelFaultAlert = shipped.KernelFaults is not null;
    }

    public override string Kind => $"ClusterLogging ({Service})";

    /// <summary>The cloud's log service.</summary>
    public string Service { get; }

    public int RetentionDays { get; }

    /// <summary>Each stream's store, named the cloud's way.</summary>
    public ImmutableSortedDictionary<string, Output<string>> Destinations { get; }

    /// <summary>Whether the stack alerts on GPU Xid lines of the kernel log (false where the collector cannot count them).</summary>
    public bool KernelFaultAlert { get; }

    /// <summary>Scrapes the collector's counter; <c>node</c> comes from the pod's node, as the DCGM exporter's series.</summary>
    private static MapValue ServiceMonitor(KernelFaultScrape scrape) => Tree.Map(
        ("apiVersion", KubePrometheusStack.MonitoringApiVersion),
        ("kind", "ServiceMonitor"),
        ("metadata", Tree.Map(("name", "log-collector-kernel-faults"), ("namespace", scrape.Namespace))),
        ("spec", Tree.Map(
            ("selector", Tree.Map(("matchLabels", Tree.Map(scrape.Selector.Select(entry => KeyValuePair.Create(entry.Key, (object?)entry.Value)))))),
            ("endpoints", Tree.List(Tree.Map(
                ("port", scrape.Port),
                ("path", scrape.Path),
                ("interval", "60s"),
                ("relabelings", Tree.List(Tree.Map(
                    ("sourceLabels", Tree.List<string>(["__meta_kubernetes_pod_node_name"])),
                    ("targetLabel", "node"),
                    ("action", "replace"))))))))));
}
