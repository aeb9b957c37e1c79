using Infra.Components.Monitoring;

namespace Infra.Components.Logging;

/// <summary>
/// The alert on GPU faults that only the kernel log shows. The DCGM exporter's <c>GpuXidError</c>
/// reads the XID a GPU reports to DCGM; a GPU that has fallen off the bus (Xid 79) or a node whose
/// exporter is down reports nothing, but the driver still writes <c>NVRM: Xid</c> to the kernel log.
/// The collector counts those lines per node; any new one raises a ticket.
/// </summary>
public static class GpuKernelFaultRules
{
    public const string AlertName = "GpuXidInKernelLog";

    /// <summary>How far back a new line counts: two scrapes of the collector and the evaluation that follows.</summary>
    public static TimeSpan Window { get; } = TimeSpan.FromMinutes(10);

    public static RuleGroup Group(KernelFaultCounter counter)
    {
        ArgumentNullException.ThrowIfNull(counter);
        return new RuleGroup("ml-platform-gpu-kernel-log", [
            new AlertingRule
            {
                Alert = AlertName,
                Expr = $"sum by (node) (increase({counter.Series}[{PromDuration.Format(Window)}])) > 0",
                Labels = Labels.Of(("severity", "ticket")),
                Annotations = Labels.Of(
                    ("summary", "Node {{ $labels.node }} logged an NVIDIA Xid error in its kernel log"),
                    ("description", "The GPU driver wrote 'NVRM: Xid' to the kernel log within the last 10 minutes. Read the node's log stream for the Xid code (79: the GPU fell off the bus; 48, 63, 64, 92, 94, 95: memory errors), cordon and drain the node, and follow the Xid's resolution in NVIDIA's Xid catalog.")),
            },
        ]);
    }
}
