using Infra.Components.Aspects;
using Infra.Core.Graph;
using Infra.Core.Resources;
using Infra.Core.Values;
using Infra.Platform;
using Infra.Platform.Environment;
using Infra.Stacks.Specs;
using AliCs = Infra.Providers.Alicloud.Cs;
using AliKms = Infra.Providers.Alicloud.Kms;
using AliOss = Infra.Providers.Alicloud.Oss;
using AwsEks = Infra.Providers.Aws.Eks;
using AwsIam = Infra.Providers.Aws.Iam;
using AwsKms = Infra.Providers.Aws.Kms;
using AwsS3 = Infra.Providers.Aws.S3;

namespace Infra.Stacks.Tests;

/// <summary>
/// The pass that tags every taggable resource and protects every stateful one in prod gives a
/// resource created bare exactly what its call site gives it today, and changes nothing the call
/// site already gave (so both may coexist while the call sites are removed).
/// </summary>
public class StandardAspectsTests
{
    private delegate Resource Create(Scope scope, InputMap<string>? tags, ResourceOptions? options);

    /// <summary>One typed resource per stateful token of the table.</summary>
    private static readonly Dictionary<string, Create> Stateful = new(StringComparer.Ordinal)
    {
        ["aws:s3/bucket:Bucket"] = (scope, tags, options) => new AwsS3.Bucket(scope, "bucket", new AwsS3.BucketArgs { Tags = tags }, options),
        ["alicloud:oss/bucket:Bucket"] = (scope, tags, options) => new AliOss.Bucket(scope, "bucket", new AliOss.BucketArgs { Tags = tags }, options),
        ["aws:kms/key:Key"] = (scope, tags, options) => new AwsKms.Key(scope, "key", new AwsKms.KeyArgs { Tags = tags }, options),
        ["alicloud:kms/key:Key"] = (scope, tags, options) => new AliKms.Key(scope, "key", new AliKms.KeyArgs { Tags = tags }, options),
        ["aws:eks/cluster:Cluster"] = (scope, tags, options) => new AwsEks.Cluster(scope, "cluster", new AwsEks.ClusterArgs
        {
            RoleArn = "arn:aws:iam::123456789012:role/eks-cluster",
            VpcConfig = new AwsEks.ClusterVpcConfigArgs { SubnetIds = ["subnet-a"] },
            Tags = tags,
        }, options),
        ["alicloud:cs/managedKubernetes:ManagedKubernetes"] = (scope, tags, options) =>
            new AliCs.ManagedKubernetes(scope, "cluster", new AliCs.ManagedKubernetesArgs { Tags = tags }, options),
    };

    private static readonly Create TaggableRole = (scope, tags, options) => new AwsIam.Role(scope, "role", new AwsIam.RoleArgs { AssumeRolePolicy = "{}", Tags = tags }, options);

    public static TheoryData<string, string> StatefulTokensByStack()
    {
        var data = new TheoryData<string, string>();
        foreach (var token in Stateful.Keys)
        {
            data.Add("prod-global", token);
            data.Add("dev-global", token);
        }

        return data;
    }

    [Fact]
    public void Every_stateful_token_of_the_table_is_covered_here()
    {
        Assert.Equal(StatefulTypes.Tokens.Keys.Order(StringComparer.Ordinal), Stateful.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(StatefulTokensByStack))]
    public void A_bare_stateful_resource_gets_the_tags_and_options_its_call_site_gives(string stackName, string token)
    {
        var (bare, callSite) = Twins(stackName, Stateful[token], stateful: true);

        Assert.Equal(token, bare.Type);
        Assert.Equal(callSite.Properties, bare.Properties);
        Assert.Equal(callSite.Options, bare.Options);
        Assert.Equal(stackName == "prod-global" ? true : null, bare.Options.Protect);
        Assert.Equal(stackName == "prod-global" ? true : null, bare.Options.RetainOnDelete);
    }

    [Fact]
    public void A_bare_taggable_resource_that_is_not_stateful_gets_the_standard_tags_and_no_protection()
    {
        var (bare, callSite) = Twins("prod-global", TaggableRole, stateful: false);

        Assert.Equal(callSite.Properties, bare.Properties);
        Assert.Equal("owner-component", Tag(bare, StandardTags.ComponentKey));
        Assert.Null(bare.Options.Protect);
        Assert.Null(bare.Options.RetainOnDelete);
    }

    [Fact]
    public void Tags_the_resource_sets_itself_win_and_a_second_pass_changes_nothing()
    {
        var environment = Environment("prod-global");
        var stack = new Stack("prod-global", "ml-platform");
        var owner = new Owner(stack, "owner");
        var bucket = Stateful["aws:s3/bucket:Bucket"](new Owner(owner, "component"), InputMap.From([KeyValuePair.Create(StandardTags.DataClassificationKey, "confidential")]), null);

        StandardAspects.Apply(stack, environment);
        var (properties, options) = (bucket.Properties, bucket.Options);
        StandardAspects.Apply(stack, environment);

        Assert.Equal("confidential", Tag(bucket, StandardTags.DataClassificationKey));
        Assert.Equal("owner-component", Tag(bucket, StandardTags.ComponentKey));
        Assert.Same(properties, bucket.Properties);
        Assert.Same(options, bucket.Options);
    }

    [Fact]
    public void A_resource_of_the_stack_itself_belongs_to_no_component_and_is_left_alone()
    {
        var stack = new Stack("prod-global", "ml-platform");
        var role = TaggableRole(stack, null, null);

        StandardAspects.Apply(stack, Environment("prod-global"));

        Assert.Null(role.Properties["tags"]);
    }

    /// <summary>The same resource created bare and as its call site does today, each in a component <c>owner-component</c>, after the pass.</summary>
    private static (Resource Bare, Resource CallSite) Twins(string stackName, Create create, bool stateful)
    {
        var environment = Environment(stackName);
        var bare = create(Component(stackName, out var bareStack), null, null);
        var callSiteScope = Component(stackName, out var callSiteStack);
        var callSite = create(callSiteScope, InputMap.From(environment.Tags.For(callSiteScope.Path)), stateful ? environment.Stateful() : null);
        StandardAspects.Apply(bareStack, environment);
        StandardAspects.Apply(callSiteStack, environment);
        return (bare, callSite);
    }

    private static Owner Component(string stackName, out Stack stack)
    {
        stack = new Stack(stackName, "ml-platform");
        return new Owner(new Owner(stack, "owner"), "component");
    }

    private static string? Tag(Resource resource, string key) =>
        ((resource.Properties["tags"] as MapValue)?[key] as StringValue)?.Text;

    private static StackEnvironment Environment(string stackName) =>
        new EnvironmentSpecReader(RegionCatalog.Default).Read(stackName, "ml-platform", ReferenceStacks.Config(stackName)).Environment;

    private sealed class Owner(Scope parent, string name) : Infra.Core.Graph.Component(parent, name);
}
