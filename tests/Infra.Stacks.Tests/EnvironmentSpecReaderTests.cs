using Infra.Core.Diagnostics;
using Infra.Platform;
using Infra.Platform.Environment;
using Infra.Stacks.Specs;
using Infra.Testing;

namespace Infra.Stacks.Tests;

public class EnvironmentSpecReaderTests
{
    private static readonly Dictionary<string, string> Valid = SpecReading.Minimal("dev", "aws", "us-west-2", "10.0.0.0/16");

    private static EnvironmentSpec Read(Dictionary<string, string> values, string stack = "dev-global") =>
        SpecReading.Read(stack, SpecReading.Plain(values));

    private static IReadOnlyList<Diagnostic> Errors(Dictionary<string, string> values, string stack = "dev-global") =>
        SpecReading.Errors(stack, SpecReading.Plain(values));

    private static Dictionary<string, string> With(string key, string? value)
    {
        var copy = new Dictionary<string, string>(Valid);
        if (value is null)
        {
            copy.Remove(key);
        }
        else
        {
            copy[key] = value;
        }

        return copy;
    }

    [Fact]
    public void The_spec_carries_its_project_and_the_keys_the_stack_sets_so_composition_needs_nothing_else()
    {
        var spec = Read(With("ml-platform:natStrategy", "shared"));

        Assert.Equal("ml-platform", spec.Project);
        Assert.Equal([.. Valid.Keys.Append("ml-platform:natStrategy").Order(StringComparer.Ordinal)], spec.ConfigKeys);
    }

    [Fact]
    public void A_valid_config_gives_the_environment_with_tier_default_zones()
    {
        var environment = Read(Valid).Environment;

        Assert.Equal(Tier.Dev, environment.Tier);
        Assert.Equal(Cloud.Aws, environment.Cloud);
        Assert.Equal(Jurisdiction.Global, environment.Jurisdiction);
        Assert.Equal(["us-west-2a", "us-west-2b"], environment.Zones.AsEnumerable());
        Assert.Equal("ml-platform-team", environment.Tags.Owner);
    }

    [Fact]
    public void A_wrong_value_names_the_key_the_value_and_what_is_allowed()
    {
        var error = Assert.Single(Errors(With("ml-platform:tier", "production")));

        DiagnosticAssert.Is(error, ConfigCodes.InvalidValue, "ml-platform:tier", "'production'", "dev, staging, prod");
    }

