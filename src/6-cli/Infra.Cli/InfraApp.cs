using System.CommandLine;
using Infra.Cli.Commands;

namespace Infra.Cli;

/// <summary>The command tree of <c>infra</c>, runnable in-process with any environment and streams.</summary>
public static class InfraApp
{
    public static int Run(string[] args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var root = new RootCommand("ml-platform infrastructure: synthesizes Pulumi YAML programs for the ML platform's stacks.")
        {
            SynthCommand.Create(context),
            PlanCommand.Create(context),
            GraphCommand.Create(context),
            ImagesCommand.Create(context),
            DiffCommand.Create(context),
            BootstrapCommand.Create(context),
            BackendCommand.Create(context),
            FoundationCommand.Create(context),
            CiCommand.Create(context),
            CiCommand.CreateMatrix(context),
            SloReportCommand.Create(context),
            UsageCommand.Create(context),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // Usage errors go to stderr only: stdout may be read as a program by Pulumi.
            foreach (var error in parsed.Errors)
            {
                context.Error.WriteLine($"infra: {error.Message}");
            }

            context.Error.WriteLine("Run 'infra --help' (or 'infra <command> --help') for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration
            {
                Output = context.Out,
                Error = context.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
#pragma warning disable CA1031 // The last line of defence: a bug must still leave stdout empty and say what happened.
        catch (Exception error)
#pragma warning restore CA1031
        {
            context.Error.WriteLine($"infra: internal error: {error}");
            return ExitCodes.Internal;
        }
    }
}
