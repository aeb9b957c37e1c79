using Infra.Components.Monitoring;
using Infra.Core.Resources;
using Infra.Providers.Kubernetes.Core.V1;
using YamlDotNet.RepresentationModel;

namespace Infra.Components.Tests.Monitoring;

/// <summary>
/// What makes the monitoring release work once deployed, each against the documented source:
/// kube-prometheus-stack 88.5.3's values.yaml and templates (github.com/prometheus-community/helm-charts,
/// tag kube-prometheus-stack-88.5.3), its Prometheus Operator CRDs, and @pulumi/kubernetes 4.34.2's Release.
/// </summary>
public class MonitoringDeployTests
{
    public static TheoryData<string> Environments => MonitoringFixtures.EnvironmentNames;

    private static StackEnvironment Environment(string name) => MonitoringFixtures.Environment(name);

    // values.yaml 88.5.3: kubeControllerManager (line 2024), kubeEtcd (2325), kubeScheduler (2439) and
    // kubeProxy (2578) are `enabled: true`; each rule file (templates/prometheus/rules-1.14/etcd.yaml,
    // kubernetes-system-controller-manager.yaml, kubernetes-system-scheduler.yaml, kube-scheduler.rules.yaml,
    // kubernetes-system-kube-proxy.yaml) renders only while its component is enabled, and holds a critical
    // "Down" alert on absent(up{job=…}). EKS and ACK run no controller-manager, scheduler or etcd pods, and
    // EKS's kube-proxy serves metrics on 127.0.0.1 only (aws/containers-roadmap#657).
    [Theory]
    [MemberData(nameof(Environments))]
    public void Components_a_managed_control_plane_hides_are_not_scraped(string name)
    {
        var (_, template, _) = MonitoringFixtures.Build(Environment(name));

        template.HasResource("kubernetes:helm.sh/v3:Release", """
            values:
              kubeControllerManager: {enabled: false}
              kubeScheduler: {enabled: false}
              kubeEtcd: {enabled: false}
              kubeProxy: {enabled: false}
            """);
    }

    // charts/crds/crds/crd-prometheuses.yaml and crd-alertmanagers.yaml (operator v0.93.1):
    // spec.persistentVolumeClaimRetentionPolicy {whenDeleted, whenScaled}, "The default behavior is all PVCs
    // are retained"; values Retain/Delete as the StatefulSet's (Kubernetes docs, StatefulSet
    // "PersistentVolumeClaim retention"). The chart passes prometheusSpec/alertmanagerSpec's through.
    [Theory]
    [InlineData("aws-dev", "Delete")]
    [InlineData("alicloud-dev", "Delete")]
    [InlineData("aws-prod", "Retain")]
    [InlineData("aws-cn-prod", "Retain")]
    [InlineData("alicloud-prod", "Retain")]
    public void Outside_prod_the_volumes_go_with_their_stateful_sets_and_prod_keeps_them(string name, string whenDeleted)
    {
        var (_, template, _) = MonitoringFixtures.Build(Environment(name));

        template.HasResource("kubernetes:helm.sh/v3:Release", $$"""
            values:
              prometheus:
                prometheusSpec:
                  persistentVolumeClaimRetentionPolicy: {whenDeleted: {{whenDeleted}}, whenScaled: Retain}
              alertmanager:
                alertmanagerSpec:
                  persistentVolumeClaimRetentionPolicy: {whenDeleted: {{whenDeleted}}, whenScaled: Retain}
            """);
    }

    // @pulumi/kubernetes 4.34.2 helm/v3/release.d.ts: skipAwait ("By default, the provider waits until all
    // resources are in a ready state"), atomic ("installation process purges chart on fail"), cleanupOnFail,
    // waitForJobs ("Will wait until all Jobs have been completed"), timeout (seconds).
    [Fact]
    public void The_release_waits_for_its_resources_and_jobs_and_is_atomic()
    {
        var (_, template, _) = MonitoringFixtures.Build(TestEnvironments.AwsProd);

        template.HasResource("kubernetes:helm.sh/v3:Release", """
            chart: kube-prometheus-stack
            skipAwait: false
            atomic: true
            waitForJobs: true
            cleanupOnFail: true
            timeout: 1200
            """);
    }

    [Fact]
    public void The_release_waits_for_what_the_stack_names_such_as_the_clusters_nodes()
    {
        var stack = TestEnvironments.StackFor(TestEnvironments.AwsDev);
        var kubernetes = MonitoringFixtures.KubernetesProvider(stack);
        var nodes = new Namespace(stack, "stand-in-for-nodes", new NamespaceArgs { Metadata = new Infra.Providers.Kubernetes.ObjectMetaArgs { Name = "nodes" } }, new ResourceOptions { Provider = kubernetes });
        _ = new MonitoringStack(stack, "monitoring", TestEnvironments.AwsDev, MonitoringFixtures.Args(TestEnvironments.AwsDev) with { WaitFor = [nodes] },
            new ComponentOptions { Providers = [kubernetes] });

        var options = (YamlMappingNode)ProgramTemplate.Child(ProgramTemplate.From(stack).Resource("monitoring-release"), "options")!;
        var dependsOn = ((YamlSequenceNode)ProgramTemplate.Child(options, "dependsOn")!).Children.Select(child => child.ToString());
        Assert.Contains("${stand-in-for-nodes}", dependsOn);
    }
}
