using System.Text.Json;
using Infra.Cli.Hosting;
using Infra.Compliance.Packs;
using Infra.Core.Diagnostics;
using Infra.Platform;
using Infra.Platform.Catalog;
using Infra.Stacks.Composition;
using Infra.Stacks.Synthesis;
using Infra.Testing;
using Moq;

namespace Infra.Cli.Tests;

/// <summary>
/// What reviewers see besides resources: the head's synthesis warnings, which Pulumi's YAML host
/// drops on success (issue 19, item 7), marked new where the base's synthesis did not print them;
/// and how the GPU pools' monthly cost changes (deliver 6).
/// </summary>
public sealed class DiffWarningsAndCostTests : IDisposable
{
    private const string OldWarning = "warning ML9902: crafted-old: a warning the base had too";
    private readonly string _checkout = Directory.CreateTempSubdirectory("infra-diff-checkout-").FullName;

    public DiffWarningsAndCostTests()
    {
        // A checkout of the base: the project and the committed stack files, dev-global's GPU pool one node smaller.
        File.Copy(Path.Combine(RepositoryPaths.Root, "Pulumi.yaml"), Path.Combine(_checkout, "Pulumi.yaml"));
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Root, "Pulumi.*.yaml"))
        {
            var text = File.ReadAllText(file);
            File.WriteAllText(Path.Combine(_checkout, Path.GetFileName(file)),
                Path.GetFileName(file) == "Pulumi.dev-global.yaml" ? Once(text, "      maxNodes: 2\n", "      maxNodes: 1\n") : text);
        }
    }

    public void Dispose() => Directory.Delete(_checkout, recursive: true);

    private static string Once(string text, string part, string replacement)
    {
        Assert.Equal(1, text.Split(part).Length - 1);
        return text.Replace(part, replacement, StringComparison.Ordinal);
    }

    /// <summary>The base's build and synthesis: each stack's golden program, and for dev-global one warning on stderr.</summary>
    private static IProcessRunner BaseCompiler()
    {
        var processes = new Mock<IProcessRunner>();
        processes.Setup(runner => runner.Run("dotnet", It.IsAny<IReadOnlyList<string>>(), It.IsAny<string>()))
            .Returns((string _, IReadOnlyList<string> args, string _) => args[0] == "build"
                ? new ProcessResult(0, "", "")
                : new ProcessResult(0, File.ReadAllText(RepositoryPaths.Golden(args[3])), args[3] == "dev-global" ? $"  {OldWarning}\n" : ""));
        return processes.Object;
    }

    /// <summary>The head's dev-global warns twice: once as the base did, once anew.</summary>
    private static Synthesizer Warning() => new(RegionCatalog.Default, DefaultPack.Instance, spec =>
    {
        var graph = StackComposer.Compose(spec);
        if (spec.Environment.StackName == "dev-global")
        {
            graph.Report(Diagnostic.Warning("ML9902", "crafted-old", "a warning the base had too"));
            graph.Report(Diagnostic.Warning("ML9903", "crafted-new", "a warning only the head has"));
        }

        return graph;
    });

    private CliRun Diff(params string[] more) => CliRunner.Run(new Dictionary<string, string>(), BaseCompiler(), Warning(), ["diff", "--base", _checkout, .. more]);

    [Fact]
    public void The_heads_synthesis_warnings_are_in_the_report_marked_new_where_the_base_did_not_print_them()
    {
        var text = Diff();
        var markdown = Diff("--format", "markdown");
        using var json = JsonDocument.Parse(Diff("--json").Out);

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("  warnings: 2 (1 new)\n        warning ML9902: crafted-old: a warning the base had too\n    new warning ML9903: crafted-new: a warning only the head has\n",
            text.Out, StringComparison.Ordinal);
        Assert.Contains("<details open><summary>Synthesis warnings: 2, 1 new (Pulumi's YAML host does not show them)</summary>", markdown.Out, StringComparison.Ordinal);
        Assert.Contains("- **new** ML9903 `crafted-new`: a warning only the head has\n", markdown.Out, StringComparison.Ordinal);
        Assert.Contains("- ML9902 `crafted-old`: a warning the base had too\n", markdown.Out, StringComparison.Ordinal);
        Assert.Contains("| `dev-global` | 0 | 0 | 0 | 0 | 0 | 0 | 1 | 0 / 0 | 2 (1) |", markdown.Out, StringComparison.Ordinal);
        var warnings = Stack(json, "dev-global").GetProperty("warnings").EnumerateArray().ToList();
        Assert.Equal([("ML9902", false), ("ML9903", true)], warnings.Select(warning => (warning.GetProperty("code").GetString(), warning.GetProperty("isNew").GetBoolean())));
    }

    [Fact]
    public void A_bigger_gpu_pool_shows_its_monthly_cost_delta_at_the_catalogs_list_price()
    {
        var text = Diff();
        var markdown = Diff("--format", "markdown");
        using var json = JsonDocument.Parse(Diff("--json").Out);

        var cost = Stack(json, "dev-global").GetProperty("cost");
        Assert.True(cost.GetProperty("baseKnown").GetBoolean());
        var pool = Assert.Single(cost.GetProperty("pools").EnumerateArray());
        Assert.Equal("gpu-dev", pool.GetProperty("pool").GetString());
        Assert.Equal(1, pool.GetProperty("base").GetProperty("maxNodes").GetInt32());
        var head = pool.GetProperty("head");
        Assert.Equal(2, head.GetProperty("maxNodes").GetInt32());
        // The price per node-hour is the catalog's on-demand list price of the pool's instance type in us-west-2.
        var listPrice = GpuCatalog.Default.FindInstanceType(Cloud.Aws, head.GetProperty("instanceType").GetString()!)!.OfferIn("us-west-2")!.OnDemandHourly!.Value;
        Assert.Equal(listPrice, head.GetProperty("hourlyPerNode").GetDecimal());
        var total = Assert.Single(cost.GetProperty("totals").EnumerateArray());
        Assert.Equal("USD", total.GetProperty("currency").GetString());
        Assert.Equal(listPrice * 1 * 730, total.GetProperty("baseAtMax").GetDecimal());
        Assert.Equal(listPrice * 2 * 730, total.GetProperty("headAtMax").GetDecimal());
        Assert.Equal(listPrice * 730, total.GetProperty("deltaAtMax").GetDecimal());
        Assert.Equal(0, total.GetProperty("deltaAtMin").GetDecimal());

        var delta = (listPrice * 730).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"(min ±0, max +{delta})", text.Out, StringComparison.Ordinal);
        Assert.Contains($"| ±0 | +{delta} |", markdown.Out, StringComparison.Ordinal);
        Assert.Contains("- pool `gpu-dev`: 0–1 × ", markdown.Out, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, Stack(json, "prod-global").GetProperty("cost").ValueKind);
    }

    private static JsonElement Stack(JsonDocument json, string name) =>
        json.RootElement.GetProperty("stacks").EnumerateArray().Single(stack => stack.GetProperty("stack").GetString() == name);
}
