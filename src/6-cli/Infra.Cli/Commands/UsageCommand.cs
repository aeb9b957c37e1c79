using System.CommandLine;
using Infra.Cli.Hosting;
using Infra.Cli.Monitoring;

namespace Infra.Cli.Commands;

/// <summary>
/// <c>infra usage --stack NAME --prometheus URL [--from TIME] [--to TIME] [--json]</c>: per team, the
/// GPU-hours allocated and used, utilization, cost and quota use over the period, from the series the
/// usage rules record (docs/usage.md). Exit 0, or 2 when the report could not be made.
/// </summary>
public static class UsageCommand
{
    public static Command Create(CliContext context)
    {
        var prometheus = SloReportCommand.PrometheusOption();
        var from = new Option<string>("--from") { Description = "Start of the period, RFC 3339 or a date (default: the first of this month, UTC)." };
        var to = new Option<string>("--to") { Description = "End of the period, exclusive, RFC 3339 or a date (default: now)." };
        var json = new Option<bool>("--json") { Description = "Print versioned JSON instead of a table." };
        return StackCommand.Create(context, "usage",
            "Report GPU-hours allocated and used, utilization, cost and quota use per team from Prometheus (docs/usage.md).",
            "The stack whose teams to report on (Pulumi.<stack>.yaml).",
            (selection, parsed) => Run(context, selection, parsed.GetRequiredValue(prometheus), parsed.GetValue(from), parsed.GetValue(to), parsed.GetValue(json)),
            prometheus, from, to, json);
    }

    private static int Run(CliContext context, StackSelection selection, string url, string? fromText, string? toText, bool json)
    {
        try
        {
            var now = ReportTime.Minute(DateTimeOffset.UtcNow);
            var to = toText is null ? now : ReportTime.ParseTime("--to", toText);
            var from = fromText is null ? new DateTimeOffset(to.Year, to.Month, 1, 0, 0, 0, TimeSpan.Zero) : ReportTime.ParseTime("--from", fromText);
            if (from >= to)
            {
                throw new FormatException($"--from: '{ReportTime.Format(from)}' is not before --to '{ReportTime.Format(to)}'; allowed: a start before the end (to the minute)");
            }

            if (SloReportCommand.ReadSpec(context, selection) is not { } spec)
            {
                return ExitCodes.Usage;
            }

            using var prometheus = PrometheusClient.For(url);
            var usage = UsageReport.Measure(prometheus, spec.Compute.Teams, from, to, out var warnings);
            foreach (var warning in warnings)
            {
                context.Error.WriteLine($"infra usage: warning: {warning}");
            }

            context.Out.Write(json
                ? UsageReport.Json(selection.Stack, prometheus.BaseUrl, from, to, usage)
                : UsageReport.Table(selection.Stack, prometheus.BaseUrl, from, to, usage));
            return ExitCodes.Ok;
        }
        catch (Exception error) when (error is FormatException or PrometheusException)
        {
            context.Error.WriteLine($"infra usage: {error.Message}");
            return ExitCodes.Usage;
        }
    }
}
