using System.Globalization;
using System.Text.RegularExpressions;
using Infra.Components.Storage;
using Infra.Platform.Kubernetes;
using Infra.Providers.Kubernetes;
using Infra.Providers.Kubernetes.Core.V1;
using Infra.Providers.Kubernetes.Scheduling.V1;

namespace Infra.Components.Compute;

/// <summary>A team that runs work on the cluster: its namespace and GPU quota.</summary>
public sealed record TeamSpec(string Name, int GpuQuota, string? CostCenter = null);

/// <summary>The teams of a cluster and the data access their workloads get.</summary>
public sealed record TeamNamespacesArgs
{
    public ImmutableArray<TeamSpec> Teams { get; init; } = [];

    /// <summary>What the <c>training</c> service account of every team may do with the stack's data.</summary>
    public DataAccessPolicy? TrainingAccess { get; init; }

    /// <summary>What the <c>serving</c> service account of every team may do with the stack's data.</summary>
    public DataAccessPolicy? ServingAccess { get; init; }
}

/// <summary>
/// GPU accounting and access on a cluster: PriorityClasses that let inference preempt training
/// and training preempt notebooks; per team a namespace labelled with the team and cost centre,
/// a ResourceQuota on <c>nvidia.com/gpu</c> requests, and two service accounts,
/// <c>training</c> and <c>serving</c>, bound through workload identity (IRSA / RRSA) to roles
/// with the storage's least-privilege policies. Create it with the cluster's Kubernetes provider.
/// </summary>
public sealed class TeamNamespaces : Component
{
    /// <summary>Priority classes by workload, highest first; values well below system-cluster-critical (2,000,000,000).</summary>
    public static IReadOnlyList<(WorkloadClass Workload, string Name, int Value, string Preemption, string Description)> Priorities { get; } =
    [
        (WorkloadClass.Inference, "ml-inference", 100_000, "PreemptLowerPriority", "Model serving: latency-bound, preempts training and notebooks for GPUs."),
        (WorkloadClass.Training, "ml-training", 50_000, "PreemptLowerPriority", "Training jobs: checkpoint often; may be preempted by serving."),
        (WorkloadClass.Notebook, "ml-notebook", 10_000, "Never", "Interactive notebooks: never preempt others; first to give way."),
    ];

    public const string TrainingServiceAccount = "training";
    public const string ServingServiceAccount = "serving";

    public TeamNamespaces(Scope parent, string name, StackEnvironment environment, KubernetesCluster cluster, TeamNamespacesArgs args, ComponentOptions? options = null)
        : base(parent, name, options)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(args);
        var diagnostics = new DiagnosticBag();
        TeamRules.Check(args.Teams, Path, diagnostics);
        diagnostics.ThrowIfErrors();
        var ready = cluster.Built.ReadyForWorkloads;
        foreach (var (workload, className, value, preemption, description) in Priorities)
        {
            _ = new PriorityClass(this, $"{ComputeNames.Of(workload)}-priority", new PriorityClassArgs
            {
                Metadata = new ObjectMetaArgs { Name = className, Labels = new InputMap<string> { [PlatformLabels.WorkloadClass] = ComputeNames.Of(workload) } },
                Value = value,
                GlobalDefault = false,
                PreemptionPolicy = preemption,
                Description = description,
            }, new ResourceOptions { DependsOn = ready });
        }

        var namespaces = new List<string>();
        foreach (var team in args.Teams)
        {
            Team(environment, cluster, args, team, ready);
            namespaces.Add(team.Name);
        }

