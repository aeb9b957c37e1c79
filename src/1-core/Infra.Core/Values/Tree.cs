namespace Infra.Core.Values;

/// <summary>
/// Builds untyped value trees for free-form inputs (Helm values, Kubernetes custom resources, JSON
/// documents): <c>Tree.Map(("replicas", 2), ("labels", Tree.Map(("team", "ml"))))</c>. Entries
/// whose value is null are left out, so optional settings read naturally.
/// </summary>
public static class Tree
{
    public static MapValue Map(params (string Key, object? Value)[] entries) =>
        MapValue.Of(entries.Where(entry => entry.Value is not null)
            .Select(entry => KeyValuePair.Create(entry.Key, Value.From(entry.Value))));

    public static MapValue Map(IEnumerable<KeyValuePair<string, object?>> entries) =>
        MapValue.Of(entries.Where(entry => entry.Value is not null)
            .Select(entry => KeyValuePair.Create(entry.Key, Value.From(entry.Value))));

    public static ListValue List(params object[] items) => new([.. items.Select(Value.From)]);

    public static ListValue List<T>(IEnumerable<T> items) => new([.. items.Select(item => Value.From(item))]);
}
