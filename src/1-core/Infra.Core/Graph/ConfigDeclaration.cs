namespace Infra.Core.Graph;

/// <summary>
/// A key in the program's own <c>config:</c> block. The YAML host reads it at deploy time and
/// fails the preview or update when the stack does not set it, so a value that must never be
/// committed (a password, a webhook URL) is demanded by Pulumi itself instead of being inlined.
/// With <see cref="Secret"/> the host treats the value as secret even when it was set in plain text.
/// </summary>
/// <param name="Key">The key without the project namespace (<c>grafanaAdminPassword</c>), as the block writes it.</param>
/// <param name="Type">The host's config type: <c>string</c>, <c>int</c>, <c>boolean</c>, <c>number</c>, …</param>
/// <param name="Secret">Whether the host marks the value secret.</param>
public sealed record ConfigDeclaration(string Key, string Type, bool Secret)
{
    /// <summary>The host's name for a text value.</summary>
    public const string StringType = "string";
}
