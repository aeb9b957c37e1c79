using Infra.Components.Compute;
using Infra.Core.Diagnostics;
using Infra.Stacks.Specs;
using Infra.Testing;

namespace Infra.Stacks.Tests;

public class ComputeSpecReaderTests
{
    private static Dictionary<string, string> Base(string tier = "prod", string cloud = "aws", string region = "us-east-1", string vpc = "10.1.0.0/16") =>
        region.StartsWith("cn-", StringComparison.Ordinal)
            ? With(SpecReading.Minimal(tier, cloud, region, vpc), ("ml-platform:registryMirror", $$"""{"registry":"acme-registry.{{region}}.cr.aliyuncs.com/ml-platform"}"""))
            : SpecReading.Minimal(tier, cloud, region, vpc);

    private static Dictionary<string, string> With(Dictionary<string, string> values, params (string Key, string Value)[] entries)
    {
        foreach (var (key, value) in entries)
        {
            values[key] = value;
        }

        return values;
    }

    private static EnvironmentSpec Read(Dictionary<string, string> values, string stack = "prod-test") =>
        SpecReading.Read(stack, SpecReading.Plain(values));

    private static IReadOnlyList<Diagnostic> Errors(Dictionary<string, string> values) =>
        [.. SpecReading.Errors("prod-test", SpecReading.Plain(values)).Where(diagnostic => diagnostic.IsError)];

    private static Dictionary<string, string> Pools(string json, Dictionary<string, string>? values = null) =>
        With(values ?? Base(), ("ml-platform:gpuPools", json));

    [Fact]
    public void Without_compute_keys_a_stack_gets_a_cluster_with_tier_defaults_and_no_pools()
    {
        var compute = Read(Base()).Compute;

        Assert.Equal("1.35", compute.Cluster.KubernetesVersion);
        Assert.Equal((2, 3, 6), (compute.Cluster.SystemNodes.MinNodes, compute.Cluster.SystemNodes.DesiredNodes, compute.Cluster.SystemNodes.MaxNodes));
        Assert.True(compute.Cluster.DeletionProtection);
        Assert.True(compute.Cluster.ExtendedSupport);
        Assert.Equal(365, compute.Cluster.LogRetentionDays);
        Assert.Empty(compute.GpuPools);
        Assert.Empty(compute.Teams);
    }

    [Fact]
    public void Pools_and_teams_are_read_with_defaults_for_what_they_leave_out()
    {
        var compute = Read(With(Base(),
            ("ml-platform:teams", """[{"name":"research","gpuQuota":16,"costCenter":"cc-9"}]"""),
            ("ml-platform:gpuPools", """[{"name":"gpu-train","gpu":"h100","gpusPerNode":8,"maxNodes":4,"workload":"training","efa":true,"team":"research"},{"name":"gpu-infer","gpu":"l4","maxNodes":2,"capacity":"spot-with-fallback","labels":{"example.com/app":"chat"}}]"""))).Compute;

        var train = compute.GpuPools[0];
        Assert.Equal(("gpu-train", "h100", 8, 0, 4, WorkloadClass.Training, CapacityType.OnDemand, true, 300, "research"),
            (train.Name, train.Args.Gpu, train.Args.GpusPerNode, train.Args.MinNodes, train.Args.MaxNodes, train.Args.Workload, train.Args.Capacity, train.Args.Efa, train.Args.DiskSizeGiB, train.Args.Team));
        var infer = compute.GpuPools[1];
        Assert.Equal((WorkloadClass.Inference, CapacityType.SpotWithFallback, 200, "chat"),
            (infer.Args.Workload, infer.Args.Capacity, infer.Args.DiskSizeGiB, infer.Args.Labels["example.com/app"]));
        Assert.Equal(new TeamSpec("research", 16, "cc-9"), Assert.Single(compute.Teams));
    }

