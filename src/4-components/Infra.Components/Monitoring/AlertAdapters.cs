using System.Globalization;
using Infra.Platform.Supply;
using Infra.Providers.Kubernetes;
using Infra.Providers.Kubernetes.Apps.V1;
using Infra.Providers.Kubernetes.Core.V1;

namespace Infra.Components.Monitoring;

/// <summary>
/// A webhook adapter: a small service that takes Alertmanager's webhook JSON and posts it to a chat
/// service Alertmanager has no receiver for. Deployed once per kind, in the monitoring namespace,
/// reachable only inside the cluster (a ClusterIP Service).
/// </summary>
/// <param name="Name">The Deployment's and Service's name.</param>
/// <param name="Image">The upstream image, from <see cref="ImageFacts"/> only: the stack's mirror decides where it is pulled from.</param>
/// <param name="Port">The port it listens on.</param>
/// <param name="Args">Its command-line flags.</param>
/// <param name="ReadyPath">An HTTP readiness path, or null: the probe only opens the port.</param>
/// <param name="ConfigFile">The path of a config file mounted from a Secret, or null: it needs none.</param>
internal sealed record AlertAdapter(string Name, ImageReference Image, int Port, ImmutableArray<string> Args, string? ReadyPath, string? ConfigFile)
{
    private const string PortName = "http";

    /// <summary>
    /// DingTalk: targets (a robot URL and its signing secret) named in a config file; Alertmanager posts
    /// to <c>/dingtalk/&lt;target&gt;/send</c>. Flags, port 8060, <c>/-/ready</c> and the config format
    /// (<c>targets: {name: {url, secret}}</c>) from the adapter's README, config.example.yml,
    /// config/config.go and web/web.go at tag v2.1.0.
    /// </summary>
    public static AlertAdapter DingTalk { get; } = new(
        "alert-dingtalk", ImageFacts.DingTalkAdapter, 8060,
        ["--web.listen-address=:8060", "--config.file=/config/config.yml"], "/-/ready", "/config/config.yml");

    /// <summary>
    /// Feishu: the bot's token comes with each request (<c>/webhook/send?channel_type=feishu&amp;token=…</c>),
    /// so the adapter has no config. Flag <c>--listen-address</c> (default 0.0.0.0:8090) from
    /// cmd/alertmanager-webhook-adapter/app/rootcmd.go, the route from pkg/api/api.go and the query
    /// parameters from pkg/senders/feishu.go at tag v1.1.11. It serves no health path.
    /// </summary>
    public static AlertAdapter Feishu { get; } = new(
        "alert-feishu", ImageFacts.FeishuAdapter, 8090, ["--listen-address=:8090"], null, null);

    /// <summary>The adapter's in-cluster base URL, e.g. <c>http://alert-dingtalk.monitoring.svc:8060</c>.</summary>
    public string ServiceUrl(string ns) => $"http://{Name}.{ns}.svc:{Port.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>
    /// Deploys the adapter: a Secret with its config file (when it has one), a Deployment of the pinned
    /// image running as a non-root user with a read-only root, and a ClusterIP Service.
    /// </summary>
    public void Deploy(Component scope, ContainerImages images, string ns, IReadOnlyDictionary<string, string> baseLabels, int replicas, Output<string>? configFile, ResourceOptions options)
    {
        var selector = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["app.kubernetes.io/name"] = Name };
        var labels = InputMap.From(baseLabels.Concat(selector));
        var dependsOn = new List<Resource>(options.DependsOn);
        var volumes = new List<VolumeArgs>();
        var mounts = new List<VolumeMountArgs>();
        if (ConfigFile is not null)
        {
            var secret = new Secret(scope, Name + "-config", new SecretArgs
            {
                // No name: a changed config replaces the Secret under a new name, which rolls the pods (the adapter reads its config once).
                Metadata = new ObjectMetaArgs { Namespace = ns, Labels = labels },
                Type = "Opaque",
                StringData = new InputMap<string> { [Path.GetFileName(ConfigFile)] = configFile ?? throw new ArgumentNullException(nameof(configFile)) },
            }, options);
            dependsOn.Add(secret);
            volumes.Add(new VolumeArgs { Name = "config", Secret = new SecretVolumeSourceArgs { SecretName = secret.GeneratedName } });
            mounts.Add(new VolumeMountArgs { Name = "config", MountPath = Path.GetDirectoryName(ConfigFile)!, ReadOnly = true });
        }

        var probe = ReadyPath is null
            ? new ProbeArgs { TcpSocket = new TcpSocketActionArgs { Port = PortName }, PeriodSeconds = 10 }
            : new ProbeArgs { HttpGet = new HttpGetActionArgs { Path = ReadyPath, Port = PortName }, PeriodSeconds = 10 };
        _ = new Deployment(scope, Name, new DeploymentArgs
        {
            Metadata = new ObjectMetaArgs { Name = Name, Namespace = ns, Labels = labels },
            Spec = new DeploymentSpecArgs
            {
                Replicas = replicas,
                Selector = new LabelSelectorArgs { MatchLabels = InputMap.From(selector) },
                Template = new PodTemplateSpecArgs
                {
                    Metadata = new ObjectMetaArgs { Labels = labels },
                    Spec = new PodSpecArgs
                    {
                        AutomountServiceAccountToken = false,
                        // 65534 is nobody: the DingTalk image's USER (distroless nobody) as a number the
                        // kubelet can check; the Feishu image declares no user and would run as root.
                        SecurityContext = new PodSecurityContextArgs { RunAsNonRoot = true, RunAsUser = 65534, SeccompProfile = new SeccompProfileArgs { Type = "RuntimeDefault" } },
                        Volumes = volumes,
                        Containers =
                        [
                            new ContainerArgs
                            {
                                Name = Name,
                                Image = images.Reference(Image),
                                Args = Args,
                                Ports = [new ContainerPortArgs { Name = PortName, ContainerPort = Port, Protocol = "TCP" }],
                                VolumeMounts = mounts,
                                Resources = new ResourceRequirementsArgs
                                {
                                    Requests = new InputMap<string> { ["cpu"] = "10m", ["memory"] = "32Mi" },
                                    Limits = new InputMap<string> { ["memory"] = "128Mi" },
                                },
                                ReadinessProbe = probe,
                                LivenessProbe = probe,
                                // Neither adapter writes files (no os.Create, WriteFile or Mkdir in either source at its
                                // tag; the Feishu one embeds its templates), so the root can be read-only.
                                SecurityContext = new SecurityContextArgs
                                {
                                    AllowPrivilegeEscalation = false,
                                    ReadOnlyRootFilesystem = true,
                                    Capabilities = new CapabilitiesArgs { Drop = ["ALL"] },
                                },
                            },
                        ],
                    },
                },
            },
        }, options with { DependsOn = [.. dependsOn] });

        _ = new Service(scope, Name + "-service", new ServiceArgs
        {
            Metadata = new ObjectMetaArgs { Name = Name, Namespace = ns, Labels = labels },
            Spec = new ServiceSpecArgs
            {
                Type = "ClusterIP",
                Selector = InputMap.From(selector),
                Ports = [new ServicePortArgs { Name = PortName, Port = Port, TargetPort = PortName, Protocol = "TCP" }],
            },
        }, options);
    }
}
