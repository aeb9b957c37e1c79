using System.Globalization;
using Infra.Components.Compute;
using Infra.Platform;
using Infra.Platform.Catalog;
using Infra.Platform.Kubernetes;
using Infra.Platform.Supply;
using Infra.Providers.Kubernetes;
using Infra.Providers.Kubernetes.Core.V1;
using Infra.Providers.Kubernetes.Helm.V3;
using Infra.Providers.Kubernetes.Yaml.V2;

namespace Infra.Components.Monitoring;

/// <summary>
/// Monitoring of one cluster: kube-prometheus-stack (Prometheus, Alertmanager, Grafana,
/// kube-state-metrics, node exporter) as a Helm release sized per tier, a ServiceMonitor that
/// scrapes the DCGM exporter, the platform's alert rules and the rules generated from its SLOs as
/// PrometheusRule resources, and Grafana dashboards as ConfigMaps the Grafana sidecar loads.
/// Cloud-neutral: only the StorageClass of the volumes differs. Create it under the cluster's
/// Kubernetes provider (<c>new ComponentOptions { Providers = [kubernetesProvider] }</c>).
/// Secrets are never in the program: the Grafana admin password and the receivers' URLs are
/// config keys Pulumi demands at deploy time, each reference wrapped in <c>fn::secret</c> (declaring
/// a key secret in the program's config block does not make a plain stack value secret).
/// </summary>
public sealed class MonitoringStack : Component
{
    /// <summary>The config key (without namespace) of the Grafana admin password.</summary>
    public const string GrafanaAdminPasswordKey = "grafanaAdminPassword";

    private const string GrafanaAdminSecret = "grafana-admin";

    public MonitoringStack(Scope parent, string name, StackEnvironment environment, MonitoringStackArgs args, ComponentOptions? options = null)
        : base(parent, name, options)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(args);
        Validate(args, environment.Jurisdiction, Path);
        Namespace = args.Namespace;
        RuleGroups = RuleGroupsFor(environment, args);
        Dashboards = PlatformDashboards.All;

