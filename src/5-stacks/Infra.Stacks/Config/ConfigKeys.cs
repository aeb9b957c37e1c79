namespace Infra.Stacks.Config;

/// <summary>The project's own config keys (without the <c>ml-platform:</c> namespace).</summary>
public static class ConfigKeys
{
    /// <summary>dev, staging or prod.</summary>
    public const string Tier = "tier";

    /// <summary>aws, aws-cn or alicloud.</summary>
    public const string Cloud = "cloud";

    /// <summary>A region of that cloud, from the region catalog.</summary>
    public const string Region = "region";

    /// <summary>Optional list of zones; defaults to the first zones of the region.</summary>
    public const string Zones = "zones";

    /// <summary>The team that owns the stack (tag <c>owner</c>).</summary>
    public const string Owner = "owner";

    /// <summary>Where the bill goes (tag <c>cost-center</c>).</summary>
    public const string CostCenter = "costCenter";

    /// <summary>Short organisation prefix for globally unique names.</summary>
    public const string OrgPrefix = "orgPrefix";

    /// <summary>The VPC range, from the jurisdiction's pool (written by bootstrap).</summary>
    public const string VpcCidr = "vpcCidr";

    /// <summary>The deploying runners' network and the hub the VPC joins it through (a path to a private cluster API).</summary>
    public const string DeployNetwork = "deployNetwork";

    /// <summary>How CI reaches the stack: {runner, account, stateAccount} (docs/ci.md).</summary>
    public const string Ci = "ci";

    /// <summary>shared or per-zone NAT.</summary>
    public const string NatStrategy = "natStrategy";

    /// <summary>Alibaba Cloud only: the KMS instance (<c>kst-…</c>) the stack's keys are created in.</summary>
    public const string KmsInstanceId = "kmsInstanceId";

    /// <summary>The stack's Pulumi backend: the URL of <c>pulumi login</c> (<c>infra backend</c> prints it).</summary>
    public const string StateBackend = "stateBackend";
    /// <summary>The registry every image and chart is pulled from: {registry, charts}; required on China stacks.</summary>
    public const string RegistryMirror = Infra.Platform.Supply.RegistryMirror.ConfigKey;

    /// <summary>Data class → region of a bucket replica.</summary>
    public const string Replicas = "replicas";

    /// <summary>Where Alertmanager sends alerts: a list of receivers with their severities.</summary>
    public const string AlertReceivers = "alertReceivers";

    /// <summary>Overrides of the tier's monitoring sizes (retention, storage, replicas).</summary>
    public const string Monitoring = "monitoring";

    /// <summary>Secret: Grafana's admin password (declared by the program, never read by synth).</summary>
    public const string GrafanaAdminPassword = "grafanaAdminPassword";

    /// <summary>The Kubernetes cluster: version, public API CIDRs, system nodes, admins.</summary>
    public const string Cluster = "cluster";

    /// <summary>GPU node pools, a list of objects.</summary>
    public const string GpuPools = "gpuPools";

    /// <summary>Teams with namespaces and GPU quotas, a list of objects.</summary>
    public const string Teams = "teams";

    /// <summary>Compliance findings accepted on purpose: a list of {rule, resource, reason}.</summary>
    public const string Suppressions = "suppressions";
}
