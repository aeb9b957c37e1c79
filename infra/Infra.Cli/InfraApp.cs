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
        };
        try
        {
            return root.Parse(args).Invoke(new InvocationConfiguration
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