        var baseLabels = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["app.kubernetes.io/managed-by"] = "pulumi",
            ["app.kubernetes.io/part-of"] = "ml-platform",
            ["ml-platform.io/component"] = Path,
        };
        var labels = InputMap.From(baseLabels);
        var ns = new Namespace(this, "namespace", new NamespaceArgs
        {
            Metadata = new ObjectMetaArgs { Name = args.Namespace, Labels = labels },
        });
        var inNamespace = new ResourceOptions { DependsOn = [ns] };

        StorageClassName = args.StorageClassName ?? environment.Realization().MonitoringStorage.ClassName;
        var storage = args.StorageClassName is null ? MonitoringStorage.Create(this, environment, labels) : null;

        var password = Stack.DeclareConfig<string>(GrafanaAdminPasswordKey, ConfigDeclaration.StringType, secret: true);
        var admin = new Secret(this, "grafana-admin", new SecretArgs
        {
            Metadata = new ObjectMetaArgs { Name = GrafanaAdminSecret, Namespace = args.Namespace, Labels = labels },
            Type = "Opaque",
            StringData = new InputMap<string>
            {
                [KubePrometheusStack.AdminUserKey] = "admin",
                [KubePrometheusStack.AdminPasswordKey] = Fn.Secret<string>(password),
            },
        }, inNamespace);

        // `secret: true` in the program's config block does not make a value the stack sets secret: the
        // host takes the stack's value as it is (pulumi-yaml 36f271cf0a61 run.go:1229-1240 skips the
        // declaration as "config already registered" and uses it at 1369-1374; it is secret only if set
        // with --secret). Every use wraps these references in fn::secret (run.go evaluateBuiltinSecret).
        var secrets = args.Receivers.ToDictionary(
            receiver => receiver.Name,
            receiver => new ReceiverSecrets(
                receiver.UsesUrl ? Stack.DeclareConfig<string>(receiver.UrlConfigKey, ConfigDeclaration.StringType, secret: true) : null,
                receiver.UsesSecret ? Stack.DeclareConfig<string>(receiver.SecretConfigKey, ConfigDeclaration.StringType, secret: true) : null),
            StringComparer.Ordinal);
        DeployAdapters(environment.Images, args, baseLabels, secrets, inNamespace);

        Release = new Release(this, "release", new ReleaseArgs
        {
            // From upstream here; the supply-chain pass points it and its images at the stack's mirror.
            Chart = ChartFacts.KubePrometheusStack.Name,
            Version = ChartFacts.KubePrometheusStack.Version,
            RepositoryOpts = new RepositoryOptsArgs { Repo = ChartFacts.KubePrometheusStack.Repository },
            Name = KubePrometheusStack.ReleaseName,
            Namespace = args.Namespace,
            Values = ChartValues.For(args, environment.IsProd, StorageClassName, GrafanaAdminSecret, secrets),
            // Wait for the Deployments, DaemonSets and the Prometheus/Alertmanager resources' readiness
            // ("By default, the provider waits until all resources are in a ready state", @pulumi/kubernetes
            // 4.34.2 helm/v3/release.d.ts skipAwait), and for any Job. Atomic: a failed install is purged
            // and a failed upgrade rolled back, instead of leaving a failed release for the next `up` to
            // upgrade. Sound for this chart: its CRDs come from the crds subchart's crds/ directory, which
            // Helm installs but never deletes (Helm docs, "Custom Resource Definitions": CRDs are not
            // deleted on uninstall), and its pre-install hook Jobs are re-created (hook-delete-policy
            // before-hook-creation, templates/prometheus-operator/admission-webhooks/job-patch/*.yaml).
            SkipAwait = false,
            Atomic = true,
            WaitForJobs = true,
            CleanupOnFail = true,
            Timeout = 1200,
            MaxHistory = 10,
        }, new ResourceOptions { DependsOn = [ns, admin, .. storage is null ? Array.Empty<Resource>() : [storage], .. args.WaitFor] });

        // PrometheusRule and ServiceMonitor are custom resources: the YAML host cannot create them as
        // typed resources, so they go into ConfigGroups, after the release has installed their CRDs.
        var afterRelease = new ResourceOptions { DependsOn = [Release] };
        _ = new ConfigGroup(this, "scrape", new ConfigGroupArgs { Objs = [DcgmServiceMonitor(args.Namespace)] }, afterRelease);
        _ = new ConfigGroup(this, "rules", new ConfigGroupArgs
        {
            Objs = InputList.From(RuleGroups.Select(group => (Input<MapValue>)PrometheusRuleObject(group, args.Namespace))),
        }, afterRelease);

        foreach (var dashboard in Dashboards)
        {
            _ = new ConfigMap(this, "dashboard-" + dashboard.Uid.Replace("ml-platform-", "", StringComparison.Ordinal), new ConfigMapArgs
            {
                Metadata = new ObjectMetaArgs
                {
                    Name = dashboard.Uid,
                    Namespace = args.Namespace,
                    Labels = InputMap.From(baseLabels.Append(KeyValuePair.Create(KubePrometheusStack.DashboardLabel, KubePrometheusStack.DashboardLabelValue))),
                },
                Data = new InputMap<string> { [dashboard.FileName] = dashboard.ToJson() },
            }, inNamespace);
        }
    }

    public override string Kind => "MonitoringStack";

    /// <summary>The namespace Prometheus, Alertmanager and Grafana run in.</summary>
    public string Namespace { get; }

    /// <summary>The StorageClass of the Prometheus and Alertmanager volumes.</summary>
    public string StorageClassName { get; }

    /// <summary>The kube-prometheus-stack release (the CRDs exist once it is deployed).</summary>
    public Release Release { get; }

    /// <summary>Every rule group the stack deploys: inventory, GPU and cluster alerts, one per SLO.</summary>
    public ImmutableArray<RuleGroup> RuleGroups { get; }

    /// <summary>The rule groups a stack with these args deploys, every alert linked to its runbook (also what tests load into a real Prometheus).</summary>
    public static ImmutableArray<RuleGroup> RuleGroupsFor(StackEnvironment environment, MonitoringStackArgs args)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(args);
        return Runbooks.Link([PlatformRules.Inventory(args.GpuPools), PlatformRules.GpuAlerts(), PlatformRules.ClusterAlerts(),
            UsageRules.For(args.GpuPools, environment.Cloud, environment.Region.Code, GpuCatalog.Default), .. args.Slos.Select(SloRules.For)]);
    }

    public ImmutableArray<Dashboard> Dashboards { get; }

    /// <summary>
    /// The webhook adapters the receivers need, one Deployment per kind whatever the number of
    /// receivers: DingTalk's reads every robot (URL and signing secret) from one config file, built
    /// here from the secret config under fn::secret; Feishu's takes each bot's token with the request.
    /// </summary>
    private void DeployAdapters(ContainerImages images, MonitoringStackArgs args, IReadOnlyDictionary<string, string> labels, Dictionary<string, ReceiverSecrets> secrets, ResourceOptions options)
    {
        var dingTalk = args.Receivers.Where(receiver => receiver.Type == ReceiverType.DingTalk).ToList();
        if (dingTalk.Count > 0)
        {
            // JSON is YAML: the adapter reads config.yml with a YAML parser, and toJSON quotes whatever the secrets hold.
            var config = Fn.Secret<string>(Fn.ToJson(Tree.Map(("targets", Tree.Map(dingTalk.Select(receiver => KeyValuePair.Create(receiver.Name, (object?)Tree.Map(
                ("url", secrets[receiver.Name].Url!.Value),
                ("secret", secrets[receiver.Name].Secret!.Value)))))))));
            AlertAdapter.DingTalk.Deploy(this, images, args.Namespace, labels, args.AlertmanagerReplicas, config, options);
        }

        if (args.Receivers.Any(receiver => receiver.Type == ReceiverType.Feishu))
        {
            AlertAdapter.Feishu.Deploy(this, images, args.Namespace, labels, args.AlertmanagerReplicas, null, options);
        }
    }

    /// <summary>
    /// Scrapes the DCGM exporter where the GPU side runs it (<see cref="GpuTelemetry"/>). Each series
    /// gets the <c>node</c> label from the exporter pod's node, so it joins kube-state-metrics' node
    /// series; the exporter's own <c>pod</c>/<c>namespace</c> labels (the workload holding the GPU)
    /// win over the target's, so per-team views work.
    /// </summary>
    private static MapValue DcgmServiceMonitor(string ns) => Tree.Map(
        ("apiVersion", KubePrometheusStack.MonitoringApiVersion),
        ("kind", "ServiceMonitor"),
        ("metadata", Tree.Map(("name", GpuTelemetry.ReleaseName), ("namespace", ns), ("labels", ReleaseLabel()))),
        ("spec", Tree.Map(
            ("namespaceSelector", Tree.Map(("matchNames", Tree.List<string>([GpuTelemetry.Namespace])))),
            ("selector", Tree.Map(("matchLabels", Tree.Map(GpuTelemetry.ServiceSelector.Select(entry => KeyValuePair.Create(entry.Key, (object?)entry.Value)))))),
            ("endpoints", Tree.List(Tree.Map(
                ("port", GpuTelemetry.MetricsPortName),
                ("path", "/metrics"),
                ("interval", "15s"),
                ("honorLabels", true),
                ("relabelings", Tree.List(Tree.Map(
                    ("sourceLabels", Tree.List<string>(["__meta_kubernetes_pod_node_name"])),
                    ("targetLabel", "node"),
                    ("action", "replace"))))))))));

    internal static MapValue PrometheusRuleObject(RuleGroup group, string ns) => Tree.Map(
        ("apiVersion", KubePrometheusStack.MonitoringApiVersion),
        ("kind", "PrometheusRule"),
        ("metadata", Tree.Map(("name", group.Name), ("namespace", ns), ("labels", ReleaseLabel()))),
        ("spec", Tree.Map(("groups", Tree.List(group.ToValue())))));

    private static MapValue ReleaseLabel() => Tree.Map(("release", KubePrometheusStack.ReleaseName), ("app.kubernetes.io/part-of", "ml-platform"));

    private static void Validate(MonitoringStackArgs args, Jurisdiction jurisdiction, string path)
    {
        var diagnostics = new DiagnosticBag();
        if (string.IsNullOrWhiteSpace(args.ClusterName))
        {
            diagnostics.Error(MonitoringCodes.InvalidSizing, path + ".clusterName", "is empty; the cluster's name labels every series");
        }

        SloValidator.Validate(args.Slos, path + ".slos", diagnostics);
        foreach (var slo in args.Slos.Where(slo => slo.Window > args.Retention))
        {
            diagnostics.Error(MonitoringCodes.RetentionShorterThanWindow, $"{path}.slos[{slo.Name}].window",
                $"the SLO's window {PromDuration.Format(slo.Window)} is longer than Prometheus keeps samples ({Days(args.Retention)}); allowed: a window of at most {Days(args.Retention)}, or a longer retention");
        }

        if (args.Retention < TimeSpan.FromDays(1) || args.Retention.Ticks % TimeSpan.TicksPerDay != 0)
        {
            diagnostics.Error(MonitoringCodes.InvalidSizing, path + ".retention", $"{args.Retention} is not allowed; allowed: whole days, at least 1");
        }

        if (args.PrometheusStorageGi < 10)
        {
            diagnostics.Error(MonitoringCodes.InvalidSizing, path + ".prometheusStorageGi", $"{args.PrometheusStorageGi} is not allowed; allowed: 10 GiB or more");
        }

        if (args.PrometheusReplicas is < 1 or > 3 || args.AlertmanagerReplicas is < 1 or > 5)
        {
            diagnostics.Error(MonitoringCodes.InvalidSizing, path + ".replicas",
                $"{args.PrometheusReplicas} Prometheus / {args.AlertmanagerReplicas} Alertmanager replicas are not allowed; allowed: 1-3 Prometheus, 1-5 Alertmanager");
        }

        ReceiverRules.Validate(args.Receivers, jurisdiction, path + ".receivers", diagnostics);
        ValidatePools(args.GpuPools, path + ".gpuPools", diagnostics);
        diagnostics.ThrowIfErrors();
    }

    private static void ValidatePools(ImmutableArray<GpuPoolInfo> pools, string path, DiagnosticBag diagnostics)
    {
        foreach (var pool in pools)
        {
            if (!LogicalNames.IsValid(pool.Name) || pool.Name.Length > 63)
            {
                diagnostics.Error(MonitoringCodes.InvalidGpuPool, $"{path}[{pool.Name}]", $"'{pool.Name}' is not a valid pool name; allowed: lowercase letters, digits and hyphens (the {PlatformLabels.Pool} label value)");
            }

            if (pool.GpusPerNode < 1 || pool.MaxNodes < 1)
            {
                diagnostics.Error(MonitoringCodes.InvalidGpuPool, $"{path}[{pool.Name}]",
                    $"{pool.GpusPerNode} GPUs per node and {pool.MaxNodes} nodes at most are not allowed; allowed: at least 1 of each");
            }
        }

        foreach (var duplicate in pools.GroupBy(pool => pool.Name, StringComparer.Ordinal).Where(group => group.Count() > 1))
        {
            diagnostics.Error(MonitoringCodes.InvalidGpuPool, $"{path}[{duplicate.Key}]", "is listed twice; pool names are unique in a cluster");
        }
    }

    private static string Days(TimeSpan span) => span.TotalDays.ToString(CultureInfo.InvariantCulture) + "d";
}