        Namespaces = namespaces;
    }

    public override string Kind => "TeamNamespaces";

    /// <summary>The namespaces created, one per team (named after the team).</summary>
    public IReadOnlyList<string> Namespaces { get; }

    private void Team(StackEnvironment environment, KubernetesCluster cluster, TeamNamespacesArgs args, TeamSpec team, ImmutableArray<Resource> ready)
    {
        var labels = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, cluster.WorkloadIdentity.NamespaceLabels)
            .SetItem(PlatformLabels.Team, team.Name)
            .SetItem(PlatformLabels.Prefix + "cost-center", team.CostCenter ?? environment.Tags.CostCenter);
        var ns = new Namespace(this, $"{team.Name}-ns", new NamespaceArgs
        {
            Metadata = new ObjectMetaArgs { Name = team.Name, Labels = InputMap.From(labels) },
        }, new ResourceOptions { DependsOn = ready });
        var inNamespace = new ResourceOptions { DependsOn = [ns] };

        // Extended resources are quota'd by their requests (limits must equal requests for GPUs).
        _ = new ResourceQuota(this, $"{team.Name}-gpu-quota", new ResourceQuotaArgs
        {
            Metadata = new ObjectMetaArgs { Name = "gpu-quota", Namespace = team.Name, Labels = new InputMap<string> { [PlatformLabels.Team] = team.Name } },
            Spec = new ResourceQuotaSpecArgs
            {
                Hard = new InputMap<string> { [$"requests.{PlatformLabels.GpuResource}"] = team.GpuQuota.ToString(CultureInfo.InvariantCulture) },
            },
        }, inNamespace);

        foreach (var (account, access) in new[] { (TrainingServiceAccount, args.TrainingAccess), (ServingServiceAccount, args.ServingAccess) })
        {
            var annotations = new InputMap<string>();
            if (access is not null)
            {
                var binding = cluster.WorkloadIdentity.Bind(this, $"{team.Name}-{account}-role", RoleName(environment, team.Name, account),
                    team.Name, account, [access]);
                foreach (var (key, value) in binding.ServiceAccountAnnotations)
                {
                    annotations[key] = value;
                }
            }

            _ = new ServiceAccount(this, $"{team.Name}-{account}-sa", new ServiceAccountArgs
            {
                Metadata = new ObjectMetaArgs
                {
                    Name = account,
                    Namespace = team.Name,
                    Labels = new InputMap<string> { [PlatformLabels.Team] = team.Name },
                    Annotations = annotations.Count == 0 ? null : annotations,
                },
            }, inNamespace);
        }
    }

    /// <summary><c>&lt;org&gt;-&lt;stack&gt;-&lt;team&gt;-&lt;account&gt;</c>: unique per account and cloud; a longer one than IAM and RAM allow (64) ends in a hash.</summary>
    private static string RoleName(StackEnvironment environment, string team, string account)
    {
        return PhysicalNames.Fit($"{environment.OrgPrefix}-{environment.StackName}-{team}-{account}", NameLimitFacts.IamRoleName);
    }
}

/// <summary>Checks of team names and quotas: each becomes a namespace, so it must be a DNS label the platform does not use itself.</summary>
public static partial class TeamRules
{
    /// <summary>Namespaces that exist on every cluster or belong to the platform.</summary>
    public static IReadOnlyList<string> Reserved { get; } = ["default", "gpu-system", "kube-node-lease", "kube-public", "kube-system", "monitoring"];

    [GeneratedRegex("^[a-z]([a-z0-9-]{0,38}[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    /// <summary>Reports problems as <c>{subject}[i].name</c> / <c>.gpuQuota</c>.</summary>
    public static void Check(IReadOnlyList<TeamSpec> teams, string subject, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(teams);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < teams.Count; i++)
        {
            var team = teams[i];
            var key = $"{subject}[{i}]";
            if (!Shape().IsMatch(team.Name))
            {
                diagnostics.Error(ComputeCodes.InvalidName, $"{key}.name",
                    $"'{team.Name}' is not allowed; allowed: 1-40 lowercase letters, digits and hyphens, starting with a letter (it names the team's namespace)");
            }
            else if (Reserved.Contains(team.Name))
            {
                diagnostics.Error(ComputeCodes.InvalidName, $"{key}.name",
                    $"'{team.Name}' is a namespace the cluster or platform uses; allowed: any other name, not {string.Join(", ", Reserved)}");
            }
            else if (!seen.Add(team.Name))
            {
                diagnostics.Error(ComputeCodes.DuplicateName, $"{key}.name", $"'{team.Name}' is listed twice; each team once");
            }

            if (team.GpuQuota < 0)
            {
                diagnostics.Error(ComputeCodes.InvalidName, $"{key}.gpuQuota", $"{team.GpuQuota} is negative; allowed: 0 or more GPUs");
            }
        }
    }
}
