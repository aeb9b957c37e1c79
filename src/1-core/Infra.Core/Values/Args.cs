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
    // Sorted by wire name (ordinal). A record has a handful of inputs: a sorted array list is a
    // fraction of a SortedDictionary's size, and every resource keeps its arguments.
    private readonly List<KeyValuePair<string, object>> _values;

    protected Args() => _values = [];

    /// <summary>Copy constructor used by <c>with</c>: the copy owns its own property table.</summary>
    protected Args(Args original)
    {
        ArgumentNullException.ThrowIfNull(original);
        _values = [.. original._values];
    }

    /// <summary>The wire names that are set, in the order they are written.</summary>
    public IEnumerable<string> SetProperties => _values.Select(entry => entry.Key);

    protected T? Get<T>([CallerMemberName] string property = "") => GetAs<T>(WireName(property));

    protected void Set<T>(T? value, [CallerMemberName] string property = "") => SetAs(WireName(property), value);

    /// <summary>For the rare input whose schema name is not the camelCase of a C# name.</summary>
    protected T? GetAs<T>(string wireName)
    {
        var index = IndexOf(wireName);
        return index >= 0 ? (T)_values[index].Value : default;
    }

    protected void SetAs<T>(string wireName, T? value)
    {
        var index = IndexOf(wireName);
        if (value is null)
        {
            if (index >= 0)
            {
                _values.RemoveAt(index);
            }
        }
        else if (index >= 0)
        {
            _values[index] = KeyValuePair.Create(wireName, (object)value);
        }
        else
        {
            _values.Insert(~index, KeyValuePair.Create(wireName, (object)value));
        }
    }

    public Value ToValue()
    {
        var entries = new KeyValuePair<string, Value>[_values.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = KeyValuePair.Create(_values[i].Key, Value.From(_values[i].Value));
        }

        return MapValue.Of(entries);
    }

    public virtual bool Equals(Args? other) =>
        other is not null && EqualityContract == other.EqualityContract && ToValue().Equals(other.ToValue());

    public override int GetHashCode() => HashCode.Combine(EqualityContract, ToValue());

    /// <summary>The index of <paramref name="wireName"/>, or the complement of where it would go.</summary>
    private int IndexOf(string wireName)
    {
        int low = 0, high = _values.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var order = string.CompareOrdinal(_values[middle].Key, wireName);
            if (order == 0)
            {
                return middle;
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return ~low;
    }

    private static string WireName(string property) =>
        property.Length == 0 || char.IsLower(property[0])
            ? property
            : string.Concat(char.ToLowerInvariant(property[0]).ToString(), property.AsSpan(1));
}
