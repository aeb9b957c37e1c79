using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using Infra.Benchmarks;
using Infra.Stacks.Synthesis;

// BenchmarkDotNet, unless the first argument names one of the helpers scripts/bench-synth.sh uses.
switch (args)
{
    case ["pulumi-config", var name]:
        Console.Out.Write(Repository.PulumiConfigJson(name));
        return 0;
    case ["resources", var name]:
        Console.Out.WriteLine(new Synthesizer().Synthesize(name, Estate.Project, Repository.Config(name)).Stack.AllResources.Count);
        return 0;
    case ["estate", var size, var repeat]:
        // Compose, check and write one estate, again and again in one process (for a profiler),
        // with the time of each phase once the code is warm.
        var estateInput = Estate.Input();
        var estateSize = int.Parse(size, CultureInfo.InvariantCulture);
        var repeats = int.Parse(repeat, CultureInfo.InvariantCulture);
        for (var i = 0; i < repeats; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            var graph = Estate.Compose(estateInput, estateSize);
            var t1 = Stopwatch.GetTimestamp();
            _ = Infra.Core.Graph.GraphChecker.Check(graph);
            var t2 = Stopwatch.GetTimestamp();
            _ = Infra.Core.Yaml.ProgramWriter.Write(graph);
            Console.Out.WriteLine(FormattableString.Invariant(
                $"compose-ms={Stopwatch.GetElapsedTime(t0, t1).TotalMilliseconds:F0} check-ms={Stopwatch.GetElapsedTime(t1, t2).TotalMilliseconds:F0} write-ms={Stopwatch.GetElapsedTime(t2).TotalMilliseconds:F0} gc={GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}"));
        }

        return 0;
    case ["estate", var size]:
        // One synthesis in a fresh process, for its peak memory (measured outside, by /usr/bin/time),
        // with the time of each phase.
        var input = Estate.Input();
        var resources = int.Parse(size, CultureInfo.InvariantCulture);
        var started = Stopwatch.GetTimestamp();
        var estate = Estate.Compose(input, resources);
        var composed = Stopwatch.GetTimestamp();
        var diagnostics = Infra.Core.Graph.GraphChecker.Check(estate);
        var checkedAt = Stopwatch.GetTimestamp();
        var program = Infra.Core.Yaml.ProgramWriter.Write(estate);
        var written = Stopwatch.GetTimestamp();
        Console.Out.WriteLine(FormattableString.Invariant(
            $"resources={estate.AllResources.Count} errors={diagnostics.Count(d => d.IsError)} bytes={program.Length} compose-ms={Stopwatch.GetElapsedTime(started, composed).TotalMilliseconds:F0} check-ms={Stopwatch.GetElapsedTime(composed, checkedAt).TotalMilliseconds:F0} write-ms={Stopwatch.GetElapsedTime(checkedAt, written).TotalMilliseconds:F0}"));
        return 0;
    case ["report", var results, var document]:
        PerformanceReport.Update(results, document);
        return 0;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(EstateBenchmarks).Assembly).Run(args);
        return 0;
}
