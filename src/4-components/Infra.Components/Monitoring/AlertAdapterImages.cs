using System.Collections.Immutable;
using Infra.Platform.Kubernetes;

namespace Infra.Components.Monitoring;

/// <summary>
/// Every image the monitoring stack deploys itself: the webhook adapters Alertmanager needs for chat
/// services it has no receiver for. One catalog, so a registry mirror rewrites them with one call.
/// </summary>
public static class AlertAdapterImages
{
    /// <summary>
    /// timonwong/prometheus-webhook-dingtalk, the usual DingTalk adapter: its latest release is tag
    /// v2.1.0 (VERSION 2.1.0, commit 8580d13 "Release v2.1.0", 2022-04-21), published to Docker Hub
    /// under the git tag by the Prometheus CircleCI orb's publish_release job
    /// (.circleci/config.yml, docker_hub_organization timonwong). No commit since 2022-08: the
    /// project is quiet, the DingTalk robot API it calls has not changed [unverified].
    /// </summary>
    public static ContainerImage DingTalk { get; } = new(
        "docker.io", "timonwong/prometheus-webhook-dingtalk", "v2.1.0",
        "github.com/timonwong/prometheus-webhook-dingtalk tag v2.1.0 (VERSION, .circleci/config.yml publish_release, README 'Docker')");

    /// <summary>
    /// bougou/alertmanager-webhook-adapter, a maintained adapter with a Feishu bot channel (releases
    /// through v1.1.11, 2026-05): .github/workflows/release-docker.yaml pushes
    /// <c>bougou/alertmanager-webhook-adapter:$(git describe --tags)</c>, i.e. <c>v1.1.11</c> at the tag;
    /// the README runs that image.
    /// </summary>
    public static ContainerImage Feishu { get; } = new(
        "docker.io", "bougou/alertmanager-webhook-adapter", "v1.1.11",
        "github.com/bougou/alertmanager-webhook-adapter tag v1.1.11 (README 'Run as Docker container', .github/workflows/release-docker.yaml)");

    public static ImmutableArray<ContainerImage> All { get; } = [DingTalk, Feishu];
}
