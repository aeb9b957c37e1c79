using System.Collections.Immutable;
using Infra.Core.Values;

namespace Infra.Core.Expressions;

/// <summary>
/// A value Pulumi computes while it deploys: a reference (<c>${vpc.id}</c>), a string with
/// references inside it, or a call to one of the YAML host's <c>fn::</c> built-ins.
/// </summary>
public abstract record Expr
{
    private protected Expr()
    {
    }

    /// <summary>This expression and every expression nested in it, depth first.</summary>
    public virtual IEnumerable<Expr> Expressions() => [this];
}

/// <summary>
/// A string made of literal text and references, written as <c>"arn:${partition}:s3:::${b.id}"</c>.
/// When a part is not a plain reference (a function call), it is written as <c>fn::join</c> instead,
/// because the host only interpolates property accesses.
/// </summary>
public sealed record Interpolation(ImmutableArray<InterpolationPart> Parts) : Expr
{
    public bool IsPlainTemplate => Parts.All(part => part.Expression is null or Reference);

    public override IEnumerable<Expr> Expressions() =>
        Parts.Where(part => part.Expression is not null).SelectMany(part => part.Expression!.Expressions()).Prepend(this);

    public bool Equals(Interpolation? other) => other is not null && Parts.SequenceEqual(other.Parts);

    public override int GetHashCode() => Parts.Aggregate(0, HashCode.Combine);
}

/// <summary>One piece of an <see cref="Interpolation"/>: literal text or an expression.</summary>
public readonly record struct InterpolationPart(string? Text, Expr? Expression)
{
    public static InterpolationPart Literal(string text) => new(text, null);

    public static InterpolationPart Of(Expr expression) => new(null, expression);
}

/// <summary>A call to a YAML built-in such as <c>fn::join</c>, <c>fn::toJSON</c> or <c>fn::secret</c>.</summary>
public sealed record Builtin(string Name, Value Argument) : Expr
{
    public override IEnumerable<Expr> Expressions() => Argument.Expressions().Prepend(this);
}
