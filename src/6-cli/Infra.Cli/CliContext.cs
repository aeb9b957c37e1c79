using Infra.Cli.Hosting;
using Infra.Stacks.Synthesis;

namespace Infra.Cli;

/// <summary>What every command runs against: the environment, the two output streams, the synthesizer and other processes.</summary>
public sealed record CliContext(IHostEnvironment Host, TextWriter Out, TextWriter Error, Synthesizer Synthesizer, IProcessRunner Processes);

/// <summary>The exit codes of the command.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The spec, config or graph is invalid; the messages say what to fix.</summary>
    public const int Invalid = 1;

    /// <summary>The command line is wrong, or a file could not be read or written.</summary>
    public const int Usage = 2;

    /// <summary>A bug: an unexpected exception.</summary>
    public const int Internal = 70;

    /// <summary><c>infra diff --fail-on-destructive</c>: a stateful resource would be replaced or deleted.</summary>
    public const int Destructive = 3;
}
