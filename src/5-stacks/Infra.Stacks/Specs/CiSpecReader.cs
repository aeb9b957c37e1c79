using System.Text.Json;
using Infra.Platform;
using Infra.Platform.Ci;
using Infra.Platform.Environment;
using Infra.Stacks.Config;

namespace Infra.Stacks.Specs;

/// <summary>
/// Reads <c>ml-platform:ci</c> into <see cref="CiSettings"/> (the schema has checked its shape). Optional
/// for a synthesis: it changes no resource. What needs it is CI, and <c>infra ci</c> refuses a stack without it.
/// </summary>
public static class CiSpecReader
{
    /// <summary>AWS account IDs are 12 digits (AWS Account Management Reference Guide, "View AWS account identifiers").</summary>
    public const int AwsAccountDigits = 12;

    public static CiSettings? Read(ConfigReader reader, StackEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(environment);
        if (reader.OptionalText(ConfigKeys.Ci) is not { } text)
        {
            return null;
        }

        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;
        var settings = new CiSettings(
            root.GetProperty("runner").GetString()!,
            root.GetProperty("account").GetString()!,
            root.TryGetProperty("stateAccount", out var state) ? state.GetString() : null);
        if (EnvironmentNames.PackageOf(environment.Cloud) == "aws" && settings.Account.Length != AwsAccountDigits)
        {
            reader.Diagnostics.Error(ConfigCodes.InvalidValue, reader.FullKey(ConfigKeys.Ci) + ".account",
                $"'{settings.Account}' is not an AWS account ID; allowed: {AwsAccountDigits} digits");
        }

        return settings;
    }
}
