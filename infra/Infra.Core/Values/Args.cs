using System.Runtime.CompilerServices;

namespace Infra.Core.Values;

/// <summary>
/// Base of every typed argument record (a resource's inputs or a nested input object).
/// A property is declared once, and its wire name is derived from the C# name:
/// <code>public Input&lt;string&gt;? CidrBlock { get => Get&lt;Input&lt;string&gt;?&gt;(); init => Set(value); }</code>
/// writes <c>cidrBlock</c>. No reflection is involved, so the model stays trimming- and AOT-safe.
/// </summary>
public abstract record Args : IValueSource
{
    private readonly SortedDictionary<string, object> _values;

    protected Args() => _values = new(StringComparer.Ordinal);

    /// <summary>Copy constructor used by <c>with</c>: the copy owns its own property table.</summary>
    protected Args(Args original)
    {
        ArgumentNullException.ThrowIfNull(original);
        _values = new(original._values, StringComparer.Ordinal);
    }

    /// <summary>The wire names that are set, in the order they are written.</summary>
    public IEnumerable<string> SetProperties => _values.Keys;

    protected T? Get<T>([CallerMemberName] string property = "") => GetAs<T>(WireName(property));

    protected void Set<T>(T? value, [CallerMemberName] string property = "") => SetAs(WireName(property), value);

    /// <summary>For the rare input whose schema name is not the camelCase of a C# name.</summary>
    protected T? GetAs<T>(string wireName) =>
        _values.TryGetValue(wireName, out var value) ? (T)value : default;

    protected void SetAs<T>(string wireName, T? value)
    {
        if (value is null)
        {
            _values.Remove(wireName);
        }
        else
        {
            _values[wireName] = value;
        }
    }

    public Value ToValue()
    {
        var entries = new KeyValuePair<string, Value>[_values.Count];
        var i = 0;
        foreach (var (key, value) in _values)
        {
            entries[i++] = KeyValuePair.Create(key, Value.From(value));
        }

        return MapValue.Of(entries);
    }

    public virtual bool Equals(Args? other) =>
        other is not null && EqualityContract == other.EqualityContract && ToValue().Equals(other.ToValue());

    public override int GetHashCode() => HashCode.Combine(EqualityContract, ToValue());

    private static string WireName(string property) =>
        property.Length == 0 || char.IsLower(property[0])
            ? property
            : string.Concat(char.ToLowerInvariant(property[0]).ToString(), property.AsSpan(1));
}
