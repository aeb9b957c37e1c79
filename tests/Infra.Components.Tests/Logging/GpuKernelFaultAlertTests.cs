using Infra.Components.Logging;
using Infra.Components.Tests.Monitoring;

namespace Infra.Components.Tests.Logging;

/// <summary>
/// The GPU fault alert on the kernel log, extracted from a synthesized EKS stack and checked and
/// unit-tested by the real promtool: a node whose collector counts a new 'NVRM: Xid' line raises a
/// ticket; a node whose count does not move, however high, does not.
/// </summary>
public sealed class GpuKernelFaultAlertTests : IDisposable
{
    private readonly Promtool.WorkDirectory _work = new();

    public void Dispose() => _work.Dispose();

    private string RuleFile()
    {
        var (_, _, template) = LoggingFixtures.Build(TestEnvironments.AwsProd);
        var rules = RuleFiles.PrometheusRules(template);
        Assert.Single(rules);
        return RuleFiles.Write(_work.Path, "rules.yaml", rules, withoutAnnotations: true);
    }

    [Fact]
    public void Promtool_accepts_the_kernel_fault_rules()
    {
        var (exitCode, output) = Promtool.Run("check", "rules", RuleFile());

        Assert.True(exitCode == 0, output);
        Assert.Contains("SUCCESS", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_xid_line_in_a_nodes_kernel_log_raises_a_ticket_and_an_old_one_does_not()
    {
        var series = Clouds.KernelFaultCounter.GpuXid.Series;
        var rules = RuleFile();
        var test = Path.Combine(_work.Path, "test.yaml");
        File.WriteAllText(test, $$"""
            rule_files:
              - {{Path.GetFileName(rules)}}
            evaluation_interval: 1m
            tests:
              - interval: 1m
                input_series:
                  # The GPU fell off the bus at minute 3: DCGM sees nothing, the driver logs one Xid line.
                  - series: '{{series}}{node="gpu-node-1",pod="aws-for-fluent-bit-a"}'
                    values: '0 0 0 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1'
                  # Lines counted before the window, none since.
                  - series: '{{series}}{node="gpu-node-2",pod="aws-for-fluent-bit-b"}'
                    values: '7x24'
                alert_rule_test:
                  - eval_time: 2m
                    alertname: {{GpuKernelFaultRules.AlertName}}
                    exp_alerts: []
                  - eval_time: 5m
                    alertname: {{GpuKernelFaultRules.AlertName}}
                    exp_alerts:
                      - exp_labels: {severity: ticket, node: gpu-node-1}
                  # Ten minutes after the line, the window has passed it.
                  - eval_time: 20m
                    alertname: {{GpuKernelFaultRules.AlertName}}
                    exp_alerts: []
            """);

        var (exitCode, output) = Promtool.Run("test", "rules", test);

        Assert.True(exitCode == 0, output);
    }
}