    [Theory]
    [InlineData("dev", "training", CapacityType.Spot)]
    [InlineData("dev", "inference", CapacityType.Spot)]
    [InlineData("staging", "training", CapacityType.SpotWithFallback)]
    [InlineData("prod", "training", CapacityType.OnDemand)]
    [InlineData("prod", "inference", CapacityType.SpotWithFallback)]
    [InlineData("prod", "notebook", CapacityType.SpotWithFallback)]
    public void A_pool_that_does_not_say_how_to_buy_nodes_gets_its_tiers_default(string tier, string workload, CapacityType expected)
    {
        var pool = Read(Pools($$"""[{"name":"gpu","gpu":"l4","maxNodes":2,"workload":"{{workload}}"}]""", Base(tier: tier)), $"{tier}-test").Compute.GpuPools[0];

        Assert.Equal(expected, pool.Args.Capacity);
    }

    [Fact]
    public void A_gpu_model_not_offered_in_the_region_is_refused_under_its_key_with_where_it_is_offered()
    {
        var error = Assert.Single(Errors(Pools("""[{"name":"gpu-a","gpu":"t4","maxNodes":1},{"name":"gpu-b","gpu":"h100","maxNodes":1}]""",
            Base(cloud: "alicloud", region: "cn-beijing", vpc: "10.65.0.0/16"))));

        DiagnosticAssert.Is(error, "ML4002", "ml-platform:gpuPools[1].gpu",
            "'h100' (NVIDIA H100) is not offered in cn-beijing (alicloud); h100 is offered on aws in ap-northeast-1, us-east-1, us-west-2");
    }

    [Theory]
    [InlineData("""[{"name":"gpu-a","gpu":"l4","minNodes":3,"maxNodes":2}]""", "ML4003", "ml-platform:gpuPools[0].minNodes", "3 is above maxNodes 2")]
    [InlineData("""[{"name":"gpu-a","gpu":"l4","minNodes":1,"maxNodes":2,"desiredNodes":5}]""", "ML4004", "ml-platform:gpuPools[0].desiredNodes", "5 is outside")]
    [InlineData("""[{"name":"gpu-a","gpu":"l4","maxNodes":2,"instanceTypes":["m6i.xlarge"]}]""", "ML4005", "ml-platform:gpuPools[0].instanceTypes[0]", "'m6i.xlarge' is not an instance type with GPUs")]
    [InlineData("""[{"name":"gpu-a","gpu":"v100","maxNodes":2,"efa":true}]""", "ML4006", "ml-platform:gpuPools[0].efa", "has EFA")]
    [InlineData("""[{"name":"gpu-a","gpu":"l4","maxNodes":2,"instanceTypes":["g6.xlarge"],"efa":true}]""", "ML4006", "ml-platform:gpuPools[0].instanceTypes[0]", "has no EFA")]
    [InlineData("""[{"name":"gpu-a","gpu":"h100","gpusPerNode":4,"maxNodes":2}]""", "ML4008", "ml-platform:gpuPools[0].gpusPerNode", "allowed: 1, 8 per node")]
    [InlineData("""[{"name":"gpu-a","gpu":"b300","maxNodes":2}]""", "ML4001", "ml-platform:gpuPools[0].gpu", "'b300' is not a GPU model of the catalog")]
    [InlineData("""[{"name":"gpu-a","gpu":"l4","maxNodes":2},{"name":"gpu-a","gpu":"l4","maxNodes":2}]""", "ML4010", "ml-platform:gpuPools[1].name", "names two pools")]
    [InlineData("""[{"name":"cluster","gpu":"l4","maxNodes":2}]""", "ML4012", "ml-platform:gpuPools[0].name", "stack's own components")]
    [InlineData("""[{"name":"gpu-a","gpu":"l4","maxNodes":2,"team":"ghosts"}]""", "ML4011", "ml-platform:gpuPools[0].team", "'ghosts' is not a team")]
    // The cloud's own check (EKS splits spot-with-fallback into two groups) is part of the one resolution the reader makes.
    [InlineData("""[{"name":"gpu-a","gpu":"l4","maxNodes":1,"capacity":"spot-with-fallback"}]""", "ML4003", "ml-platform:gpuPools[0].maxNodes", "allowed: 2 or more for spot-with-fallback")]
    public void A_bad_pool_gets_one_message_naming_its_key_path(string pools, string code, string subject, string said)
    {
        var error = Assert.Single(Errors(Pools(pools)));

        DiagnosticAssert.Is(error, code, subject, said);
    }

