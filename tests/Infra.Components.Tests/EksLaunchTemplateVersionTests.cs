using Infra.Components.Compute;

namespace Infra.Components.Tests;

/// <summary>
/// A node group takes its launch template's <c>latestVersion</c>, a number, as a string. The YAML
/// host's <c>fn::join</c> refuses a number at run time ("the second argument to fn::join must be a list
/// of strings", pulumi-yaml 36f271cf0a61 pkg/pulumiyaml/run.go evaluateBuiltinJoin, lines 2814-2820);
/// <c>fn::toJSON</c> is Go's json.Marshal, which writes the float64 3 as "3" (evaluateBuiltinToJSON, 2863-2878).
/// </summary>
public class EksLaunchTemplateVersionTests
{
    [Fact]
    public void System_and_gpu_node_groups_take_the_version_through_fn_toJSON()
    {
        var (stack, cluster) = ClusterTestStacks.Build(ClusterTestStacks.AwsProd);
        _ = cluster.AddGpuPool("gpu-infer", new GpuNodePoolArgs { Gpu = "l4", MaxNodes = 2 });
        var template = ProgramTemplate.From(stack);

        template.HasResource("aws:eks/nodeGroup:NodeGroup", """
            launchTemplate:
              id: ${gpu-infer-launch-template.id}
              version:
                fn::toJSON: ${gpu-infer-launch-template.latestVersion}
            """);
        Assert.DoesNotContain("fn::join", Infra.Core.Yaml.ProgramWriter.Write(stack), StringComparison.Ordinal);
    }
}
