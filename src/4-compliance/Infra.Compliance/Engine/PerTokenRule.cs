namespace Infra.Compliance.Engine;

/// <summary>
/// How one type token expresses what a <see cref="PerTokenRule"/> checks: what is wrong with a
/// resource of that token, and which of its resources the rule judges at all (all, when null).
/// </summary>
public sealed record TokenCheck(
    Func<Resource, ComplianceContext, IEnumerable<string>> Problems,
    Func<Resource, bool>? Judges = null);

/// <summary>
/// A rule that spans clouds: one property (encryption, logging, rotation, …) that each cloud's type
/// token expresses its own way, as a table from token to <see cref="TokenCheck"/> instead of an
/// if/else per cloud. Supporting another cloud's token adds a row.
/// </summary>
public abstract class PerTokenRule(RuleMetadata metadata) : ResourceRule(metadata)
{
    /// <summary>The tokens this rule judges, and how each says it complies.</summary>
    protected abstract IReadOnlyDictionary<string, TokenCheck> Checks { get; }

    protected override bool AppliesTo(Resource resource, ComplianceContext context) =>
        Checks.TryGetValue(resource.Type, out var check) && (check.Judges?.Invoke(resource) ?? true);

    protected override IEnumerable<string> Problems(Resource resource, ComplianceContext context) =>
        Checks[resource.Type].Problems(resource, context);

    /// <summary>A table keyed by type token (ordinal).</summary>
    protected static IReadOnlyDictionary<string, TokenCheck> Table(params (string Token, TokenCheck Check)[] rows) =>
        rows.ToDictionary(row => row.Token, row => row.Check, StringComparer.Ordinal);
}
