using Infra.Compliance.Packs;
using Infra.Core.Resources;
using Infra.Platform.Catalog;
using Infra.Providers;
using Infra.Providers.Alicloud;
using Infra.Stacks.Composition;
using Infra.Stacks.Synthesis;
using Infra.Testing;
using Oss = Infra.Providers.Alicloud.Oss;
using S3 = Infra.Providers.Aws.S3;

namespace Infra.Cli.Tests;

/// <summary>The compliance pack through the commands: synth refuses, plan lists, diff tells what is new.</summary>
public sealed class ComplianceCommandTests : IDisposable
{
    private readonly string _baseDirectory = Directory.CreateTempSubdirectory("infra-compliance-base-").FullName;

    public void Dispose() => Directory.Delete(_baseDirectory, recursive: true);

    public static TheoryData<string> Stacks => ["dev-cn", "dev-global", "prod-cn", "prod-cn-aws", "prod-global"];

    /// <summary>Composes stacks as usual, then lets <paramref name="craft"/> add to the graph of <paramref name="stack"/>.</summary>
    private static Synthesizer Crafting(string stack, Action<Infra.Core.Graph.Stack> craft) =>
        new(RegionCatalog.Default, DefaultPack.Instance, spec =>
        {
            var graph = StackComposer.Compose(spec);
            if (spec.Environment.StackName == stack)
            {
                craft(graph);
            }

            return graph;
        });

    /// <summary>prod-cn with its datasets bucket replicated to a bucket in us-west-1 (the config check would refuse it).</summary>
    private static Synthesizer ReplicatingAbroad() => Crafting("prod-cn", stack =>
    {
        var source = stack.AllResources.Single(resource => resource.LogicalName == "data-datasets-bucket");
        var abroad = PinnedProvider.Create(stack, "alicloud-us-west-1", new AlicloudProviderArgs { Region = "us-west-1" });
        var replica = new Oss.Bucket(stack, "datasets-copy", new Oss.BucketArgs { Bucket = "acme-prod-datasets-copy" }, new ResourceOptions { Provider = abroad });
        _ = new Oss.BucketReplication(stack, "datasets-abroad", new Oss.BucketReplicationArgs
        {
            Bucket = source.Id,
            Destination = new Oss.OssReplicationDestinationArgs { Bucket = replica.Id, Location = replica.Location },
        });
    });

    [Fact]
    public void Synth_of_a_china_stack_replicating_abroad_prints_nothing_and_names_the_residency_rule_the_resource_and_why()
    {
        var run = CliRunner.Run(CliRunner.PulumiRun("prod-cn", CliRunner.PulumiConfigJson("prod-cn")), ReplicatingAbroad(), "synth");

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains("error MLC-RES-002: datasets-abroad: properties.destination.bucket refers to datasets-copy, which lives in us-west-1", run.Error, StringComparison.Ordinal);
        Assert.Contains("error MLC-RES-001: alicloud-us-west-1: 'us-west-1' is a global region", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Synth_refuses_a_suppression_without_a_reason_naming_its_key_path()
    {
        var config = CliRunner.PulumiConfigJson("dev-global")[..^1]
                     + ""","ml-platform:suppressions":"[{\"rule\":\"MLC-BKT-005\",\"resource\":\"data-logs-bucket\",\"reason\":\" \"}]"}""";

        var run = CliRunner.Run(CliRunner.PulumiRun("dev-global", config), "synth");

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains("error ML7003: ml-platform:suppressions[0].reason: is empty", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Stacks))]
    public void Plan_lists_every_rule_run_and_its_result(string stack)
    {
        var run = CliRunner.Run(new Dictionary<string, string>(), "plan", "--stack", stack);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"compliance: {DefaultPack.Instance.Rules.Count} rules", run.Out, StringComparison.Ordinal);
        Assert.All(DefaultPack.Instance.Rules, rule => Assert.Contains(rule.Id, run.Out, StringComparison.Ordinal));
        Assert.Contains("passed", run.Out, StringComparison.Ordinal);
        // "failed" as a rule's result, not inside a resource name (data-artifacts-replication-failed-alarm).
        Assert.DoesNotMatch(@"(?<![\w-])failed(?![\w-])", run.Out);
    }

