using System.Net;
using CsCheck;
using Infra.Components.Networking;
using Infra.Core.Diagnostics;
using Infra.Stacks.Bootstrap;
using Infra.Testing;

namespace Infra.Stacks.Tests;

public class StackBootstrapperTests
{
    private static readonly IReadOnlyList<ExistingStack> Existing =
        [.. ReferenceStacks.All.Select(stack => new ExistingStack(stack, ReferenceStacks.Config(stack)))];

    private static BootstrapResult Prepare(BootstrapRequest request, IReadOnlyList<ExistingStack>? existing = null) =>
        new StackBootstrapper(RegionCatalog.Default, new Synthesizer()).Prepare(request, Synthesizer.DefaultProject, existing ?? Existing);

    private static IReadOnlyList<Diagnostic> Errors(BootstrapRequest request) =>
        Assert.Throws<InfraException>(() => Prepare(request)).Diagnostics;

    private static BootstrapRequest Request(string stack = "prod-eu", string cloud = "aws", string region = "eu-west-1", string tier = "prod", string? from = "prod-global") =>
        new() { StackName = stack, Cloud = cloud, Region = region, Tier = tier, From = from, DeployNetwork = BootstrapFixtures.DeployNetwork(cloud) };

    [Fact]
    public void A_new_stack_gets_the_first_free_range_of_its_pool_overlapping_no_stack_of_the_project()
    {
        var result = Prepare(Request());

        var taken = Existing.Select(stack => IPNetwork2.Parse(stack.Config["ml-platform:vpcCidr"]!.Text!)).ToList();
        Assert.DoesNotContain(taken, range => range.Overlap(result.VpcCidr));
        Assert.True(CidrPlanner.Pool(Infra.Platform.Jurisdiction.Global).Contains(result.VpcCidr));
        Assert.Equal("10.2.0.0/16", result.VpcCidr.ToString());
    }

    [Fact]
    public void A_china_region_takes_its_range_from_the_china_pool()
    {
        var result = Prepare(Request(stack: "prod-cn-hz", cloud: "alicloud", region: "cn-hangzhou", from: "prod-cn"));

        Assert.True(CidrPlanner.Pool(Infra.Platform.Jurisdiction.China).Contains(result.VpcCidr));
    }

    [Theory]
    [InlineData("dev", 2)]
    [InlineData("prod", 3)]
    public void Zones_are_the_regions_first_zones_for_the_tier(string tier, int count)
    {
        var result = Prepare(Request(tier: tier));

        Assert.Equal(RegionCatalog.Default.Find(Infra.Platform.Cloud.Aws, "eu-west-1")!.Zones.Take(count), result.Zones);
    }

    [Fact]
    public void The_written_file_reads_back_as_the_config_that_was_synthesized()
    {
        var result = Prepare(Request());

        var read = StackFile.Parse(result.Text, result.FileName);

        Assert.Equal(result.Config.Values, read.Values);
        Assert.Equal("ml-platform-team", read["ml-platform:owner"]!.Text);
        Assert.Equal("""["eu-west-1a","eu-west-1b","eu-west-1c"]""", read["ml-platform:zones"]!.Text);
    }

    [Fact]
    public void Region_bound_settings_of_the_source_are_dropped_with_a_note()
    {
        var result = Prepare(Request());

        Assert.Null(result.Config["ml-platform:replicas"]);
        Assert.Contains(result.Notes, note => note.Contains("ml-platform:replicas was not copied", StringComparison.Ordinal));
    }

    [Fact]
    public void Gpu_pools_are_limited_to_models_the_new_region_offers_and_each_left_out_pool_is_explained()
    {
        var result = Prepare(Request(stack: "prod-hz", cloud: "alicloud", region: "cn-hangzhou", from: "prod-cn"));

        var pools = result.Config["ml-platform:gpuPools"]!.Text!;
        Assert.DoesNotContain("gpu-train", pools, StringComparison.Ordinal);
        Assert.Contains("gpu-infer", pools, StringComparison.Ordinal);
        var note = Assert.Single(result.Notes, note => note.Contains("gpuPools", StringComparison.Ordinal));
        Assert.Contains("'gpu-train' was left out: 'a100' (NVIDIA A100) is not offered in cn-hangzhou", note, StringComparison.Ordinal);
        Assert.Contains("cn-beijing", note, StringComparison.Ordinal);
    }

    [Fact]
    public void Gpu_pools_the_new_region_offers_are_all_kept()
    {
        var source = ReferenceStacks.Config("prod-global")["ml-platform:gpuPools"]!.Text!;

        var result = Prepare(Request(stack: "prod-usw2", region: "us-west-2"));

        Assert.Equal(
            System.Text.Json.Nodes.JsonNode.Parse(source)!.ToJsonString(),
            System.Text.Json.Nodes.JsonNode.Parse(result.Config["ml-platform:gpuPools"]!.Text!)!.ToJsonString());
        Assert.Equal(ReferenceStacks.Config("prod-global")["ml-platform:teams"]!.Text, result.Config["ml-platform:teams"]!.Text);
    }

