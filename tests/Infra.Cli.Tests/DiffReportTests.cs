using System.Text.Json;
using Infra.Compliance.Packs;
using Infra.Platform.Catalog;
using Infra.Stacks.Synthesis;

namespace Infra.Cli.Tests;

/// <summary>
/// `infra diff --json` writes the whole report once; `--from-report` renders it again — text,
/// Markdown, the stack list, the destructive gate — with the same output and exit code and without
/// synthesizing (issue 19, items 4 and the --json of deliver 3).
/// </summary>
public sealed class DiffReportTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("infra-diff-report-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static readonly Dictionary<string, string> NoVariables = [];

    /// <summary>A synthesizer that fails the test if anything asks it to compose a stack.</summary>
    private static readonly Synthesizer Refusing = new(RegionCatalog.Default, DefaultPack.Instance,
        _ => throw new InvalidOperationException("--from-report must not synthesize"));

    private string BaseWithRenamedKey()
    {
        var programs = Path.Combine(_directory, "base");
        Directory.CreateDirectory(programs);
        GoldenBase.Write(programs);

        // At the base the key had another logical name: the head renames it without an alias, a destructive replacement.
        var devGlobal = Path.Combine(programs, "dev-global.yaml");
        File.WriteAllText(devGlobal, File.ReadAllText(devGlobal).Replace("cluster-secrets-key-key", "cluster-secrets-kms-key", StringComparison.Ordinal));
        return programs;
    }

    private string SavedReport(string programs)
    {
        var report = Path.Combine(_directory, "diff.json");
        var run = CliRunner.Run(NoVariables, "diff", "--base", programs, "--json", "--output", report);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("", run.Out);
        return report;
    }

    [Fact]
    public void The_json_report_has_the_documented_shape()
    {
        var run = CliRunner.Run(NoVariables, "diff", "--base", BaseWithRenamedKey(), "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal("working tree", root.GetProperty("head").GetString());
        Assert.False(root.GetProperty("hasErrors").GetBoolean());
        Assert.Equal(["dev-global"], root.GetProperty("changedStacks").EnumerateArray().Select(stack => stack.GetString()));
        var stacks = root.GetProperty("stacks").EnumerateArray().ToList();
        Assert.Equal(["dev-cn", "dev-global", "prod-cn", "prod-cn-aws", "prod-global"], stacks.Select(stack => stack.GetProperty("stack").GetString()));
        var devGlobal = stacks[1];
        var replaced = devGlobal.GetProperty("resources").EnumerateArray().Single(change => change.GetProperty("name").GetString() == "cluster-secrets-key-key");
        Assert.Equal("replace", replaced.GetProperty("kind").GetString());
        Assert.Equal("aws:kms/key:Key", replaced.GetProperty("type").GetString());
        Assert.True(replaced.GetProperty("isStateful").GetBoolean());
        Assert.True(replaced.GetProperty("isDestructive").GetBoolean());
        Assert.StartsWith("renamed from cluster-secrets-kms-key without an alias", replaced.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, devGlobal.GetProperty("stackFile").ValueKind);
        Assert.Equal(JsonValueKind.Array, devGlobal.GetProperty("compliance").GetProperty("new").ValueKind);
        Assert.Equal(JsonValueKind.Array, devGlobal.GetProperty("warnings").ValueKind);
        Assert.Equal(0, devGlobal.GetProperty("errors").GetArrayLength());
        Assert.False(stacks[0].GetProperty("changed").GetBoolean());
    }

    [Theory]
    [InlineData("text")]
    [InlineData("markdown")]
    [InlineData("stacks")]
    [InlineData("json")]
    public void A_saved_report_renders_as_the_synthesis_did_without_synthesizing(string format)
    {
        var programs = BaseWithRenamedKey();
        var report = SavedReport(programs);

        var direct = CliRunner.Run(NoVariables, "diff", "--base", programs, "--format", format);
        var saved = CliRunner.Run(NoVariables, Refusing, "diff", "--from-report", report, "--format", format);

        Assert.Equal(direct.ExitCode, saved.ExitCode);
        Assert.Equal(direct.Out, saved.Out);
    }

    [Fact]
    public void The_destructive_gate_runs_from_a_saved_report()
    {
        var report = SavedReport(BaseWithRenamedKey());

        var gate = CliRunner.Run(NoVariables, Refusing, "diff", "--from-report", report, "--fail-on-destructive", "--format", "stacks");
        var ungated = CliRunner.Run(NoVariables, Refusing, "diff", "--from-report", report, "--format", "stacks");

        Assert.Equal(ExitCodes.Destructive, gate.ExitCode);
        Assert.Equal(ExitCodes.Ok, ungated.ExitCode);
    }

    [Fact]
    public void A_report_of_a_stack_that_does_not_synthesize_keeps_its_exit_code_and_errors()
    {
        var programs = BaseWithRenamedKey();
        var failing = new Synthesizer(RegionCatalog.Default, DefaultPack.Instance, spec =>
        {
            var graph = Infra.Stacks.Composition.StackComposer.Compose(spec);
            if (spec.Environment.StackName == "prod-cn")
            {
                graph.Report(Infra.Core.Diagnostics.Diagnostic.Error("ML9901", "crafted", "an error only the head has"));
            }

            return graph;
        });
        var report = Path.Combine(_directory, "failing.json");

        var written = CliRunner.Run(NoVariables, Infra.Cli.Hosting.SystemProcessRunner.Instance, failing, "diff", "--base", programs, "--json", "-o", report);
        var markdown = CliRunner.Run(NoVariables, Refusing, "diff", "--from-report", report, "--format", "markdown");

        Assert.Equal(ExitCodes.Invalid, written.ExitCode);
        Assert.Contains("error ML9901: crafted: an error only the head has", written.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Invalid, markdown.ExitCode);
        Assert.Contains("error ML9901: crafted: an error only the head has", markdown.Error, StringComparison.Ordinal);
        Assert.Contains("**1 stack(s) do not synthesize.**", markdown.Out, StringComparison.Ordinal);
        Assert.Contains("- `prod-cn`: **ML9901** on `crafted` — an error only the head has", markdown.Out, StringComparison.Ordinal);
        Assert.Contains("prod-cn", CliRunner.Run(NoVariables, Refusing, "diff", "--from-report", report, "--format", "stacks").Out.Split('\n'));
    }

    [Theory]
    [InlineData("{\"version\": 2, \"stacks\": []}", "version 1 (its version: 2)")]
    [InlineData("{\"stacks\": []}", "(its version: none)")]
    [InlineData("not json", "is not JSON")]
    [InlineData("{\"version\": 1, \"stacks\": 3}", "is not a report of `infra diff --json`")]
    public void A_file_that_is_not_a_report_of_this_version_is_a_usage_error(string content, string message)
    {
        var file = Path.Combine(_directory, "other.json");
        File.WriteAllText(file, content);

        var run = CliRunner.Run(NoVariables, Refusing, "diff", "--from-report", file);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("neither", "give --base REF|DIR to compare with, or --from-report FILE")]
    [InlineData("both", "--base and --from-report are two sources of a report; give one")]
    [InlineData("formats", "--json and --format markdown ask for two formats; give one")]
    [InlineData("length", "--max-length 10: allowed are 0 (no cap) or at least 1000 characters")]
    public void Contradicting_options_are_usage_errors(string case_, string message)
    {
        string[] args = case_ switch
        {
            "neither" => ["diff"],
            "both" => ["diff", "--base", "HEAD", "--from-report", "diff.json"],
            "formats" => ["diff", "--base", "HEAD", "--json", "--format", "markdown"],
            _ => ["diff", "--base", "HEAD", "--max-length", "10"],
        };

        var run = CliRunner.Run(NoVariables, Refusing, args);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_and_format_json_are_the_same()
    {
        var programs = BaseWithRenamedKey();

        Assert.Equal(
            CliRunner.Run(NoVariables, "diff", "--base", programs, "--format", "json").Out,
            CliRunner.Run(NoVariables, "diff", "--base", programs, "--json", "--format", "json").Out);
    }

    [Fact]
    public void Text_on_a_terminal_is_coloured_unless_no_color_is_set()
    {
        var programs = BaseWithRenamedKey();

        var coloured = CliRunner.RunOnTerminal(NoVariables, "diff", "--base", programs);
        var plain = CliRunner.RunOnTerminal(new Dictionary<string, string> { ["NO_COLOR"] = "1" }, "diff", "--base", programs);
        var redirected = CliRunner.Run(NoVariables, "diff", "--base", programs);

        Assert.Contains("\u001b[", coloured.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", plain.Out, StringComparison.Ordinal);
        Assert.Equal(redirected.Out, plain.Out);
        Assert.Equal(redirected.Out, System.Text.RegularExpressions.Regex.Replace(coloured.Out, "\u001b\\[[0-9;]*m", ""));
    }
}
