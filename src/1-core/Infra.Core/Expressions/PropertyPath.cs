using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Infra.Core.Expressions;

/// <summary>
/// The access path after a root name: <c>.certificateAuthority.data</c>, <c>.identities[0]</c>,
/// <c>.outputs["k.with.dots"]</c>. Names that are not plain identifiers are written with brackets.
/// </summary>
public sealed record PropertyPath(ImmutableArray<PathSegment> Segments)
{
    public static readonly PropertyPath Empty = new(ImmutableArray<PathSegment>.Empty);

    public bool IsEmpty => Segments.IsEmpty;

    /// <summary>The first property name, e.g. <c>certificateAuthority</c> (what the resource must output).</summary>
    public string? RootProperty => Segments.IsEmpty ? null : Segments[0].Name;

    /// <summary>Parses <c>a.b[0].c["x.y"]</c>; the dots separate property names.</summary>
    public static PropertyPath Parse(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var segments = ImmutableArray.CreateBuilder<PathSegment>();
        var i = 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                i++;
            }

            if (i < path.Length && path[i] == '[')
            {
                var close = path.IndexOf(']', i);
                if (close < 0)
                {
                    throw new FormatException($"property path '{path}' has an unclosed '['");
                }

                var inner = path[(i + 1)..close];
                segments.Add(inner.StartsWith('"') && inner.EndsWith('"') && inner.Length >= 2
                    ? PathSegment.Key(inner[1..^1])
                    : PathSegment.At(int.Parse(inner, NumberStyles.None, CultureInfo.InvariantCulture)));
                i = close + 1;
                continue;
            }

            var end = i;
            while (end < path.Length && path[end] is not ('.' or '['))
            {
                end++;
            }

            if (end == i)
            {
                throw new FormatException($"property path '{path}' has an empty name at position {i}");
            }

            segments.Add(PathSegment.Property(path[i..end]));
            i = end;
        }

        return new PropertyPath(segments.ToImmutable());
    }

    public PropertyPath Append(PropertyPath more) => new(Segments.AddRange(more.Segments));

    public string Render()
    {
        var text = new StringBuilder();
        foreach (var segment in Segments)
        {
            segment.Render(text);
        }

        return text.ToString();
    }

    public bool Equals(PropertyPath? other) => other is not null && Segments.SequenceEqual(other.Segments);

    public override int GetHashCode() => Segments.Aggregate(0, (hash, segment) => HashCode.Combine(hash, segment));
}

/// <summary>One step of a <see cref="PropertyPath"/>: a property name, a list index or a map key.</summary>
public readonly record struct PathSegment(string? Name, int? Index, bool IsKey)
{
    public static PathSegment Property(string name) => new(name, null, false);

    public static PathSegment Key(string key) =>
        key.Contains('\\', StringComparison.Ordinal)
            ? throw new ArgumentException($"map key '{key}' contains a backslash, which the YAML host cannot quote", nameof(key))
            : new(key, null, true);

    public static PathSegment At(int index) => new(null, index, false);

    internal void Render(StringBuilder text)
    {
        if (Index is { } index)
        {
            text.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
        }
        else if (!IsKey && IsIdentifier(Name!))
        {
            text.Append('.').Append(Name);
        }
        else
        {
            // The host's only escape inside a quoted key is \" (a backslash is otherwise literal).
            text.Append("[\"").Append(Name!.Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\"]");
        }
    }

    // The host's PropertyNameRegexp, without '$' (which the writer would otherwise have to escape).
    private static bool IsIdentifier(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_')
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
