using Infra.Cli.Hosting;
using Spectre.Console;

namespace Infra.Cli.Review;

/// <summary>
/// The Spectre console a report or plan is drawn on: colours only on a terminal, and never when
/// <c>NO_COLOR</c> is set to anything (no-color.org) or the terminal is <c>dumb</c>.
/// </summary>
public static class ReportConsole
{
    /// <summary>Wide enough that no line is ever wrapped.</summary>
    private const int Unwrapped = 1 << 20;

    public static bool UseColour(IHostEnvironment host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return host.IsOutputTerminal
               && string.IsNullOrEmpty(host.GetVariable("NO_COLOR"))
               && host.GetVariable("TERM") != "dumb";
    }

    /// <summary>A console on <paramref name="output"/>: the 16 standard colours (all a report uses) or none; lines never wrapped.</summary>
    public static IAnsiConsole Create(TextWriter output, bool colour)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = colour ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = colour ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = Unwrapped;
        return console;
    }
}
