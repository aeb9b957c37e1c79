using System.CommandLine;
using Infra.Cli.Hosting;
using Infra.Cli.Monitoring;
using Infra.Core.Diagnostics;
using Infra.Stacks.Specs;

namespace Infra.Cli.Commands;

/// <summary>
/// <c>infra slo report --stack NAME --prometheus URL [--window 30d] [--at TIME] [--json]</c>: per SLO of
/// the stack, its objective, attainment over the window, error budget left and burn rate, from the
/// series the SLO rules record. Exit 0: every budget has some left; 1: at least one is exhausted;
/// 2: the report could not be made (command line, stack, Prometheus unreachable, series missing).
/// </summary>
public static class SloReportCommand
{
    /// <summary>At least one SLO has spent its whole error budget over the window (CI gates on it).</summary>
    public const int BudgetExhausted = 1;

    public static Command Create(CliContext context)
    {
        var prometheus = PrometheusOption();
        var window = new Option<string>("--window", "-w") { Description = "The window to measure over, e.g. 30d, 7d, 6h (default: each SLO's own window)." };
        var at = new Option<string>("--at") { Description = "The end of the window, RFC 3339 (default: now)." };
        var json = new Option<bool>("--json") { Description = "Print versioned JSON instead of a table." };
        var report = StackCommand.Create(context, "report",
            "Report each SLO's attainment, error budget left and burn rate from Prometheus; exit 1 when a budget is exhausted (docs/slo.md).",
            "The stack whose SLOs to report on (Pulumi.<stack>.yaml).",
            (selection, parsed) => Run(context, selection, parsed.GetRequiredValue(prometheus), parsed.GetValue(window), parsed.GetValue(at), parsed.GetValue(json)),
            prometheus, window, at, json);
        return new Command("slo", "Service level objectives of a stack (docs/slo.md).") { report };
    }

    internal static Option<string> PrometheusOption() =>
        new("--prometheus") { Description = "The base URL of the stack's Prometheus, e.g. http://127.0.0.1:9090 (a port-forward).", Required = true };

    /// <summary>The stack's spec, or null after printing its problems (a report that cannot be made exits 2, never 1).</summary>
    internal static EnvironmentSpec? ReadSpec(CliContext context, StackSelection selection)
    {
        try
        {
            return new EnvironmentSpecReader(context.Synthesizer.Regions).Read(selection.Stack, selection.Project, selection.Config, selection.OtherStacks);
        }
        catch (InfraException error)
        {
            DiagnosticPrinter.Print(context.Error, selection.Stack, error.Diagnostics);
            return null;
        }
    }

    private static int Run(CliContext context, StackSelection selection, string url, string? window, string? at, bool json)
    {
        try
        {
            var span = window is null ? (TimeSpan?)null : ReportTime.ParseWindow("--window", window);
            var time = at is null ? ReportTime.Minute(DateTimeOffset.UtcNow) : ReportTime.ParseTime("--at", at);
            if (ReadSpec(context, selection) is not { } spec)
            {
                return ExitCodes.Usage;
            }

            if (spec.Monitoring.Slos.IsEmpty)
            {
                context.Error.WriteLine($"infra slo report: stack '{selection.Stack}' declares no SLOs; nothing to report");
                return ExitCodes.Usage;
            }

            using var prometheus = PrometheusClient.For(url);
            var measured = SloReport.Measure(prometheus, spec.Monitoring.Slos, span, time);
            context.Out.Write(json
                ? SloReport.Json(selection.Stack, prometheus.BaseUrl, time, measured)
                : SloReport.Table(selection.Stack, prometheus.BaseUrl, time, measured));
            return measured.Any(measurement => measurement.Exhausted) ? BudgetExhausted : ExitCodes.Ok;
        }
        catch (Exception error) when (error is FormatException or PrometheusException)
        {
            context.Error.WriteLine($"infra slo report: {error.Message}");
            return ExitCodes.Usage;
        }
    }
}
