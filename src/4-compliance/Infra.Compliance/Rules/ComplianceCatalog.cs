namespace Infra.Compliance.Rules;

/// <summary>
/// What each compliance rule (<c>MLC-…</c>) is, in the order the pack runs them: one row per rule, as
/// docs/compliance.md has one (cdk-nag's packs hold their rules' info the same way). A rule's class
/// takes its row and keeps only its decision; DocumentationTests hold the docs to this table.
/// </summary>
internal static class ComplianceCatalog
{
    public static RuleMetadata ProviderRegion { get; } = RuleMetadata.Compliance(
        "MLC-RES-001",
        Severity.Error,
        "Every cloud provider's region is in the stack's jurisdiction",
        "A provider's region is where the resources it manages keep their data: a China stack uses China regions only, a global stack none.",
        Governance.Residency,
        []);

    public static RuleMetadata CrossJurisdiction { get; } = RuleMetadata.Compliance(
        "MLC-RES-002",
        Severity.Error,
        "Nothing points outside the stack's jurisdiction",
        "A replication destination, endpoint, ARN, reference or invoke that leaves the jurisdiction moves data across the border without anyone deciding to.",
        Governance.Residency,
        []);

    public static RuleMetadata StateResidency { get; } = RuleMetadata.Compliance(
        "MLC-RES-003",
        Severity.Error,
        "The stack's state and the key of its secrets are in its jurisdiction",
        "Pulumi state holds every resource's properties and outputs, and the secrets provider decides who can decrypt them: for a China stack both are China data.",
        Governance.Residency,
        []);

    public static RuleMetadata StateDeclaration { get; } = RuleMetadata.Compliance(
        "MLC-RES-004",
        Severity.Warning,
        "The stack declares a secrets provider and a state backend whose place can be judged",
        "Where a stack's secrets are encrypted and its state kept is part of the stack: a default or an unnamed place is decided by whoever runs pulumi.",
        Governance.Residency,
        []);

    public static RuleMetadata LogResidency { get; } = RuleMetadata.Compliance(
        "MLC-RES-005",
        Severity.Error,
        "Every log destination is kept in a region of the stack's jurisdiction",
        "Container, node, flow and control-plane logs carry workload data and identities: a log group or logstore abroad exports them with every line written.",
        Governance.Residency,
        []);

    public static RuleMetadata BucketKmsEncryption { get; } = RuleMetadata.Compliance(
        "MLC-BKT-001",
        Severity.Error,
        "Buckets are encrypted with a customer-managed KMS key",
        "A key of our own can be audited, rotated and revoked; the storage service's default key cannot.",
        Governance.Confidentiality,
        [
            ControlReference.SecurityHub("S3.17", "NIST SP 800-53 r5", "S3 general purpose buckets should be encrypted at rest with AWS KMS keys"),
            ControlReference.CisAlibaba("5.9", "Ensure server-side encryption is set to 'Encrypt with BYOK'"),
        ]);

    public static RuleMetadata BucketVersioning { get; } = RuleMetadata.Compliance(
        "MLC-BKT-002",
        Severity.Error,
        "Dataset and model-artifact buckets are versioned",
        "Training data and trained models are the product; versions let a bad overwrite or deletion be undone.",
        Governance.Recoverability,
        [ControlReference.SecurityHub("S3.14", "NIST SP 800-53 r5", "S3 general purpose buckets should have versioning enabled")]);

    public static RuleMetadata BucketPublicAccess { get; } = RuleMetadata.Compliance(
        "MLC-BKT-003",
        Severity.Error,
        "Buckets block all public access",
        "ML data is never meant for anonymous readers; one public ACL or policy would publish it.",
        Governance.Confidentiality,
        [
            ControlReference.Fsbp("S3.8", "S3 general purpose buckets should block public access"),
            ControlReference.Fsbp("S3.2", "S3 general purpose buckets should block public read access"),
            ControlReference.Fsbp("S3.3", "S3 general purpose buckets should block public write access"),
            ControlReference.CisAlibaba("5.1", "Ensure that OSS bucket is not anonymously or publicly accessible"),
        ]);

    public static RuleMetadata BucketTlsOnly { get; } = RuleMetadata.Compliance(
        "MLC-BKT-004",
        Severity.Error,
        "Buckets accept only TLS requests",
        "Without a deny on insecure transport, a misconfigured client sends data and credentials in clear text.",
        Governance.Confidentiality,
        [
            ControlReference.Fsbp("S3.5", "S3 general purpose buckets should require requests to use SSL"),
            ControlReference.CisAlibaba("5.4", "Ensure that 'Secure transfer required' is set to 'Enabled'"),
        ]);

