using System.Globalization;
using System.Text;

namespace Infra.Cli.Tests.Prometheus;

/// <summary>
/// Eight hours of a prod-global cluster from 2026-01-01T00:00Z, one sample a minute, as OpenMetrics
/// text for <c>promtool tsdb create-blocks-from openmetrics</c>. What it holds, and so what the
/// reports must say:
/// <list type="bullet">
/// <item>research runs pod train-0 with all 8 GPUs of node train-1 (p5.48xlarge, pool gpu-train) the
/// whole time, GPUs 0–3 at 100% and 4–7 at 50%: 8 GPUs allocated, 6 used.</item>
/// <item>serving runs pod infer-0 with the one GPU of infer-1 (g6.xlarge, pool gpu-infer) at 40% until
/// 04:00, when it succeeds (kube-state-metrics keeps the pod, phase Succeeded).</item>
/// <item>The API server answers 1000 requests a minute; 2 of them fail until 04:00, 0.5 after: error
/// ratio 0.002, then 0.0005. Both GPU nodes are Ready throughout; no GPU pod waits.</item>
/// </list>
/// </summary>
internal static class KnownClusterData
{
    public static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset End = Start.AddHours(8);
    public static readonly DateTimeOffset ServingEnds = Start.AddHours(4);

    public static string OpenMetrics()
    {
        var text = new StringBuilder();
        var minutes = (int)(End - Start).TotalMinutes;
        void Series(string series, Func<int, double> value)
        {
            for (var minute = 0; minute <= minutes; minute++)
            {
                var time = Start.AddMinutes(minute).ToUnixTimeSeconds();
                text.Append(series).Append(' ').Append(value(minute).ToString("R", CultureInfo.InvariantCulture)).Append(' ')
                    .Append(time.ToString(CultureInfo.InvariantCulture)).Append('\n');
            }
        }

        bool Serving(int minute) => Start.AddMinutes(minute) < ServingEnds;
        const string Requests = "resource=\"nvidia_com_gpu\",unit=\"integer\"";

        Series("kube_node_labels{node=\"train-1\",label_ml_platform_io_pool=\"gpu-train\",label_ml_platform_io_gpu_model=\"h100\",label_node_kubernetes_io_instance_type=\"p5.48xlarge\"}", _ => 1);
        Series("kube_node_labels{node=\"infer-1\",label_ml_platform_io_pool=\"gpu-infer\",label_ml_platform_io_gpu_model=\"l4\",label_node_kubernetes_io_instance_type=\"g6.xlarge\"}", _ => 1);
        Series("kube_namespace_labels{namespace=\"research\",label_ml_platform_io_team=\"research\"}", _ => 1);
        Series("kube_namespace_labels{namespace=\"serving\",label_ml_platform_io_team=\"serving\"}", _ => 1);
        Series($"kube_pod_container_resource_requests{{namespace=\"research\",pod=\"train-0\",container=\"main\",node=\"train-1\",{Requests}}}", _ => 8);
        Series($"kube_pod_container_resource_requests{{namespace=\"serving\",pod=\"infer-0\",container=\"main\",node=\"infer-1\",{Requests}}}", _ => 1);
        Series("kube_pod_status_phase{namespace=\"research\",pod=\"train-0\",phase=\"Running\"}", _ => 1);
        Series("kube_pod_status_phase{namespace=\"serving\",pod=\"infer-0\",phase=\"Running\"}", minute => Serving(minute) ? 1 : 0);
        Series("kube_pod_status_phase{namespace=\"serving\",pod=\"infer-0\",phase=\"Succeeded\"}", minute => Serving(minute) ? 0 : 1);
        Series("kube_node_status_condition{node=\"train-1\",condition=\"Ready\",status=\"true\"}", _ => 1);
        Series("kube_node_status_condition{node=\"infer-1\",condition=\"Ready\",status=\"true\"}", _ => 1);
        for (var gpu = 0; gpu < 8; gpu++)
        {
            var utilization = gpu < 4 ? 100 : 50;
            Series($"DCGM_FI_DEV_GPU_UTIL{{gpu=\"{gpu}\",node=\"train-1\",namespace=\"research\",pod=\"train-0\"}}", _ => utilization);
        }

        Series("DCGM_FI_DEV_GPU_UTIL{gpu=\"0\",node=\"infer-1\",namespace=\"serving\",pod=\"infer-0\"}", minute => Serving(minute) ? 40 : 0);

        // Counters: the increase from minute m to m + 1 is that minute's requests.
        Series("apiserver_request_total{job=\"apiserver\",code=\"200\"}", minute => Enumerable.Range(0, minute).Sum(m => 1000 - Failures(m)));
        Series("apiserver_request_total{job=\"apiserver\",code=\"500\"}", minute => Enumerable.Range(0, minute).Sum(Failures));
        text.Append("# EOF\n");
        return text.ToString();
    }

    private static double Failures(int minute) => Start.AddMinutes(minute) < ServingEnds ? 2 : 0.5;
}
