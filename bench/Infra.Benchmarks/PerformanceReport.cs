using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Infra.Benchmarks;

/// <summary>
/// Writes the measured tables of docs/performance.md from what scripts/bench-synth.sh collected:
/// hyperfine's JSON per stack, /usr/bin/time -v output, BenchmarkDotNet's JSON and the machine.
/// Only the part between the markers is replaced; the text around it is kept.
/// </summary>
internal static partial class PerformanceReport
{
    private const string Begin = "<!-- bench-synth:begin (written by scripts/bench-synth.sh; do not edit by hand) -->";
    private const string End = "<!-- bench-synth:end -->";

    [GeneratedRegex(@"Maximum resident set size \(kbytes\): (\d+)")]
    private static partial Regex MaxRss();

    public static void Update(string results, string document)
    {
        var block = Tables(results);
        var text = File.Exists(document) ? File.ReadAllText(document) : $"# Performance\n\n{Begin}\n{End}\n";
        var begin = text.IndexOf(Begin, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        if (begin < 0 || end < begin)
        {
            throw new InvalidDataException($"{document} has no {Begin} … {End} block to fill");
        }

        File.WriteAllText(document, text[..begin] + Begin + "\n" + block + End + text[(end + End.Length)..]);
    }

    private static string Tables(string results)
    {
        var machine = File.ReadAllLines(Path.Combine(results, "machine.env"))
            .Select(line => line.Split('=', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0], parts => parts[1], StringComparer.Ordinal);
        var modes = File.ReadAllText(Path.Combine(results, "modes")).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var text = new StringBuilder();
        string Get(string key) => machine.GetValueOrDefault(key, "?");

        text.AppendLine(CultureInfo.InvariantCulture, $"Measured {Get("date")} on commit `{Get("commit")}`, in one run of `{Get("command")}`.");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Machine: {Get("cpu")}, {Get("cores")} cores, {Get("memory")} memory; {Get("os")}, kernel {Get("kernel")}; .NET SDK {Get("dotnet")}.");
        text.AppendLine(CultureInfo.InvariantCulture, $"Load average (1 min) before: {Get("load_before")}, after: {Get("load_after")}. With other work on the machine the absolute times are noisy; compare the ratios, measured side by side.");
        text.AppendLine();

        text.AppendLine("### Whole process: `infra synth` as Pulumi runs it");
        text.AppendLine();
        text.AppendLine("Each stack's program, run from `program/` with `PULUMI_STACK`, `PULUMI_PROJECT` and `PULUMI_CONFIG` set, beside a hello-world built the same way (`bench/HelloWorld`). Medians of hyperfine runs; peak memory is the maximum resident set size from `/usr/bin/time -v`. \"Launcher\" is Pulumi.yaml's `compiler` command itself: `scripts/infra-compiler` checking that the binary is fresh, then running it.");
        text.AppendLine();
        text.AppendLine("| stack | resources | build | `infra synth` | hello-world | ratio | launcher + `infra synth` | peak RSS `infra` | peak RSS hello |");
        text.AppendLine("|---|---:|---|---:|---:|---:|---:|---:|---:|");
        foreach (var file in Directory.GetFiles(Path.Combine(results, "process"), "*.json").Order(StringComparer.Ordinal))
        {
            var stack = Path.GetFileNameWithoutExtension(file);
            var medians = Medians(file);
            var resources = ReadOrUnknown(Path.Combine(results, "resources", stack + ".txt"));
            foreach (var mode in modes)
            {
                var infra = medians.GetValueOrDefault($"infra synth ({mode})");
                var hello = medians.GetValueOrDefault($"hello ({mode})");
                var launcher = mode == "native" ? Ms(medians.GetValueOrDefault("launcher (native)")) : "";
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| {stack} | {resources} | {mode} | {Ms(infra)} | {Ms(hello)} | {Ratio(infra, hello)} | {launcher} | {Rss(results, $"{stack}.infra-{mode}")} | {Rss(results, $"{stack}.hello-{mode}")} |");
            }
        }

        text.AppendLine();
        text.AppendLine("### In-process: BenchmarkDotNet");
        text.AppendLine();
        text.AppendLine("`bench/Infra.Benchmarks` (`--job short` with 15 iterations after 5 warm-ups, in-process toolchain): one synthesis of each reference stack, and of generated estates made of the real components (a network, keys, S3 buckets for ML data with their keys, policies, logging and lifecycle, one in four replicated), composed, checked and written. Peak RSS of an estate is that of a fresh process (JIT) that synthesizes it once.");
        text.AppendLine();
        text.AppendLine("| benchmark | median | allocated per synthesis | peak RSS (one synthesis, fresh process) |");
        text.AppendLine("|---|---:|---:|---:|");
        var estate = new Dictionary<int, double>();
        foreach (var (name, median, allocated) in BenchmarkDotNetResults(Path.Combine(results, "bdn")))
        {
            var rss = "";
            if (name.StartsWith("Estate, Resources=", StringComparison.Ordinal))
            {
                var size = int.Parse(name["Estate, Resources=".Length..], CultureInfo.InvariantCulture);
                estate[size] = median;
                var actual = ReadOrUnknown(Path.Combine(results, "estate", $"{size}.txt"));
                rss = Rss(results, $"estate-{size}") + (actual == "?" ? "" : $" ({actual})");
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {Ms(median / 1e9)} | {Bytes(allocated)} | {rss} |");
        }

        text.AppendLine();
        text.AppendLine("### Targets");
        text.AppendLine();
        text.AppendLine("| target | measured | met |");
        text.AppendLine("|---|---:|---|");
        var prod = Path.Combine(results, "process", "prod-global.json");
        if (File.Exists(prod))
        {
            var medians = Medians(prod);
            var ratio = medians.GetValueOrDefault("infra synth (native)") / medians.GetValueOrDefault("hello (native)");
            text.AppendLine(CultureInfo.InvariantCulture, $"| whole-process `infra synth` of prod-global ≤ 1.5× hello-world (native) | {ratio:F2}× | {Met(ratio <= 1.5)} |");
        }

        if (estate.TryGetValue(10_000, out var large) && estate.TryGetValue(1_000, out var medium))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| 10,000-resource estate in-process < 1 s | {Ms(large / 1e9)} | {Met(large < 1e9)} |");
            text.AppendLine(CultureInfo.InvariantCulture, $"| t(10k) / t(1k) ≤ 12 (linear) | {large / medium:F1} | {Met(large / medium <= 12)} |");
        }

        var peak = RssKb(results, "estate-10000");
        if (peak is { } kb)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| peak memory, 10,000 resources < 256 MiB | {kb / 1024.0:F0} MiB | {Met(kb < 256 * 1024)} |");
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Reproduce: `{Get("command")}` (about {Get("minutes")} minutes here; raw results in `.build/bench/results`).");
        return text.ToString();
    }

    private static Dictionary<string, double> Medians(string hyperfineJson)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(hyperfineJson));
        return document.RootElement.GetProperty("results").EnumerateArray()
            .ToDictionary(result => result.GetProperty("command").GetString()!, result => result.GetProperty("median").GetDouble(), StringComparer.Ordinal);
    }

    /// <summary>(benchmark, median ns, bytes allocated per operation) from BenchmarkDotNet's full JSON reports.</summary>
    private static IEnumerable<(string Name, double Median, double Allocated)> BenchmarkDotNetResults(string directory)
    {
        if (!Directory.Exists(directory))
        {
            yield break;
        }

        foreach (var file in Directory.GetFiles(directory, "*-report-full*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var benchmark in document.RootElement.GetProperty("Benchmarks").EnumerateArray())
            {
                var type = benchmark.GetProperty("Type").GetString()!.Replace("Benchmarks", "", StringComparison.Ordinal);
                var parameters = benchmark.GetProperty("Parameters").GetString();
                var median = benchmark.GetProperty("Statistics").GetProperty("Median").GetDouble();
                var allocated = benchmark.TryGetProperty("Memory", out var memory) ? memory.GetProperty("BytesAllocatedPerOperation").GetDouble() : double.NaN;
                yield return ($"{type}{(string.IsNullOrEmpty(parameters) ? "" : ", " + parameters)}", median, allocated);
            }
        }
    }

    private static long? RssKb(string results, string name)
    {
        var file = Path.Combine(results, "rss", name + ".txt");
        if (!File.Exists(file))
        {
            return null;
        }

        var match = MaxRss().Match(File.ReadAllText(file));
        return match.Success ? long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    private static string Rss(string results, string name) =>
        RssKb(results, name) is { } kb ? FormattableString.Invariant($"{kb / 1024.0:F1} MiB") : "";

    private static string ReadOrUnknown(string file) => File.Exists(file) ? File.ReadAllText(file).Trim() : "?";

    private static string Ms(double seconds) =>
        seconds <= 0 || double.IsNaN(seconds) ? "" : seconds < 0.1 ? FormattableString.Invariant($"{seconds * 1000:F1} ms") : FormattableString.Invariant($"{seconds * 1000:F0} ms");

    private static string Ratio(double value, double baseline) =>
        value <= 0 || baseline <= 0 ? "" : FormattableString.Invariant($"{value / baseline:F2}×");

    private static string Bytes(double bytes) =>
        double.IsNaN(bytes) ? "" : bytes >= 1 << 20 ? FormattableString.Invariant($"{bytes / (1 << 20):F1} MiB") : FormattableString.Invariant($"{bytes / 1024:F0} KiB");

    private static string Met(bool met) => met ? "yes" : "**no**";
}
