namespace Infra.Cli.Hosting;

/// <summary>The parts of the process environment the command reads, as a seam for tests.</summary>
public interface IHostEnvironment
{
    string? GetVariable(string name);

    string CurrentDirectory { get; }

    /// <summary>Whether stdout is a terminal (colours and the terminal's width) or a file or pipe (plain text).</summary>
    bool IsOutputTerminal { get; }
}

/// <summary>The real process environment.</summary>
public sealed class SystemHostEnvironment : IHostEnvironment
{
    public static SystemHostEnvironment Instance { get; } = new();

    public string? GetVariable(string name) => System.Environment.GetEnvironmentVariable(name);

    public string CurrentDirectory => Directory.GetCurrentDirectory();

    public bool IsOutputTerminal => !Console.IsOutputRedirected;
}
