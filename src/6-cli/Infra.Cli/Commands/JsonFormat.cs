using System.CommandLine;

namespace Infra.Cli.Commands;

/// <summary>
/// <c>--json</c>, the same on every command that has a JSON form (plan, diff, images): another
/// spelling of <c>--format json</c>. Both together must agree; a usage error otherwise.
/// </summary>
internal static class JsonFormat
{
    public const string Name = "json";

    /// <summary>Adds <c>--json</c> to <paramref name="command"/>, checked against its <paramref name="format"/> option.</summary>
    public static Option<bool> Add(Command command, Option<string> format)
    {
        var json = new Option<bool>("--json") { Description = "Write versioned JSON (docs/cli.md): the same as --format json." };
        command.Options.Add(json);
        command.Validators.Add(result =>
        {
            if (result.GetValue(json) && result.GetResult(format) is { Implicit: false } given && given.GetValueOrDefault<string>() != Name)
            {
                result.AddError($"--json and --format {given.GetValueOrDefault<string>()} ask for two formats; give one");
            }
        });
        return json;
    }

    public static string Of(ParseResult result, Option<string> format, Option<bool> json) =>
        result.GetValue(json) ? Name : result.GetValue(format)!;
}