    public static RuleMetadata BucketAccessLogging { get; } = RuleMetadata.Compliance(
        "MLC-BKT-005",
        Severity.Error,
        "Buckets log access to a log bucket",
        "Access logs are the record of who read or changed ML data; without them an incident cannot be traced.",
        Governance.Accountability,
        [
            ControlReference.Fsbp("S3.9", "S3 general purpose buckets should have server access logging enabled"),
            ControlReference.CisAlibaba("5.3", "Ensure that logging is enabled for OSS buckets"),
        ]);

    public static RuleMetadata BucketLifecycle { get; } = RuleMetadata.Compliance(
        "MLC-BKT-006",
        Severity.Warning,
        "Buckets have a lifecycle",
        "Without expiry and tiering, old versions, checkpoints and half-finished uploads are kept (and paid for) forever.",
        Governance.Retention,
        [
            ControlReference.Fsbp("S3.13", "S3 general purpose buckets should have Lifecycle configurations"),
            ControlReference.Fsbp("S3.10", "S3 general purpose buckets with versioning enabled should have Lifecycle configurations"),
        ]);

    public static RuleMetadata StatefulProtection { get; } = RuleMetadata.Compliance(
        "MLC-STA-001",
        Severity.Error,
        "Stateful resources are protected in prod",
        "A deleted bucket, key or cluster in prod loses data or the platform; protect and retainOnDelete make that a two-step, deliberate change.",
        Governance.Recoverability,
        [ControlReference.Fsbp("KMS.3", "AWS KMS keys should not be deleted unintentionally")]);

    public static RuleMetadata KeyRotation { get; } = RuleMetadata.Compliance(
        "MLC-KMS-001",
        Severity.Error,
        "KMS keys rotate automatically",
        "Rotation limits how much data one key version protects, and how long a leaked version stays useful.",
        Governance.Confidentiality,
        [ControlReference.SecurityHub("KMS.4", "CIS AWS Foundations Benchmark v3.0.0 3.6", "AWS KMS key rotation should be enabled")]);

    public static RuleMetadata ClusterEndpoint { get; } = RuleMetadata.Compliance(
        "MLC-K8S-001",
        Severity.Error,
        "Cluster API endpoints are private, or public only to listed CIDRs",
        "An API server open to the internet is one leaked token or one CVE away from the whole cluster.",
        Governance.ClusterIsolation,
        [
            ControlReference.Fsbp("EKS.1", "EKS cluster endpoints should not be publicly accessible"),
            ControlReference.CisAlibaba("7.9", "Ensure Kubernetes Cluster is created with Private cluster enabled"),
        ]);

    public static RuleMetadata ControlPlaneLogging { get; } = RuleMetadata.Compliance(
        "MLC-K8S-002",
        Severity.Error,
        "Cluster control-plane and audit logging is on",
        "The API server's audit log is the only record of who read a secret or changed a workload.",
        Governance.Accountability,
        [
            ControlReference.Fsbp("EKS.8", "EKS clusters should have audit logging enabled"),
            ControlReference.CisAlibaba("7.1", "Ensure Log Service is set to 'Enabled' on Kubernetes Engine Clusters"),
        ]);

    public static RuleMetadata SecretsEncryption { get; } = RuleMetadata.Compliance(
        "MLC-K8S-003",
        Severity.Error,
        "Cluster secrets are encrypted with a KMS key",
        "Without envelope encryption, anyone who reads etcd or its backups reads every secret in the cluster.",
        Governance.ClusterIsolation,
        [ControlReference.SecurityHub("EKS.3", "NIST SP 800-53 r5, PCI DSS v4.0.1", "EKS clusters should use encrypted Kubernetes secrets")]);

    /// <summary><see cref="Nodes.ImdsV2Rule"/>.</summary>
    public static RuleMetadata ImdsV2 { get; } = RuleMetadata.Compliance(
        "MLC-NOD-001",
        Severity.Error,
        "Nodes require IMDSv2",
        "IMDSv1 answers any request from the node, so one SSRF in a pod hands out the node role's credentials.",
        Governance.ClusterIsolation,
        [
            ControlReference.Fsbp("EC2.8", "EC2 instances should use Instance Metadata Service Version 2 (IMDSv2)"),
            ControlReference.Fsbp("EC2.170", "EC2 launch templates should use Instance Metadata Service Version 2 (IMDSv2)"),
        ]);

