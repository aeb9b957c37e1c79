using System.Collections.Immutable;
using System.Globalization;
using Infra.Core.Expressions;

namespace Infra.Core.Values;

/// <summary>
/// A node of a resource's property tree: the few shapes a Pulumi YAML property can take.
/// Every typed argument record, list and map ends up as one of these before it is written.
/// </summary>
public abstract record Value : IValueSource
{
    private protected Value()
    {
    }

    /// <summary>Converts a .NET literal, a typed input or a nested argument record to a value.</summary>
    public static Value From(object? literal) => literal switch
    {
        null => throw new ArgumentNullException(nameof(literal), "a property value cannot be null; leave the property unset instead"),
        IValueSource source => source.ToValue(),
        string text => new StringValue(text),
        bool flag => BoolValue.Of(flag),
        int number => new NumberValue(number),
        long number => new NumberValue(number),
        double number => new NumberValue(number),
        float number => new NumberValue(number),
        decimal number => new NumberValue((double)number),
        Expr expression => new ExprValue(expression),
        _ => throw new ArgumentException(
            $"values of type {literal.GetType().Name} cannot be properties; use a string, number, bool, list, map, argument record or expression",
            nameof(literal)),
    };

    Value IValueSource.ToValue() => this;

    /// <summary>Every expression anywhere below this node, depth first.</summary>
    public abstract IEnumerable<Expr> Expressions();
}

/// <summary>A literal string. It is escaped when written, so <c>${</c> in it stays literal.</summary>
public sealed record StringValue(string Text) : Value
{
    public override IEnumerable<Expr> Expressions() => [];

    public override string ToString() => Text;
}

/// <summary>A number. Pulumi YAML reads every number as a float64, so a double is enough.</summary>
public sealed record NumberValue(double Number) : Value
{
    public override IEnumerable<Expr> Expressions() => [];

    public override string ToString() => Number.ToString("R", CultureInfo.InvariantCulture);
}

public sealed record BoolValue : Value
{
    public static readonly BoolValue True = new(true);
    public static readonly BoolValue False = new(false);

    private BoolValue(bool flag) => Flag = flag;

    public bool Flag { get; }

    public static BoolValue Of(bool flag) => flag ? True : False;

    public override IEnumerable<Expr> Expressions() => [];

    public override string ToString() => Flag ? "true" : "false";
}

public sealed record ListValue(ImmutableArray<Value> Items) : Value
{
    public static readonly ListValue Empty = new(ImmutableArray<Value>.Empty);

    public override IEnumerable<Expr> Expressions() => Items.SelectMany(item => item.Expressions());

    public bool Equals(ListValue? other) =>
        other is not null && Items.SequenceEqual(other.Items);

    public override int GetHashCode() => Items.Aggregate(Items.Length, (hash, item) => HashCode.Combine(hash, item));
}

/// <summary>
/// A map with keys in ordinal order, so a written program never depends on the order in which
/// code happened to set its properties.
/// </summary>
public sealed record MapValue(ImmutableSortedDictionary<string, Value> Entries) : Value
{
    public static readonly MapValue Empty = new(ImmutableSortedDictionary.Create<string, Value>(StringComparer.Ordinal));

    /// <exception cref="ArgumentException">Two entries have the same key.</exception>
    public static MapValue Of(IEnumerable<KeyValuePair<string, Value>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);

        // A builder puts each entry straight into the tree; CreateRange sorts a copy first.
        var builder = ImmutableSortedDictionary.CreateBuilder<string, Value>(StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            builder.Add(key, value);
        }

        return builder.Count == 0 ? Empty : new(builder.ToImmutable());
    }

    public Value? this[string key] => Entries.GetValueOrDefault(key);

    public override IEnumerable<Expr> Expressions() => Entries.Values.SelectMany(value => value.Expressions());

    public bool Equals(MapValue? other) =>
        other is not null && Entries.Count == other.Entries.Count
        && Entries.All(entry => other.Entries.TryGetValue(entry.Key, out var value) && entry.Value.Equals(value));

    public override int GetHashCode() =>
        Entries.Aggregate(Entries.Count, (hash, entry) => HashCode.Combine(hash, entry.Key, entry.Value));
}

/// <summary>A value computed by Pulumi: a reference, an interpolation or a built-in function.</summary>
public sealed record ExprValue(Expr Expression) : Value
{
    public override IEnumerable<Expr> Expressions() => Expression.Expressions();
}

/// <summary>Anything that knows how to become a property value (typed inputs, argument records).</summary>
public interface IValueSource
{
    Value ToValue();
}