    [Fact]
    public void A_stack_whose_pools_no_region_here_offers_keeps_none_and_still_synthesizes()
    {
        var result = Prepare(Request());

        Assert.Null(result.Config["ml-platform:gpuPools"]);
        Assert.Equal(2, result.Notes.Count(note => note.Contains("is not offered in eu-west-1", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_secret_of_the_source_is_never_copied()
    {
        var config = ReferenceStacks.Config("prod-global").Values.SetItem("ml-platform:owner", ConfigValue.EncryptedSecret);
        var source = new ExistingStack("src", new StackConfig(config));

        // The owner cannot be read from a secret, so it must be given.
        var error = Assert.Single(Assert.Throws<InfraException>(() => Prepare(Request(from: "src"), [source])).Diagnostics);
        Assert.Equal("--owner", error.Subject);
        var result = Prepare(Request(from: "src") with { Owner = "team-b" }, [source]);
        Assert.Equal("team-b", result.Config["ml-platform:owner"]!.Text);
        Assert.DoesNotContain(result.Config.Values.Values, value => value.IsSecret);
    }

    [Fact]
    public void Every_bad_option_is_reported_at_once_naming_the_option_and_what_is_allowed()
    {
        var errors = Errors(Request(stack: "prod-global", cloud: "aws", region: "eu-west-9", tier: "production", from: "nope"));

        Assert.Equal(["--from", "--region", "--stack", "--tier"], errors.Select(error => error.Subject).Order(StringComparer.Ordinal).Distinct());
        Assert.Contains(errors, error => error.Code == BootstrapCodes.StackExists);
        Assert.Contains(errors, error => error.Message.Contains("us-east-1", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_cloud_lists_the_clouds()
    {
        var error = Assert.Single(Errors(Request(cloud: "gcp")));

        Assert.Equal("--cloud", error.Subject);
        Assert.Contains("aws, aws-cn, alicloud", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_source_stack_ownership_must_be_given()
    {
        var errors = Errors(Request(from: null));

        Assert.Equal(["--cost-center", "--org-prefix", "--owner"], errors.Select(error => error.Subject).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_stack_whose_settings_would_not_synthesize_is_not_prepared()
    {
        var errors = Errors(Request(from: null) with { Owner = "team", CostCenter = "cc", OrgPrefix = "Not_Valid" });

        Assert.Equal(BootstrapCodes.WouldNotSynthesize, errors[0].Code);
        Assert.Contains(errors, error => error.Subject == "ml-platform:orgPrefix");
    }

    [Fact]
    public void Every_config_key_of_the_schema_has_a_bootstrap_handling()
    {
        Assert.All(ConfigSchema.Default.Keys, key => Assert.Contains(key, BootstrapKeys.Handling.Keys));
        Assert.All(BootstrapKeys.Handling.Where(entry => entry.Value == KeyHandling.Adapted), entry => Assert.Contains(entry.Key, BootstrapKeys.Adapters.Keys));
    }

    [Fact]
    public void Bootstrapping_is_deterministic()
    {
        Assert.Equal(Prepare(Request()).Text, Prepare(Request()).Text);
    }

    [Fact]
    public void Any_config_round_trips_through_the_stack_file_writer()
    {
        var text = Gen.String[Gen.Char.AlphaNumeric, 0, 12]
            .Select(Gen.OneOf("", "true", "8", "0x1", "a: b", "#x", "- y", "~", "null", "10.0.0.0/16", "$x", "${a}"), (word, odd) => word + odd);
        Gen.Select(text, text, Gen.Int[0, 100]).Sample((owner, cost, number) =>
        {
            var values = new[]
            {
                KeyValuePair.Create("ml-platform:owner", ConfigValue.Plain(owner)),
                KeyValuePair.Create("ml-platform:costCenter", ConfigValue.Plain(cost)),
                KeyValuePair.Create("ml-platform:zones", ConfigValue.Plain($"[\"{number}\",\"b\"]")),
                KeyValuePair.Create("ml-platform:replicas", ConfigValue.Plain($"{{\"datasets\":\"{owner}\"}}")),
            };
            var written = StackFileWriter.Write("a comment", values, Synthesizer.DefaultProject, ConfigSchema.Default);

            var read = StackFile.Parse(written, "round-trip");

            Assert.Equal(values.OrderBy(value => value.Key, StringComparer.Ordinal), read.Values);
        });
    }
}
