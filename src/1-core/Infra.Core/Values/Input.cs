using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Infra.Core.Expressions;

namespace Infra.Core.Values;

/// <summary>
/// A typed property: either a literal <typeparamref name="T"/> or an expression that yields one,
/// in the spirit of Azure.Provisioning's <c>BicepValue&lt;T&gt;</c>.
/// </summary>
public readonly struct Input<T> : IValueSource, IEquatable<Input<T>>
{
    private readonly Value? _value;

    private Input(Value value) => _value = value;

    public Value ToValue() => _value ?? throw new InvalidOperationException("an Input was used before it was given a value");

    /// <summary>The literal, when this input holds one (not an expression).</summary>
    public bool IsLiteral => _value is not ExprValue;

    public static implicit operator Input<T>(T literal) => new(Value.From(literal));

    public static implicit operator Input<T>(Output<T> output) => new(new ExprValue(output.Expression));

    internal static Input<T> FromValue(Value value) => new(value);

    public bool Equals(Input<T> other) => Equals(_value, other._value);

    public override bool Equals(object? obj) => obj is Input<T> other && Equals(other);

    public override int GetHashCode() => _value?.GetHashCode() ?? 0;

    public static bool operator ==(Input<T> left, Input<T> right) => left.Equals(right);

    public static bool operator !=(Input<T> left, Input<T> right) => !left.Equals(right);

    public override string ToString() => _value?.ToString() ?? "";
}

/// <summary>A list property: literal items (each an input) or one expression yielding a list.</summary>
[CollectionBuilder(typeof(InputList), nameof(InputList.Create))]
public sealed class InputList<T> : IValueSource, IEnumerable<Input<T>>
{
    private readonly ImmutableArray<Input<T>> _items;
    private readonly Expr? _expression;

    internal InputList(ImmutableArray<Input<T>> items) => _items = items;

    private InputList(Expr expression)
    {
        _items = [];
        _expression = expression;
    }

    public int Count => _items.Length;

    public static implicit operator InputList<T>(T[] items) => new([.. items.Select(item => (Input<T>)item)]);

    public static implicit operator InputList<T>(List<T> items) => new([.. items.Select(item => (Input<T>)item)]);

    public static implicit operator InputList<T>(ImmutableArray<T> items) => new([.. items.Select(item => (Input<T>)item)]);

    public static implicit operator InputList<T>(Output<ImmutableArray<T>> output) => new(output.Expression);

    public Value ToValue() => _expression is not null
        ? new ExprValue(_expression)
        : new ListValue([.. _items.Select(item => item.ToValue())]);

    public IEnumerator<Input<T>> GetEnumerator() => ((IEnumerable<Input<T>>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Builds <see cref="InputList{T}"/> from collection expressions: <c>InstanceTypes = ["g5.xlarge", other]</c>.</summary>
public static class InputList
{
    public static InputList<T> Create<T>(ReadOnlySpan<Input<T>> items) => new([.. items]);

    public static InputList<T> From<T>(IEnumerable<Input<T>> items) => new([.. items]);
}

/// <summary>A map property with string keys: literal entries or one expression yielding a map.</summary>
public sealed class InputMap<T> : IValueSource, IEnumerable<KeyValuePair<string, Input<T>>>
{
    private readonly SortedDictionary<string, Input<T>> _entries = new(StringComparer.Ordinal);
    private readonly Expr? _expression;

    public InputMap()
    {
    }

    private InputMap(Expr expression) => _expression = expression;

    public int Count => _entries.Count;

    public Input<T> this[string key]
    {
        get => _entries[key];
        set
        {
            if (_expression is not null)
            {
                throw new InvalidOperationException("a map given as an expression cannot take more entries");
            }

            _entries[key] = value;
        }
    }

    public void Add(string key, Input<T> value) => this[key] = value;

    public static implicit operator InputMap<T>(Dictionary<string, T> entries) => InputMap.From(entries);

    public static implicit operator InputMap<T>(ImmutableSortedDictionary<string, T> entries) => InputMap.From(entries);

    public static implicit operator InputMap<T>(Output<ImmutableDictionary<string, T>> output) => new(output.Expression);

    public Value ToValue() => _expression is not null
        ? new ExprValue(_expression)
        : MapValue.Of(_entries.Select(entry => KeyValuePair.Create(entry.Key, entry.Value.ToValue())));

    public IEnumerator<KeyValuePair<string, Input<T>>> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Builds <see cref="InputMap{T}"/> from existing entries.</summary>
public static class InputMap
{
    public static InputMap<T> From<T>(IEnumerable<KeyValuePair<string, T>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var map = new InputMap<T>();
        foreach (var (key, value) in entries)
        {
            map[key] = value;
        }

        return map;
    }
}
