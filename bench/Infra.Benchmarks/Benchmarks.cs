using BenchmarkDotNet.Attributes;
using Infra.Stacks.Config;
using Infra.Stacks.Synthesis;

namespace Infra.Benchmarks;

/// <summary>One synthesis of each reference stack, in-process: config to program text.</summary>
[MemoryDiagnoser]
public class ReferenceStackBenchmarks
{
    private readonly Synthesizer _synthesizer = new();
    private StackConfig _config = StackConfig.Empty;

    [ParamsSource(nameof(Stacks))]
    public string Stack { get; set; } = "";

    public static IEnumerable<string> Stacks() => Repository.Stacks();

    [GlobalSetup]
    public void Setup() => _config = Repository.Config(Stack);

    [Benchmark]
    public int Synthesize() => _synthesizer.Synthesize(Stack, Estate.Project, _config).Program.Length;
}

/// <summary>Generated estates of 100, 1,000 and 10,000 resources, composed, checked and written in-process.</summary>
[MemoryDiagnoser]
public class EstateBenchmarks
{
    private EstateInput? _input;

    [Params(100, 1_000, 10_000)]
    public int Resources { get; set; }

    [GlobalSetup]
    public void Setup() => _input = Estate.Input();

    [Benchmark]
    public int Synthesize() => Estate.Synthesize(_input!, Resources).Length;
}
