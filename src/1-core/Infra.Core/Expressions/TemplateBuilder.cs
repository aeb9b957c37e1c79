using System.Globalization;
using System.Runtime.CompilerServices;
using Infra.Core.Values;

namespace Infra.Core.Expressions;

/// <summary>
/// Collects an interpolated string whose holes are outputs or literals, for
/// <see cref="Output.Format(TemplateBuilder)"/>.
/// </summary>
[InterpolatedStringHandler]
public struct TemplateBuilder
{
    private readonly List<InterpolationPart> _parts;

    public TemplateBuilder(int literalLength, int formattedCount)
    {
        _ = literalLength;
        _parts = new List<InterpolationPart>(formattedCount * 2 + 1);
    }

    public readonly void AppendLiteral(string text) => _parts.Add(InterpolationPart.Literal(text));

    public readonly void AppendFormatted(string text) => _parts.Add(InterpolationPart.Literal(text));

    public readonly void AppendFormatted(int number) =>
        _parts.Add(InterpolationPart.Literal(number.ToString(CultureInfo.InvariantCulture)));

    public readonly void AppendFormatted<T>(Output<T> output) => _parts.Add(InterpolationPart.Of(output.Expression));

    public readonly void AppendFormatted<T>(Input<T> input)
    {
        switch (input.ToValue())
        {
            case ExprValue expression:
                _parts.Add(InterpolationPart.Of(expression.Expression));
                break;
            case StringValue or NumberValue or BoolValue:
                _parts.Add(InterpolationPart.Literal(input.ToValue().ToString()!));
                break;
            default:
                throw new ArgumentException("only scalars and expressions can be interpolated into a string", nameof(input));
        }
    }

    internal readonly Expr Build()
    {
        var parts = Output.Merge(_parts);
        return parts is [{ Expression: { } single }] ? single : new Interpolation(parts);
    }
}