    [Fact]
    public void Plan_shows_a_suppressed_finding_with_its_reason()
    {
        var run = CliRunner.Run(new Dictionary<string, string>(), "plan", "--stack", "prod-global");

        Assert.Contains("suppressed MLC-BKT-005 data-artifacts-replica-bucket: has no access logging", run.Out, StringComparison.Ordinal);
        Assert.Contains("reason: The replica in us-west-2 is written only by S3 replication", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_shows_failed_rules_and_exits_non_zero_when_the_synthesis_would_fail()
    {
        var run = CliRunner.Run(new Dictionary<string, string>(), ReplicatingAbroad(), "plan", "--stack", "prod-cn");

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.Contains("failed MLC-RES-002 datasets-abroad", run.Out, StringComparison.Ordinal);
        Assert.Contains("error MLC-RES-002: datasets-abroad", run.Error, StringComparison.Ordinal);
    }

    private void WriteGoldenBase()
    {
        foreach (var golden in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "tests", "golden"), "*.yaml"))
        {
            File.Copy(golden, Path.Combine(_baseDirectory, Path.GetFileName(golden)), overwrite: true);
        }
    }

    [Fact]
    public void Diff_shows_the_findings_a_change_brings_and_fails_when_one_is_an_error()
    {
        WriteGoldenBase();
        var synthesizer = Crafting("dev-global", stack => _ = new S3.Bucket(stack, "scratch", new S3.BucketArgs { Bucket = "acme-dev-us-west-2-scratch" }));

        var text = CliRunner.Run(new Dictionary<string, string>(), synthesizer, "diff", "--base", _baseDirectory);
        var markdown = CliRunner.Run(new Dictionary<string, string>(), synthesizer, "diff", "--base", _baseDirectory, "--format", "markdown");

        Assert.Equal(ExitCodes.Invalid, text.ExitCode);
        Assert.Contains("+  scratch  aws:s3/bucket:Bucket", text.Out, StringComparison.Ordinal);
        Assert.Contains("  compliance: 6 new findings, 0 resolved", text.Out, StringComparison.Ordinal);
        Assert.Contains("    new failed     MLC-BKT-001 scratch: has no default encryption", text.Out, StringComparison.Ordinal);
        Assert.Contains("    new warning    MLC-BKT-006 scratch", text.Out, StringComparison.Ordinal);
        Assert.Contains("!! 5 new compliance error(s)", text.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("dev-cn: no changes\n  compliance", text.Out, StringComparison.Ordinal);
        Assert.Contains("error MLC-BKT-001: scratch", text.Error, StringComparison.Ordinal);
        Assert.Contains("> [!WARNING]", markdown.Out, StringComparison.Ordinal);
        Assert.Contains("| `dev-global` | 1 | 0 | 0 | 0 | 0 | 0 | ? | 6 / 0 |", markdown.Out, StringComparison.Ordinal);
        Assert.Contains("| new | MLC-BKT-003 | `scratch` | failed |", markdown.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_shows_a_finding_the_change_resolves_judging_the_base_program_read_back()
    {
        WriteGoldenBase();
        // At the base, the datasets bucket had no lifecycle configuration: the head adds it.
        var golden = File.ReadAllText(RepositoryPaths.Golden("dev-global"));
        var start = golden.IndexOf("  data-datasets-lifecycle:\n", StringComparison.Ordinal);
        var end = golden.IndexOf("\n  data-datasets-", start + 10, StringComparison.Ordinal) + 1;
        File.WriteAllText(Path.Combine(_baseDirectory, "dev-global.yaml"), golden[..start] + golden[end..]);

        var run = CliRunner.Run(new Dictionary<string, string>(), "diff", "--base", _baseDirectory);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("+  data-datasets-lifecycle", run.Out, StringComparison.Ordinal);
        Assert.Contains("  compliance: 0 new findings, 1 resolved\n    resolved   MLC-BKT-006 data-datasets-bucket", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_of_unchanged_programs_reports_no_compliance_change()
    {
        WriteGoldenBase();

        var run = CliRunner.Run(new Dictionary<string, string>(), "diff", "--base", _baseDirectory, "--format", "markdown");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("**Compliance:**", run.Out, StringComparison.Ordinal);
        Assert.Contains("| `prod-global` | 0 | 0 | 0 | 0 | 0 | 0 | ? | 0 / 0 | 0 |", run.Out, StringComparison.Ordinal);
    }
}
