using System.Text.RegularExpressions;

namespace Infra.Core.Graph;

/// <summary>
/// Logical names are the YAML keys of a program and the last part of each URN. They are built
/// from the component path (<c>ml-gpu-train</c> + <c>pool</c> → <c>ml-gpu-train-pool</c>), so they
/// must stay stable: a renamed logical name replaces the deployed resource unless it gets an alias.
/// </summary>
public static partial class LogicalNames
{
    public const int MaxLength = 100;

    /// <summary>Lowercase letters, digits and single hyphens; a letter first. Safe as a <c>${root}</c>.</summary>
    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    public static bool IsValid(string name) => name.Length <= MaxLength && Shape().IsMatch(name);

    public static string Describe(string name) =>
        $"'{name}' is not a valid name; allowed: lowercase letters, digits and single hyphens, starting with a letter, at most {MaxLength} characters";

    public static string Join(string path, string name) => path.Length == 0 ? name : path + "-" + name;
}