    public static RuleMetadata EncryptedDisks { get; } = RuleMetadata.Compliance(
        "MLC-NOD-002",
        Severity.Error,
        "Node disks are encrypted",
        "Node disks hold container images, cached datasets and checkpoints; an unencrypted volume or snapshot leaks them.",
        Governance.Confidentiality,
        [
            ControlReference.Fsbp("EC2.181", "EC2 launch templates should enable encryption for attached EBS volumes"),
            ControlReference.Fsbp("EC2.3", "Attached Amazon EBS volumes should be encrypted at-rest"),
            ControlReference.CisAlibaba("4.2", "Ensure that 'Virtual Machine's disk' are encrypted"),
        ]);

    public static RuleMetadata OpenIngress { get; } = RuleMetadata.Compliance(
        "MLC-NET-001",
        Severity.Error,
        "No ingress from anywhere except to load balancer ports",
        "Anything reachable from the whole internet is scanned within minutes; only load balancers are meant to be.",
        Governance.ClusterIsolation,
        [
            ControlReference.Fsbp("EC2.18", "Security groups should only allow unrestricted incoming traffic for authorized ports"),
            ControlReference.Fsbp("EC2.19", "Security groups should not allow unrestricted access to ports with high risk"),
            ControlReference.CisAlibaba("4.3", "Ensure no security groups allow ingress from 0.0.0.0/0 to port 22"),
            ControlReference.CisAlibaba("4.4", "Ensure no security groups allow ingress from 0.0.0.0/0 to port 3389"),
        ]);

    public static RuleMetadata FlowLogs { get; } = RuleMetadata.Compliance(
        "MLC-NET-002",
        Severity.Error,
        "Every VPC has flow logs",
        "Flow logs are the only record of which addresses talked to the cluster and its data.",
        Governance.Accountability,
        [
            ControlReference.Fsbp("EC2.6", "VPC flow logging should be enabled in all VPCs"),
            ControlReference.CisAlibaba("3.3", "Ensure VPC flow logging is enabled in all VPCs"),
        ]);

    public static RuleMetadata IcpFiling { get; } = RuleMetadata.Compliance(
        "MLC-NET-003",
        Severity.Warning,
        "Public endpoints in a China stack need an ICP filing",
        "A service reachable from the internet through a mainland server must have an ICP filing before it serves; Alibaba Cloud blocks a domain resolved to an unfiled mainland server.",
        Governance.MainlandServing,
        []);

    public static RuleMetadata RequiredTags { get; } = RuleMetadata.Compliance(
        "MLC-TAG-001",
        Severity.Error,
        "Taggable resources carry owner, cost-center, environment and data-classification",
        "Untagged resources have no one to ask, no budget to charge and no classification to protect them by.",
        Governance.Ownership,
        [
            // The standard has one "should be tagged" control per resource type, with the required keys as a parameter.
            ControlReference.SecurityHub("EKS.6", "AWS Resource Tagging Standard v1.0.0", "EKS clusters should be tagged"),
            ControlReference.SecurityHub("EC2.46", "AWS Resource Tagging Standard v1.0.0", "Amazon VPCs should be tagged"),
        ]);

    public static RuleMetadata PlaintextSecret { get; } = RuleMetadata.Compliance(
        "MLC-SEC-001",
        Severity.Error,
        "No plaintext secret in any property",
        "A literal secret is committed with the code and stored readable in Pulumi state; fn::secret or a secret config value keeps it encrypted.",
        Governance.Secrets,
        [
            ControlReference.Fsbp("CodeBuild.2", "CodeBuild project environment variables should not contain clear text credentials"),
            ControlReference.Fsbp("ECS.8", "Secrets should not be passed as container environment variables"),
        ]);

    public static RuleMetadata RegistryJurisdiction { get; } = RuleMetadata.Compliance(
        "MLC-SUP-001",
        Severity.Error,
        "A China stack pulls every image and chart from a registry in China",
        "From the mainland, registries and chart hosts abroad are slow or unreachable, and a failed pull fails an atomic release and so `pulumi up`; the mirror in China is what the platform team fills and controls.",
        Governance.SupplyChain,
        []);
}