    [Theory]
    [InlineData("""[{"name":"gpu-a","gpu":"l4"}]""", "ml-platform:gpuPools[0].maxNodes")]
    [InlineData("""[{"name":"gpu-a","gpu":"l4","maxNodes":2,"capacity":"cheap"}]""", "ml-platform:gpuPools[0].capacity")]
    [InlineData("""[{"name":"gpu-a","gpu":"l4","maxNodes":2,"gpus":4}]""", "ml-platform:gpuPools[0].gpus")]
    [InlineData("""[{"name":"GPU","gpu":"l4","maxNodes":2}]""", "ml-platform:gpuPools[0].name")]
    public void A_pool_of_the_wrong_shape_is_refused_by_the_schema_naming_the_field(string pools, string subject)
    {
        Assert.Contains(Errors(Pools(pools)), error => error.Subject == subject);
    }

    [Fact]
    public void Every_bad_pool_is_reported_in_one_pass()
    {
        var errors = Errors(Pools("""[{"name":"gpu-a","gpu":"b300","maxNodes":2},{"name":"gpu-b","gpu":"l4","minNodes":4,"maxNodes":2}]"""));

        Assert.Equal(["ml-platform:gpuPools[0].gpu", "ml-platform:gpuPools[1].minNodes"], errors.Select(error => error.Subject));
    }

    [Fact]
    public void Spot_for_a_prod_training_pool_is_a_warning_that_reaches_the_synthesis_result()
    {
        var values = Pools("""[{"name":"gpu-train","gpu":"h100","gpusPerNode":8,"maxNodes":2,"capacity":"spot","workload":"training"}]""");
        values["ml-platform:deployNetwork"] = """{"cidr":"10.255.0.0/24","transitGatewayId":"tgw-0123456789abcdef0"}""";

        var result = new Synthesizer().Synthesize("prod-test", Synthesizer.DefaultProject, SpecReading.Plain(values));

        var warning = Assert.Single(result.Warnings, diagnostic => diagnostic.Code == ComputeCodes.SpotTrainingWithoutFallback);
        Assert.Equal("ml-platform:gpuPools[0].capacity", warning.Subject);
    }

    [Theory]
    [InlineData("""{"publicAccessCidrs":["0.0.0.0/0"]}""", "ML4014", "ml-platform:cluster.publicAccessCidrs[0]")]
    [InlineData("""{"publicAccessCidrs":["10.1.2.3/8"]}""", "ML4013", "ml-platform:cluster.publicAccessCidrs[0]")]
    [InlineData("""{"systemNodes":{"min":3,"max":2}}""", "ML4003", "ml-platform:cluster.systemNodes.min")]
    public void A_bad_cluster_setting_is_refused_naming_its_key_path(string cluster, string code, string subject)
    {
        var error = Assert.Single(Errors(With(Base(), ("ml-platform:cluster", cluster))));

        DiagnosticAssert.Is(error, code, subject);
    }

    [Fact]
    public void Cluster_settings_override_the_tier_defaults()
    {
        var cluster = Read(With(Base(), ("ml-platform:cluster",
            """{"kubernetesVersion":"1.34","publicAccessCidrs":["198.51.100.0/24"],"systemNodes":{"min":3,"max":5},"adminRoleArns":["arn:aws:iam::111122223333:role/admins"]}"""))).Compute.Cluster;

        Assert.Equal("1.34", cluster.KubernetesVersion);
        Assert.Equal(["198.51.100.0/24"], cluster.PublicAccessCidrs.AsEnumerable());
        Assert.Equal((3, 3, 5), (cluster.SystemNodes.MinNodes, cluster.SystemNodes.DesiredNodes, cluster.SystemNodes.MaxNodes));
        Assert.Equal(["arn:aws:iam::111122223333:role/admins"], cluster.AdminPrincipalArns.AsEnumerable());
    }

    [Fact]
    public void Bad_teams_are_refused_with_their_index()
    {
        var errors = Errors(With(Base(), ("ml-platform:teams", """[{"name":"kube-system","gpuQuota":1},{"name":"a","gpuQuota":1},{"name":"a","gpuQuota":2}]""")));

        Assert.Equal(["ml-platform:teams[0].name", "ml-platform:teams[2].name"], errors.Select(error => error.Subject));
    }
}