    [Fact]
    public void An_unknown_region_lists_the_regions_of_the_cloud()
    {
        var error = Assert.Single(Errors(With("ml-platform:region", "us-west-9")));

        Assert.Equal("ml-platform:region", error.Subject);
        Assert.Contains("'us-west-9'", error.Message, StringComparison.Ordinal);
        Assert.Contains("us-west-2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zone_outside_the_region_is_refused()
    {
        var error = Assert.Single(Errors(With("ml-platform:zones", """["us-west-2a","eu-west-1a"]""")));

        Assert.Equal(ConfigCodes.NotInRegion, error.Code);
        Assert.Contains("'eu-west-1a'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var errors = Errors(new Dictionary<string, string> { ["ml-platform:cloud"] = "gcp", ["ml-platform:orgPrefix"] = "Bad_Prefix" });

        Assert.Equal(
            ["ml-platform:cloud", "ml-platform:costCenter", "ml-platform:orgPrefix", "ml-platform:owner", "ml-platform:region", "ml-platform:tier", "ml-platform:vpcCidr"],
            errors.Select(error => error.Subject).Distinct().Order(StringComparer.Ordinal));
        Assert.All(errors, error => Assert.True(error.IsError));
    }

    [Fact]
    public void A_vpc_range_from_the_other_jurisdiction_is_refused_with_the_pool()
    {
        var error = Assert.Single(Errors(With("ml-platform:vpcCidr", "10.64.0.0/16")));

        Assert.Equal("ml-platform:vpcCidr", error.Subject);
        Assert.Contains("10.0.0.0/10", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_network_gets_tier_defaults()
    {
        var dev = Read(Valid).Network;
        var prod = Read(With("ml-platform:tier", "prod")).Network;

        Assert.Equal(Infra.Components.Networking.NatStrategy.Shared, dev.Nat);
        Assert.Equal(Infra.Components.Networking.NatStrategy.PerZone, prod.Nat);
        Assert.Equal(30, dev.FlowLogRetentionDays);
        Assert.Equal(365, prod.FlowLogRetentionDays);
        Assert.Equal(3, prod.Plan.Zones.Length);
        Assert.Equal(Infra.Components.Networking.NatStrategy.PerZone, Read(With("ml-platform:natStrategy", "per-zone")).Network.Nat);
    }

    [Fact]
    public void An_empty_zone_list_is_refused()
    {
        Assert.Equal("ml-platform:zones", Assert.Single(Errors(With("ml-platform:zones", "[]"))).Subject);
    }

    [Fact]
    public void A_stack_name_that_cannot_become_a_resource_name_is_refused()
    {
        Assert.Equal("stack", Assert.Single(Errors(Valid, "Dev_Global")).Subject);
    }

    [Fact]
    public void A_replica_region_of_the_same_jurisdiction_is_read_per_data_class()
    {
        var storage = Read(With("ml-platform:replicas", """{"artifacts":"eu-west-1","datasets":"us-east-1"}""")).Storage;

        Assert.Equal("eu-west-1", storage.Replicas[Infra.Components.Storage.DataClass.ModelArtifacts].Code);
        Assert.Equal("us-east-1", storage.Replicas[Infra.Components.Storage.DataClass.Datasets].Code);
    }

    [Fact]
    public void China_data_replicated_to_a_global_region_is_refused_naming_the_key_and_the_china_regions()
    {
        var china = new Dictionary<string, string>(Valid)
        {
            ["ml-platform:cloud"] = "alicloud",
            ["ml-platform:region"] = "cn-beijing",
            ["ml-platform:vpcCidr"] = "10.64.0.0/16",
            ["ml-platform:registryMirror"] = """{"registry":"acme-registry.cn-beijing.cr.aliyuncs.com/ml-platform"}""",
            ["ml-platform:replicas"] = """{"datasets":"ap-southeast-1"}""",
        };

        var error = Assert.Single(Errors(china, "prod-cn"));

        DiagnosticAssert.Is(error, Infra.Components.Storage.StorageCodes.CrossJurisdictionReplica, "ml-platform:replicas.datasets",
            "'ap-southeast-1'",
            "cn-shanghai");
    }

    [Theory]
    [InlineData("""{"logs":"us-east-1"}""", "ml-platform:replicas.logs", "Known fields: datasets, checkpoints, artifacts")]
    [InlineData("""{"datasets":"us-west-2"}""", "ml-platform:replicas.datasets", "own region")]
    [InlineData("""{"datasets":"mars-1"}""", "ml-platform:replicas.datasets", "'mars-1'")]
    public void A_replica_that_cannot_be_made_is_refused_naming_the_key(string replicas, string key, string said)
    {
        var error = Assert.Single(Errors(With("ml-platform:replicas", replicas)));

        Assert.Equal(key, error.Subject);
        Assert.Contains(said, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_range_overlapping_another_stack_of_the_project_is_refused_naming_it_and_a_free_range()
    {
        var others = new[]
        {
            new ExistingStack("prod-global", new StackConfig([KeyValuePair.Create("ml-platform:vpcCidr", ConfigValue.Plain("10.0.0.0/15"))])),
            new ExistingStack("dev-global", new StackConfig([KeyValuePair.Create("ml-platform:vpcCidr", ConfigValue.Plain("10.0.0.0/16"))])),
            new ExistingStack("broken", new StackConfig([KeyValuePair.Create("ml-platform:vpcCidr", ConfigValue.Plain("not a range"))])),
        };
        var config = SpecReading.Plain(With("ml-platform:vpcCidr", "10.1.0.0/16"));

        var error = Assert.Single(SpecReading.Errors("staging-global", config, others));

        DiagnosticAssert.Is(error, Infra.Components.Networking.NetworkCodes.Overlap, "ml-platform:vpcCidr", "stack prod-global's 10.0.0.0/15");
        Assert.DoesNotContain("dev-global", error.Message, StringComparison.Ordinal);
        Assert.Contains("e.g. 10.2.0.0/16", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stack_is_not_compared_with_its_own_file()
    {
        var self = new[] { new ExistingStack("dev-global", new StackConfig([KeyValuePair.Create("ml-platform:vpcCidr", ConfigValue.Plain("10.0.0.0/16"))])) };

        var spec = SpecReading.Read("dev-global", SpecReading.Plain(Valid), self);

        Assert.Equal("10.0.0.0/16", spec.Network.Plan.VpcCidr);
    }

    [Fact]
    public void An_alibaba_stack_names_its_kms_instance_for_the_keys_of_its_region()
    {
        // kms/key.d.ts dkmsInstanceId: KMS 3.0 accounts create keys beyond the default one only in an instance.
        var values = new Dictionary<string, string>(Valid)
        {
            ["ml-platform:cloud"] = "alicloud",
            ["ml-platform:region"] = "cn-shanghai",
            ["ml-platform:vpcCidr"] = "10.64.0.0/16",
            ["ml-platform:registryMirror"] = """{"registry":"acme-registry.cn-shanghai.cr.aliyuncs.com/ml-platform"}""",
            ["ml-platform:kmsInstanceId"] = "kst-shh62f5ba3dnpb6v8ij1x",
        };

        Assert.Equal(new KmsInstance("kst-shh62f5ba3dnpb6v8ij1x", "cn-shanghai"), Read(values, "dev-cn").Environment.KmsInstance);
        Assert.Null(Read(Valid).Environment.KmsInstance);
    }

    [Fact]
    public void A_kms_instance_on_aws_or_of_the_wrong_shape_is_refused_naming_the_key()
    {
        var onAws = Assert.Single(Errors(With("ml-platform:kmsInstanceId", "kst-shh62f5ba3dnpb6v8ij1x")));
        Assert.Equal("ml-platform:kmsInstanceId", onAws.Subject);
        Assert.Contains("only on alicloud", onAws.Message, StringComparison.Ordinal);

        var malformed = Assert.Single(Errors(With("ml-platform:kmsInstanceId", "key-123")));
        Assert.Equal("ml-platform:kmsInstanceId", malformed.Subject);
    }
}
