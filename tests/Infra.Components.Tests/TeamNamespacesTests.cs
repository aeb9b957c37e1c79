using Infra.Components.Compute;
using Infra.Components.Storage;
using Infra.Core.Diagnostics;

namespace Infra.Components.Tests;

public class TeamNamespacesTests
{
    private static (Stack Stack, TeamNamespaces Teams) Build(StackEnvironment environment, params TeamSpec[] teams)
    {
        var (stack, cluster) = ClusterTestStacks.Build(environment);
        var storage = new MlDataStorage(stack, "data", environment, new MlDataStorageArgs());
        var namespaces = new TeamNamespaces(stack, "teams", environment, cluster, new TeamNamespacesArgs
        {
            Teams = [.. teams],
            TrainingAccess = storage.TrainingAccess,
            ServingAccess = storage.ServingAccess,
        }, new ComponentOptions { Providers = [cluster.KubernetesProvider] });
        return (stack, namespaces);
    }

    [Fact]
    public void Priority_classes_let_inference_preempt_training_and_notebooks_never_preempt()
    {
        var (stack, _) = Build(ClusterTestStacks.AwsProd);
        var template = ProgramTemplate.From(stack);

        template.HasResource("kubernetes:scheduling.k8s.io/v1:PriorityClass", "metadata:\n  name: ml-inference\nvalue: 100000\npreemptionPolicy: PreemptLowerPriority\nglobalDefault: false");
        template.HasResource("kubernetes:scheduling.k8s.io/v1:PriorityClass", "metadata:\n  name: ml-training\nvalue: 50000");
        template.HasResource("kubernetes:scheduling.k8s.io/v1:PriorityClass", "metadata:\n  name: ml-notebook\nvalue: 10000\npreemptionPolicy: Never");
    }

    [Fact]
    public void Each_team_gets_a_labelled_namespace_with_a_gpu_quota_on_requests()
    {
        var (stack, teams) = Build(ClusterTestStacks.AwsProd, new TeamSpec("research", 16, "cc-ml-3001"), new TeamSpec("search", 4));
        var template = ProgramTemplate.From(stack);

        Assert.Equal(["research", "search"], teams.Namespaces);
        template.HasResource("kubernetes:core/v1:Namespace", "metadata:\n  name: research\n  labels:\n    ml-platform.io/team: research\n    ml-platform.io/cost-center: cc-ml-3001",
            "provider: ${cluster-k8s}");
        template.HasResource("kubernetes:core/v1:Namespace", "metadata:\n  name: search\n  labels:\n    ml-platform.io/cost-center: cc-1");
        template.HasResource("kubernetes:core/v1:ResourceQuota", "metadata:\n  name: gpu-quota\n  namespace: research\nspec:\n  hard:\n    requests.nvidia.com/gpu: \"16\"");
    }

    [Fact]
    public void On_eks_training_and_serving_service_accounts_assume_irsa_roles_with_the_storage_policies()
    {
        var (stack, _) = Build(ClusterTestStacks.AwsProd, new TeamSpec("research", 8));
        var template = ProgramTemplate.From(stack);

        template.HasResource("kubernetes:core/v1:ServiceAccount",
            "metadata:\n  name: training\n  namespace: research\n  annotations:\n    eks.amazonaws.com/role-arn: ${teams-research-training-role.arn}");
        template.HasResource("kubernetes:core/v1:ServiceAccount",
            "metadata:\n  name: serving\n  namespace: research\n  annotations:\n    eks.amazonaws.com/role-arn: ${teams-research-serving-role.arn}");
        template.HasResource("aws:iam/role:Role", "name: acme-prod-test-research-training");
        template.HasResource("aws:iam/rolePolicyAttachment:RolePolicyAttachment", "role: ${teams-research-training-role.name}\npolicyArn: ${data-training-access.arn}");
        template.HasResource("aws:iam/rolePolicyAttachment:RolePolicyAttachment", "role: ${teams-research-serving-role.name}\npolicyArn: ${data-serving-access.arn}");
        var trust = ProgramTemplate.Scalar(template.Resource("teams-research-training-role"), "properties.assumeRolePolicy")!;
        Assert.Contains("system:serviceaccount:research:training", trust, StringComparison.Ordinal);
        Assert.Empty(GraphChecker.Check(stack));
    }

    [Fact]
    public void On_ack_the_roles_are_ram_roles_trusted_through_rrsa_and_the_namespace_turns_injection_on()
    {
        var (stack, _) = Build(ClusterTestStacks.AlibabaProd, new TeamSpec("research", 8));
        var template = ProgramTemplate.From(stack);

        template.HasResource("kubernetes:core/v1:Namespace", "metadata:\n  labels:\n    pod-identity.alibabacloud.com/injection: \"on\"");
        template.HasResource("kubernetes:core/v1:ServiceAccount",
            "metadata:\n  name: training\n  annotations:\n    pod-identity.alibabacloud.com/role-name: acme-prod-test-research-training");
        template.HasResource("alicloud:ram/role:Role", """
            roleName: acme-prod-test-research-training
            assumeRolePolicyDocument:
              fn::toJSON:
                Version: "1"
                Statement:
                  - Action: sts:AssumeRole
                    Effect: Allow
                    Principal:
                      Federated: ["${cluster-ack.rrsaMetadata.ramOidcProviderArn}"]
                    Condition:
                      StringEquals:
                        oidc:aud: sts.aliyuncs.com
                        oidc:iss: ${cluster-ack.rrsaMetadata.rrsaOidcIssuerUrl}
                        oidc:sub: system:serviceaccount:research:training
            """);
        template.HasResource("alicloud:ram/rolePolicyAttachment:RolePolicyAttachment",
            "roleName: ${teams-research-training-role.roleName}\npolicyName: ${data-training-access.policyName}\npolicyType: Custom");
        Assert.Empty(GraphChecker.Check(stack));
    }

    [Fact]
    public void Bad_team_names_and_quotas_are_all_reported_with_their_index()
    {
        var error = Assert.Throws<InfraException>(() => Build(ClusterTestStacks.AwsDev,
            new TeamSpec("Research", 1), new TeamSpec("kube-system", 1), new TeamSpec("search", 1), new TeamSpec("search", -2)));

        Assert.Equal(
            ["teams[0].name", "teams[1].name", "teams[3].name", "teams[3].gpuQuota"],
            error.Diagnostics.Select(diagnostic => diagnostic.Subject));
    }
}
