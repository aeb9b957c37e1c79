namespace Infra.Platform.Supply;

/// <summary>
/// Images components run themselves, outside any chart (a Deployment of their own): each with its
/// source. A component asks <c>environment.Images.Reference(ImageFacts.X)</c> for the reference to
/// write, so it comes from the stack's mirror; <c>infra images</c> lists every entry the program names.
/// </summary>
public static class ImageFacts
{
    /// <summary>
    /// timonwong/prometheus-webhook-dingtalk, the usual DingTalk adapter: its latest release is tag
    /// v2.1.0 (VERSION 2.1.0, commit 8580d13 "Release v2.1.0", 2022-04-21), published to Docker Hub
    /// under the git tag by the Prometheus CircleCI orb's publish_release job
    /// (.circleci/config.yml, docker_hub_organization timonwong). No commit since 2022-08: the
    /// project is quiet, the DingTalk robot API it calls has not changed [unverified].
    /// </summary>
    public static ImageReference DingTalkAdapter { get; } = new("docker.io", "timonwong/prometheus-webhook-dingtalk", "v2.1.0");

    /// <summary>
    /// bougou/alertmanager-webhook-adapter, a maintained adapter with a Feishu bot channel (releases
    /// through v1.1.11, 2026-05): .github/workflows/release-docker.yaml pushes
    /// <c>bougou/alertmanager-webhook-adapter:$(git describe --tags)</c>, i.e. <c>v1.1.11</c> at the tag;
    /// the README runs that image.
    /// </summary>
    public static ImageReference FeishuAdapter { get; } = new("docker.io", "bougou/alertmanager-webhook-adapter", "v1.1.11");

    public static IReadOnlyList<(ImageReference Image, string Source)> All { get; } =
    [
        (DingTalkAdapter, "github.com/timonwong/prometheus-webhook-dingtalk tag v2.1.0 (VERSION, .circleci/config.yml publish_release, README 'Docker')"),
        (FeishuAdapter, "github.com/bougou/alertmanager-webhook-adapter tag v1.1.11 (README 'Run as Docker container', .github/workflows/release-docker.yaml)"),
    ];
}
