namespace Infra.Components.Monitoring;

/// <summary>A rule of a Prometheus rule group: a recording rule or an alerting rule.</summary>
public abstract record PrometheusRule
{
    public required string Expr { get; init; }

    public ImmutableSortedDictionary<string, string> Labels { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    public abstract MapValue ToValue();

    protected static MapValue? LabelMap(ImmutableSortedDictionary<string, string> labels) =>
        labels.IsEmpty ? null : Tree.Map(labels.Select(entry => KeyValuePair.Create(entry.Key, (object?)entry.Value)));
}

/// <summary><c>record: name</c>: a series precomputed on every evaluation.</summary>
public sealed record RecordingRule : PrometheusRule
{
    public required string Record { get; init; }

    public override MapValue ToValue() => Tree.Map(("record", Record), ("expr", Expr), ("labels", LabelMap(Labels)));
}

/// <summary><c>alert: Name</c>: fires when the expression has results for <see cref="For"/>.</summary>
public sealed record AlertingRule : PrometheusRule
{
    public required string Alert { get; init; }

    public TimeSpan? For { get; init; }

    public ImmutableSortedDictionary<string, string> Annotations { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    public override MapValue ToValue() => Tree.Map(
        ("alert", Alert),
        ("expr", Expr),
        ("for", For is { } wait ? PromDuration.Format(wait) : null),
        ("labels", LabelMap(Labels)),
        ("annotations", LabelMap(Annotations)));
}

/// <summary>A named group of rules evaluated together, in order (a recording rule may feed a later rule).</summary>
public sealed record RuleGroup(string Name, ImmutableArray<PrometheusRule> Rules)
{
    public MapValue ToValue() => Tree.Map(("name", Name), ("rules", Tree.List(Rules.Select(rule => rule.ToValue()))));
}

/// <summary>Builds label and annotation maps tersely.</summary>
internal static class Labels
{
    public static ImmutableSortedDictionary<string, string> Of(params (string Key, string Value)[] entries) =>
        ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, entries.Select(entry => KeyValuePair.Create(entry.Key, entry.Value)));
}
