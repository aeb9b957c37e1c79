using Infra.Platform.Facts;
using Infra.Platform.Kubernetes;

namespace Infra.Compliance.Rules.Deployability;

/// <summary>
/// What each deployability rule (<c>MLD-…</c>) is and where its fact was read, in the order the pack runs
/// them: one row per rule, as docs/deployability.md has one. A rule's class takes its row and keeps
/// only its decision; DocumentationTests hold the docs to this table.
/// </summary>
internal static class DeployabilityCatalog
{
    public static RuleMetadata StorageProvisioner { get; } = RuleMetadata.Deployability(
        "MLD-CSI-001",
        Severity.Error,
        "Every StorageClass's provisioner is installed in the stack",
        "A class whose CSI driver is not installed provisions nothing: claims on it stay Pending and the pods that need them never start.",
        $"StorageFacts.CsiDrivers: {string.Join("; ", StorageFacts.CsiDrivers.Select(driver => $"{driver.Provisioner} by add-on {driver.InstalledByAddon} ({driver.Source})"))}");

    public static RuleMetadata ClaimMinimum { get; } = RuleMetadata.Deployability(
        "MLD-DSK-001",
        Severity.Error,
        "Every volume claim is at least its disk type's minimum size",
        "The disk driver creates no disk below its type's minimum: the claim stays Pending and Prometheus or Alertmanager never starts.",
        $"StorageFacts.DiskMinimums: {string.Join("; ", StorageFacts.DiskMinimums.Select(fact => $"{fact.DiskType} ≥ {fact.MinimumGiB} GiB ({fact.Source})"))}");

    public static RuleMetadata ReplicationPrerequisites { get; } = RuleMetadata.Deployability(
        "MLD-REP-001",
        Severity.Error,
        "Replication targets and roles satisfy the source's prerequisites",
        "The cloud accepts the replication configuration and then fails every object it cannot replicate: the disaster-recovery copy stays empty.",
        $"S3: {ReplicationFacts.S3.Source}. OSS: {ReplicationFacts.Oss.Source}");

    public static RuleMetadata ServicePrincipal { get; } = RuleMetadata.Deployability(
        "MLD-IAM-001",
        Severity.Error,
        "Trust policies name only service principals of the stack's partition",
        "IAM refuses a role that trusts a principal it does not know, or the service cannot assume it: the cluster, its nodes or a replication never start.",
        $"AwsPartitionFacts.EksPrincipal ({AwsPartitionFacts.Commercial.EksPrincipal.Source}); EC2: {AwsServicePrincipals.For(AwsPartitionFacts.China)[1].Source}; the others: each principal's AWS documentation; {AwsServicePrincipals.ChinaCaveat}");

    public static RuleMetadata IrsaAudience { get; } = RuleMetadata.Deployability(
        "MLD-IAM-002",
        Severity.Error,
        "OIDC providers and their trust conditions use the audience the issuer's tokens carry in the partition",
        "Tokens carry one audience; a provider or condition expecting another refuses every token and no role can be assumed (IRSA pods, GitHub Actions jobs).",
        $"AwsPartitionFacts.IrsaAudience: {AwsPartitionFacts.Commercial.IrsaAudience.Source}; GithubOidcFacts.AwsChinaAudience: {GithubOidcFacts.AwsChinaAudience.Source}");

    public static RuleMetadata SecretConfig { get; } = RuleMetadata.Deployability(
        "MLD-CFG-001",
        Severity.Error,
        "Secret config values reach the program only through fn::secret",
        "A secret set in plain text in the stack file stays plain through a reference; only fn::secret marks it secret in state and output.",
        "pulumi/pulumi-yaml pkg/pulumiyaml/run.go (config values are read as the stack set them; the program's config block types them) and its fn::secret evaluation (marks the value secret); ml-platform issue 15 item 12");

    public static RuleMetadata ManagedControlPlaneScrape { get; } = RuleMetadata.Deployability(
        "MLD-MON-001",
        Severity.Error,
        "Managed control planes are not scraped",
        "EKS and ACK run the controller manager, scheduler and etcd where the cluster cannot reach them: their targets are down and critical alerts page for nothing.",
        "prometheus-community/helm-charts, kube-prometheus-stack 88.5.3 (the pinned chart): values.yaml kubeControllerManager.enabled, kubeEtcd.enabled and kubeScheduler.enabled are true; "
            + "templates/prometheus/rules-1.14/kubernetes-system-controller-manager.yaml and kubernetes-system-scheduler.yaml render KubeControllerManagerDown and KubeSchedulerDown (severity critical) when enabled; "
            + "Amazon EKS User Guide, 'Amazon EKS control plane' (run by AWS outside the cluster's VPC); ACK managed clusters (control plane hosted by ACK). ml-platform issue 15 item 8");

    public static RuleMetadata GpuPoolMaximum { get; } = RuleMetadata.Deployability(
        "MLD-GPU-001",
        Severity.Error,
        "A GPU pool's node groups stay within the pool's maximum",
        "A pool split into several node groups (spot with on-demand fallback) can scale each to the maximum: it costs up to twice what was approved and the at-maximum alert never fires.",
        $"The platform's own record of a pool's maximum: the {PlatformMetrics.PoolMaxNodes} recording rule (written by src/4-components/Infra.Components/Monitoring/PlatformRules.cs); EKS scalingConfig.maxSize and ACK scalingConfig.maxSize bound each group; ml-platform issue 15 item 7");

    public static RuleMetadata UnusedKey { get; } = RuleMetadata.Deployability(
        "MLD-KMS-001",
        Severity.Warning,
        "Every KMS key protects something",
        "A key referenced by nothing but its alias encrypts nothing: it is billed every month and usually means a resource meant to use it does not.",
        "AWS KMS pricing (each customer managed key is billed monthly) and Alibaba Cloud KMS billing; the stack's own graph (references to the key); ml-platform issue 15 item 11 (platform-key used by nothing)");

    public static RuleMetadata PrivateApiPath { get; } = RuleMetadata.Deployability(
        "MLD-NET-001",
        Severity.Error,
        "A private cluster API has a path in from the deploying runner before any Kubernetes object is sent",
        "Without it the first pulumi up creates the cluster and then cannot reach it: every Kubernetes resource fails and the stack is left half-built.",
        "review first-deploy (shared/reference/reviews/ordering.md); EKS User Guide, cluster security group (admits only itself by default); "
        + "AWS Knowledge Center eks-private-cluster-endpoint-vpc (a private endpoint's name resolves to private addresses from a connected network); "
        + "@pulumi/alicloud 3.108.0 vpc/routeEntry.d.ts (nexthopType Attachment: a transit router)");
}
