using System.Globalization;
using Infra.Components.Compute;
using Infra.Components.Monitoring;
using Infra.Platform.Catalog;

namespace Infra.Components.Tests.Monitoring;

/// <summary>
/// The usage accounting rules as the stack deploys them, run by the real promtool on a cluster with
/// two teams: <c>vision</c> holds all 8 GPUs of a p5.48xlarge (4 fully busy, 4 half busy) and
/// <c>speech</c> one GPU of a g6.xlarge at 40%, and has one more GPU pod pending.
/// </summary>
public sealed class UsageRulesTests : IDisposable
{
    // On-demand list prices in us-east-1 from the catalog's source (gpus.json, "ec2-price-us-east-1":
    // AWS Price List as captured in Karpenter's zz_generated.pricing_aws.go, 2026-07-20).
    private const decimal P5Hourly = 55.04m;
    private const decimal G6Hourly = 0.8048m;

    private readonly Promtool.WorkDirectory _work = new();

    public void Dispose() => _work.Dispose();

    internal static GpuPoolInfo[] Pools { get; } =
    [
        new("gpu-train", "h100", 8, 0, 4, WorkloadClass.Training, CapacityType.OnDemand, ["p5.48xlarge"]),
        new("gpu-infer", "l4", 1, 0, 10, WorkloadClass.Inference, CapacityType.OnDemand, ["g6.xlarge", "g6.2xlarge"]),
    ];

    [Fact]
    public void The_price_of_a_gpu_is_the_catalogs_on_demand_price_of_its_instance_type_divided_by_its_gpus()
    {
        var prices = UsageRules.Prices(Pools, Cloud.Aws, "us-east-1", GpuCatalog.Default);

        Assert.Equal(("p5.48xlarge", P5Hourly / 8, "USD"), prices.Single(price => price.InstanceType == "p5.48xlarge"));
        Assert.Equal(("g6.xlarge", G6Hourly, "USD"), prices.Single(price => price.InstanceType == "g6.xlarge"));
        Assert.Equal(3, prices.Count);
    }

    [Fact]
    public void Gpus_allocated_used_utilization_and_cost_are_recorded_per_team_namespace_and_pool()
    {
        var args = MonitoringFixtures.Args(TestEnvironments.AwsProd) with { GpuPools = [.. Pools] };
        var rules = RuleFiles.Write(_work.Path, "rules.yaml", RuleFiles.PrometheusRules(MonitoringFixtures.Build(TestEnvironments.AwsProd, args).Template), withoutAnnotations: true);
        var busy = string.Join("\n", Enumerable.Range(0, 8).Select(gpu =>
            $"      - series: 'DCGM_FI_DEV_GPU_UTIL{{gpu=\"{gpu}\",node=\"train-1\",namespace=\"vision\",pod=\"train-0\"}}'\n        values: '{(gpu < 4 ? 100 : 50)}x30'"));
        var test = Path.Combine(_work.Path, "test.yaml");
        File.WriteAllText(test, $$"""
            rule_files:
              - {{Path.GetFileName(rules)}}
            evaluation_interval: 1m
            tests:
              - interval: 1m
                input_series:
                  - series: 'kube_node_labels{node="train-1",label_ml_platform_io_pool="gpu-train",label_ml_platform_io_gpu_model="h100",label_node_kubernetes_io_instance_type="p5.48xlarge"}'
                    values: '1x30'
                  - series: 'kube_node_labels{node="infer-1",label_ml_platform_io_pool="gpu-infer",label_ml_platform_io_gpu_model="l4",label_node_kubernetes_io_instance_type="g6.xlarge"}'
                    values: '1x30'
                  - series: 'kube_namespace_labels{namespace="vision",label_ml_platform_io_team="vision"}'
                    values: '1x30'
                  - series: 'kube_namespace_labels{namespace="speech",label_ml_platform_io_team="speech"}'
                    values: '1x30'
                  - series: 'kube_pod_container_resource_requests{namespace="vision",pod="train-0",container="main",node="train-1",resource="nvidia_com_gpu",unit="integer"}'
                    values: '8x30'
                  - series: 'kube_pod_status_phase{namespace="vision",pod="train-0",phase="Running"}'
                    values: '1x30'
                  - series: 'kube_pod_container_resource_requests{namespace="speech",pod="infer-0",container="main",node="infer-1",resource="nvidia_com_gpu",unit="integer"}'
                    values: '1x30'
                  - series: 'kube_pod_status_phase{namespace="speech",pod="infer-0",phase="Running"}'
                    values: '1x30'
                  - series: 'kube_pod_container_resource_requests{namespace="speech",pod="infer-1",container="main",resource="nvidia_com_gpu",unit="integer"}'
                    values: '1x30'
                  - series: 'kube_pod_status_phase{namespace="speech",pod="infer-1",phase="Pending"}'
                    values: '1x30'
                  - series: 'DCGM_FI_DEV_GPU_UTIL{gpu="0",node="infer-1",namespace="speech",pod="infer-0"}'
                    values: '40x30'
                  - series: 'DCGM_FI_DEV_GPU_UTIL{gpu="1",node="idle-1"}'
                    values: '0x30'
            {{busy}}
                promql_expr_test:
                  - expr: sum by (team, namespace, pool) ({{UsageRules.Allocated}})
                    eval_time: 10m
                    exp_samples:
                      - labels: '{team="vision",namespace="vision",pool="gpu-train"}'
                        value: 8
                      - labels: '{team="speech",namespace="speech",pool="gpu-infer"}'
                        value: 1
                  - expr: sum by (team, namespace, pool) ({{UsageRules.Used}})
                    eval_time: 10m
                    exp_samples:
                      - labels: '{team="vision",namespace="vision",pool="gpu-train"}'
                        value: 6
                      - labels: '{team="speech",namespace="speech",pool="gpu-infer"}'
                        value: 0.4
                  - expr: {{UsageRules.Utilization}}
                    eval_time: 10m
                    exp_samples:
                      - labels: '{{UsageRules.Utilization}}{team="vision",namespace="vision",pool="gpu-train"}'
                        value: 0.75
                      - labels: '{{UsageRules.Utilization}}{team="speech",namespace="speech",pool="gpu-infer"}'
                        value: 0.4
                  - expr: {{UsageRules.Cost}}
                    eval_time: 10m
                    exp_samples:
                      - labels: '{{UsageRules.Cost}}{team="vision",namespace="vision",pool="gpu-train",currency="USD"}'
                        value: {{(P5Hourly).ToString(CultureInfo.InvariantCulture)}}
                      - labels: '{{UsageRules.Cost}}{team="speech",namespace="speech",pool="gpu-infer",currency="USD"}'
                        value: {{G6Hourly.ToString(CultureInfo.InvariantCulture)}}
            """);

        var (exitCode, output) = Promtool.Run("test", "rules", test);

        Assert.True(exitCode == 0, output);
    }
}
