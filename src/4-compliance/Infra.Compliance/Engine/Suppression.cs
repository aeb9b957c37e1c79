namespace Infra.Compliance.Engine;

/// <summary>
/// A finding accepted on purpose, declared in the stack spec: the rule, the resource's logical
/// name and why. <see cref="KeyPath"/> is where it was declared (<c>ml-platform:suppressions[0]</c>),
/// so a bad suppression is reported where it can be fixed.
/// </summary>
public sealed record Suppression(string Rule, string Resource, string Reason, string KeyPath);
