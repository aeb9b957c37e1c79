using System.Collections.Immutable;
using Infra.Core.Values;

namespace Infra.Core.Expressions;

/// <summary>
/// A typed handle on a value that only exists once Pulumi deploys: a resource output, a config
/// key, a function result. Components pass these around; the writer turns them into expressions.
/// </summary>
public readonly record struct Output<T>(Expr Expression) : IValueSource
{
    public Value ToValue() => new ExprValue(Expression);

    /// <summary>A property below this output, e.g. <c>cluster.CertificateAuthority.Property&lt;string&gt;("data")</c>.</summary>
    public Output<TProperty> Property<TProperty>(string path) => Expression switch
    {
        OutputRef output => new(output with { Path = output.Path.Append(PropertyPath.Parse(path)) }),
        VariableRef variable => new(variable with { Path = variable.Path.Append(PropertyPath.Parse(path)) }),
        _ => throw new InvalidOperationException($"only resource outputs and variables have properties; this output is {Expression.GetType().Name}"),
    };

    /// <summary>The item at <paramref name="index"/> of a list output, written <c>${x.list[0]}</c> where possible.</summary>
    public Output<TItem> Item<TItem>(int index) => Expression switch
    {
        OutputRef output => new(output with { Path = new(output.Path.Segments.Add(PathSegment.At(index))) }),
        VariableRef variable => new(variable with { Path = new(variable.Path.Segments.Add(PathSegment.At(index))) }),
        _ => Fn.Select<TItem>(index, new ExprValue(Expression)),
    };
}

/// <summary>Ways to make outputs that are not resource properties.</summary>
public static class Output
{
    /// <summary>A stack config value by its full key, kept by reference (secret values stay secret).</summary>
    public static Output<T> Config<T>(string fullKey) => new(new ConfigRef(fullKey));

    public static Output<string> Stack => new(PulumiVariable.Stack);

    public static Output<string> Project => new(PulumiVariable.Project);

    /// <summary>
    /// A string built from text and outputs: <c>Output.Format($"arn:{partition}:s3:::{bucket.Id}/*")</c>.
    /// Literal text is escaped for the host, so a <c>$</c> in it stays a <c>$</c>.
    /// </summary>
    public static Output<string> Format(TemplateBuilder template) => new(template.Build());

    /// <summary>A list of outputs as one list value (for inputs that take a list).</summary>
    public static InputList<T> All<T>(IEnumerable<Output<T>> outputs) =>
        InputList.From(outputs.Select(output => (Input<T>)output));

    internal static ImmutableArray<InterpolationPart> Merge(IEnumerable<InterpolationPart> parts)
    {
        var merged = ImmutableArray.CreateBuilder<InterpolationPart>();
        foreach (var part in parts)
        {
            if (part.Text is { } text && merged.Count > 0 && merged[^1].Text is { } previous)
            {
                merged[^1] = InterpolationPart.Literal(previous + text);
            }
            else if (part.Text is not "")
            {
                merged.Add(part);
            }
        }

        return merged.ToImmutable();
    }
}
